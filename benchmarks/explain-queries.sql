-- The plans printed by benchmarks/explain (psql -v users=N, after explain-fill.sql). Every query
-- is the SQL Hibernate generates from the named query in its title (columns as * instead of the
-- entity's column list, which does not change the plan; setMaxResults as LIMIT), with literal
-- values of rows that exist. Deletes run inside a transaction that is rolled back.
\set ON_ERROR_STOP on
\pset format unaligned
\pset tuples_only on
\pset footer off
SELECT id AS realm FROM realm WHERE name = 'master' \gset
-- A child (user 5), its parent, a parent's user id; an organization (7) and one of its
-- applications; a user with a pending access request (user 30) and its open key; a pending change
-- request's open key (user 100); the sample email address of user 4242.
SELECT md5('user-5')::uuid::text AS child,
       md5('user-' || (:users * 3 / 10 + 2))::uuid::text AS parent,
       md5('org-7')::uuid::text AS organization,
       md5('app-' || ((7 + 2) % 20 + 1))::uuid::text AS application,
       md5('app-' || ((7 + 3) % 20 + 1))::uuid::text AS application2,
       md5('user-30')::uuid::text AS requester,
       md5('user-30')::uuid::text || '|' || md5('app-11')::uuid::text AS access_open_key,
       md5('org-3')::uuid::text AS requester_organization,
       md5('app-11')::uuid::text AS requested_application,
       md5('user-100')::uuid::text || '|ROLE_CHANGE' AS change_open_key,
       md5('user-100')::uuid::text AS change_subject,
       md5('org-10')::uuid::text AS change_organization,
       md5('user-4242')::uuid::text AS member,
       'user4242@example.org' AS email \gset

\echo '-- query: connection: parent of a child (magConnectionByChild; every sign-in and token of a child)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_account_connection WHERE realm_id = :'realm' AND child_id = :'child';
\echo '-- query: connection: children of a parent (magConnectionsByParent; the parent''s tokens and pages)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_account_connection WHERE realm_id = :'realm' AND parent_id = :'parent' ORDER BY created_at, id;
\echo '-- query: connection: number of children (magConnectionsOfParentCount)'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM mag_account_connection WHERE realm_id = :'realm' AND parent_id = :'parent';
\echo '-- query: connection: delete those of a deleted user (magDeleteConnectionsOfUser)'
BEGIN;
EXPLAIN (ANALYZE, BUFFERS) DELETE FROM mag_account_connection WHERE realm_id = :'realm' AND (parent_id = :'parent' OR child_id = :'parent');
ROLLBACK;

\echo '-- query: subscription of an organization to an application (magSubscriptionByPair; enforcement on every sign-in and token)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_app_subscription WHERE realm_id = :'realm' AND organization_id = :'organization' AND client_id = :'application';
\echo '-- query: subscriptions of an organization (magSubscriptionsByOrganization)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_app_subscription WHERE realm_id = :'realm' AND organization_id = :'organization' ORDER BY created_at, id;
\echo '-- query: subscriptions to a partner''s applications, first page (magSubscriptionsByClients)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_app_subscription WHERE realm_id = :'realm' AND client_id IN (:'application', :'application2') ORDER BY created_at, id LIMIT 100;

\echo '-- query: access request: a user''s pending one for an application (magAccessRequestByOpenKey)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_access_request WHERE open_key = :'access_open_key';
\echo '-- query: access requests: pending ones of an organization for an application (magAccessRequestsPendingFor)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_access_request WHERE realm_id = :'realm' AND organization_id = :'requester_organization' AND client_id = :'requested_application' AND status = 'PENDING' ORDER BY created_at, id;
\echo '-- query: access requests of a user (magAccessRequestsOfUser)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_access_request WHERE realm_id = :'realm' AND user_id = :'requester' ORDER BY created_at DESC, id LIMIT 100;

\echo '-- query: change request: the pending one of a subject and kind (magChangeRequestByOpenKey)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_change_request WHERE realm_id = :'realm' AND open_key = :'change_open_key';
\echo '-- query: change requests: pending, oldest first, first page (magChangeRequestsByStatus)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_change_request WHERE realm_id = :'realm' AND status = 'PENDING' ORDER BY created_at, id LIMIT 100;
\echo '-- query: change requests of an organization (magChangeRequestsOfOrganization)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_change_request WHERE realm_id = :'realm' AND organization_id = :'change_organization' ORDER BY created_at DESC, id LIMIT 100;
\echo '-- query: change requests a user filed or is the subject of (magChangeRequestsOfUser)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_change_request WHERE realm_id = :'realm' AND (requester_id = :'change_subject' OR subject_user_id = :'change_subject') ORDER BY created_at DESC, id LIMIT 100;

\echo '-- query: email outbox: due unsent emails (magOutboxDue; every node, every resend interval)'
EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM mag_email_outbox WHERE sent_at IS NULL AND attempts < 5 AND due_at <= 1800000000000 ORDER BY due_at, id LIMIT 50;

\echo '-- query: Keycloak: accounts with an email address (searchForUserStream, EMAIL exact; the connect page)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM user_entity WHERE realm_id = :'realm' AND email = lower(:'email') AND service_account_client_link IS NULL ORDER BY username LIMIT 10;
\echo '-- query: Keycloak: organizations of a member (OrganizationProvider.getByMember; role checks, first login)'
EXPLAIN (ANALYZE, BUFFERS) SELECT o.* FROM org o, user_group_membership m WHERE o.group_id = m.group_id AND m.user_id = :'member' AND o.realm_id = :'realm';
\echo '-- query: listing: connections of the realm, first page (magConnectionsByRealm; admin console)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_account_connection WHERE realm_id = :'realm' ORDER BY created_at, id LIMIT 100;
\echo '-- query: listing: subscriptions of the realm, first page (magSubscriptionsByRealm; admin console)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_app_subscription WHERE realm_id = :'realm' ORDER BY created_at, id LIMIT 100;
\echo '-- query: listing: change requests of the realm, first page (magChangeRequestsByRealm; operator queue)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM mag_change_request WHERE realm_id = :'realm' ORDER BY created_at, id LIMIT 100;
\echo '-- query: end'
