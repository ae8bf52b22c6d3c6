-- Fills a freshly created keycloak-mag schema for benchmarks/explain (psql -v users=N): users,
-- organizations and every MAG_ table at the proportions described there, in the master realm.
-- Ids are deterministic (md5 of a name, as a UUID) so that the queries can name rows that exist:
-- user i = md5('user-' || i), organization k = md5('org-' || k), application j = md5('app-' || j).
\set ON_ERROR_STOP on
SELECT id AS realm FROM realm WHERE name = 'master' \gset
\set orgs (:users / 10)

CREATE TEMP TABLE n AS SELECT i FROM generate_series(1, :users) AS i;

-- Users: user i is a member of organization ceil(i / 10).
INSERT INTO user_entity (id, realm_id, username, email, email_constraint, email_verified, enabled,
                         first_name, last_name, created_timestamp, not_before)
SELECT md5('user-' || i)::uuid::text, :'realm', 'user' || i, 'user' || i || '@example.org',
       'user' || i || '@example.org', true, true, 'First' || i, 'Last' || i,
       1700000000000 + i, 0
FROM n;

-- Organizations: each with its group (type 1, as Keycloak creates it) and 10 members.
INSERT INTO keycloak_group (id, name, parent_group, realm_id, type)
SELECT md5('org-group-' || k)::uuid::text, md5('org-' || k)::uuid::text, ' ', :'realm', 1
FROM generate_series(1, :orgs) AS k;
INSERT INTO org (id, enabled, realm_id, group_id, name, alias)
SELECT md5('org-' || k)::uuid::text, true, :'realm', md5('org-group-' || k)::uuid::text,
       'Organization ' || k, 'org-' || k
FROM generate_series(1, :orgs) AS k;
INSERT INTO user_group_membership (group_id, user_id, membership_type)
SELECT md5('org-group-' || ((i - 1) / 10 + 1))::uuid::text, md5('user-' || i)::uuid::text, 'UNMANAGED'
FROM n;

-- Connections: users 1 .. 30% are children, three per parent; the parents follow them.
INSERT INTO mag_account_connection (id, realm_id, parent_id, child_id, created_at, created_by)
SELECT md5('connection-' || i)::uuid::text, :'realm',
       md5('user-' || ((:users * 3 / 10) + (i - 1) / 3 + 1))::uuid::text, md5('user-' || i)::uuid::text,
       1700000000000 + i, md5('user-' || ((:users * 3 / 10) + (i - 1) / 3 + 1))::uuid::text
FROM n WHERE i <= :users * 3 / 10;

-- Subscriptions: organization k to 5 of 20 applications (k .. k+4 modulo 20); one in ten ended.
INSERT INTO mag_app_subscription (id, realm_id, organization_id, client_id, status, origin,
                                  created_at, decided_at, ended_at, version)
SELECT md5('subscription-' || k || '-' || a)::uuid::text, :'realm', md5('org-' || k)::uuid::text,
       md5('app-' || ((k + a) % 20 + 1))::uuid::text,
       CASE WHEN (k + a) % 10 = 0 THEN 'ENDED' ELSE 'ACTIVE' END, 'REQUEST',
       1700000000000 + k, 1700000000000 + k, CASE WHEN (k + a) % 10 = 0 THEN 1700000100000 + k END, 0
FROM generate_series(1, :orgs) AS k, generate_series(0, 4) AS a;

-- Access requests: one per three users (to an application of the user's organization); one in
-- ten pending (open key <user>|<client>), the others decided (open key = the row's id).
INSERT INTO mag_access_request (id, realm_id, organization_id, client_id, user_id, status,
                                created_at, decided_at, open_key, version)
SELECT md5('access-' || i)::uuid::text, :'realm', md5('org-' || ((i - 1) / 10 + 1))::uuid::text,
       md5('app-' || (i % 20 + 1))::uuid::text, md5('user-' || i)::uuid::text,
       CASE WHEN i % 30 = 0 THEN 'PENDING' WHEN i % 2 = 0 THEN 'APPROVED' ELSE 'REJECTED' END,
       1700000000000 + i, CASE WHEN i % 30 <> 0 THEN 1700000100000 + i END,
       CASE WHEN i % 30 = 0 THEN md5('user-' || i)::uuid::text || '|' || md5('app-' || (i % 20 + 1))::uuid::text
            ELSE md5('access-' || i)::uuid::text END, 0
FROM n WHERE i % 3 = 0;

-- Change requests: one per ten users (the organization's first member asks about member i);
-- one in ten pending (open key <subject>|<kind>).
INSERT INTO mag_change_request (id, realm_id, organization_id, requester_id, subject_user_id, kind,
                                payload, status, created_at, decided_at, open_key, version)
SELECT md5('change-' || i)::uuid::text, :'realm', md5('org-' || ((i - 1) / 10 + 1))::uuid::text,
       md5('user-' || ((i - 1) / 10 * 10 + 1))::uuid::text, md5('user-' || i)::uuid::text, 'ROLE_CHANGE',
       '{}', CASE WHEN i % 100 = 0 THEN 'PENDING' ELSE 'APPROVED' END,
       1700000000000 + i, CASE WHEN i % 100 <> 0 THEN 1700000100000 + i END,
       CASE WHEN i % 100 = 0 THEN md5('user-' || i)::uuid::text || '|ROLE_CHANGE' ELSE md5('change-' || i)::uuid::text END, 0
FROM n WHERE i % 10 = 0;

-- Email outbox: one sent email per two users, the rendered text cleared as after sending; 20
-- unsent of which 5 are due.
INSERT INTO mag_email_outbox (id, realm_id, recipient, description, created_at, due_at, attempts, sent_at)
SELECT md5('mail-' || i)::uuid::text, :'realm', 'user' || i || '@example.org', 'registration approved',
       1700000000000 + i, 1700000000000 + i + 120000, 0, 1700000000000 + i + 1000
FROM n WHERE i % 2 = 0;
INSERT INTO mag_email_outbox (id, realm_id, recipient, subject, text_body, html_body, description,
                              created_at, due_at, attempts)
SELECT md5('mail-unsent-' || m)::uuid::text, :'realm', 'pending' || m || '@example.org', 'Subject', 'Text',
       '<p>HTML</p>', 'registration approved', 1800000000000, 1800000000000 + m * 60000 - 300000, 0
FROM generate_series(1, 20) AS m;

ANALYZE;
