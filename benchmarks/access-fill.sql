-- Grows the measured realm of the application-access comparison (benchmarks/run --db postgres)
-- to a number of active subscriptions of the partner application and a number of users, by SQL
-- while Keycloak is stopped:
--
--   psql -v realm=bench-mag -v template=bench-filler-00001 -v subscriptions=N -v users=M -f access-fill.sql
--
-- Every new organization is a copy of the template: an organization that the driver created and
-- subscribed through the admin REST API. Copied with new ids, its alias and id replaced in names
-- and values: the ORG row, its ORG_DOMAIN rows, its internal organization group (type 1) and the
-- gateway's group tree mag-organizations/<alias>/... (organization group, `applications`, the
-- application's group, `administrators`, `users`), every GROUP_ATTRIBUTE of those groups (among
-- them the organization attributes, e.g. mag.organization.type, and mag.organization / mag.client
-- that our code matches), every GROUP_ROLE_MAPPING (the `users` group's access role, the account
-- console roles), and its ACTIVE MAG_APP_SUBSCRIPTION row. Copying rows that Keycloak and our
-- providers wrote keeps the fill in step with them without repeating their rules here.
-- Not written: admin events and MAG_ tables that a subscription through the admin REST does not
-- write either (access requests, change requests, outbox).
--
-- New users (USER_ENTITY, no credentials) bring the realm up to M users; user i is a member of
-- filled organization ((i - 1) mod organizations) + 1 and of its application's `users` group. A
-- realm that already has M users (e.g. after the scaling curve's seeding) gets none.
-- Ids are deterministic (md5 of a name, as a UUID) and numbering continues where an earlier fill
-- stopped, so sizes can be filled one after the other. Ends with ANALYZE.
\set ON_ERROR_STOP on
SELECT id AS realm_id FROM realm WHERE name = :'realm' \gset
SELECT id AS t_org, group_id AS t_org_group, alias AS t_alias
FROM org WHERE realm_id = :'realm_id' AND alias = :'template' \gset
SELECT s.client_id AS client, c.client_id AS client_name
FROM mag_app_subscription s JOIN client c ON c.id = s.client_id
WHERE s.organization_id = :'t_org' AND s.status = 'ACTIVE' \gset

-- How many organizations to add: up to N active subscriptions of the partner application.
SELECT count(*) AS filled FROM org WHERE realm_id = :'realm_id' AND alias LIKE 'bench-fill-%' \gset
SELECT :filled + 1 AS first,
       :filled + greatest(0, :subscriptions - count(*)) AS last
FROM mag_app_subscription WHERE realm_id = :'realm_id' AND client_id = :'client' AND status = 'ACTIVE' \gset

CREATE TEMP TABLE fill_org AS
SELECT k, md5('access-fill-org-' || k)::uuid::text AS org_id, 'bench-fill-' || lpad(k::text, 6, '0') AS alias
FROM generate_series(:first, :last) AS k;

-- The template's groups: its tree below mag-organizations, and its internal organization group.
CREATE TEMP TABLE t_group AS
WITH RECURSIVE tree AS (
    SELECT g.* FROM keycloak_group g JOIN keycloak_group root ON g.parent_group = root.id
    WHERE root.realm_id = :'realm_id' AND root.name = 'mag-organizations' AND root.parent_group = ' '
      AND g.name = :'t_alias'
    UNION ALL
    SELECT c.* FROM keycloak_group c JOIN tree ON c.parent_group = tree.id
)
SELECT * FROM tree
UNION ALL
SELECT * FROM keycloak_group WHERE id = :'t_org_group';

-- A copied value: the template's id and alias replaced by the new organization's.
CREATE FUNCTION pg_temp.renamed(v text, t_org text, t_alias text, org_id text, alias text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace(v, t_org, org_id), t_alias, alias) $$;
-- The copy of the template's group g in organization k.
CREATE FUNCTION pg_temp.group_id(k int, g text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5('access-fill-' || k || '-' || g)::uuid::text $$;

INSERT INTO keycloak_group
SELECT (jsonb_populate_record(NULL::keycloak_group, to_jsonb(g) || jsonb_build_object(
    'id', pg_temp.group_id(o.k, g.id),
    'name', pg_temp.renamed(g.name, :'t_org', :'t_alias', o.org_id, o.alias),
    'parent_group', CASE WHEN g.parent_group IN (SELECT id FROM t_group)
                         THEN pg_temp.group_id(o.k, g.parent_group) ELSE g.parent_group END))).*
FROM fill_org o CROSS JOIN t_group g;

INSERT INTO group_attribute
SELECT (jsonb_populate_record(NULL::group_attribute, to_jsonb(a) || jsonb_build_object(
    'id', md5('access-fill-attribute-' || o.k || '-' || a.id)::uuid::text,
    'value', pg_temp.renamed(a.value, :'t_org', :'t_alias', o.org_id, o.alias),
    'group_id', pg_temp.group_id(o.k, a.group_id)))).*
FROM fill_org o CROSS JOIN group_attribute a WHERE a.group_id IN (SELECT id FROM t_group);

INSERT INTO group_role_mapping (role_id, group_id)
SELECT m.role_id, pg_temp.group_id(o.k, m.group_id)
FROM fill_org o CROSS JOIN group_role_mapping m WHERE m.group_id IN (SELECT id FROM t_group);

INSERT INTO org
SELECT (jsonb_populate_record(NULL::org, to_jsonb(t) || jsonb_build_object(
    'id', o.org_id,
    'name', pg_temp.renamed(t.name, :'t_org', :'t_alias', o.org_id, o.alias),
    'alias', o.alias,
    'group_id', pg_temp.group_id(o.k, t.group_id)))).*
FROM fill_org o CROSS JOIN org t WHERE t.id = :'t_org';

INSERT INTO org_domain
SELECT (jsonb_populate_record(NULL::org_domain, to_jsonb(d) || jsonb_build_object(
    'id', CASE WHEN d.id = :'t_org' THEN o.org_id ELSE md5('access-fill-domain-' || o.k || '-' || d.id)::uuid::text END,
    'name', pg_temp.renamed(d.name, :'t_org', :'t_alias', o.org_id, o.alias),
    'org_id', o.org_id))).*
FROM fill_org o CROSS JOIN org_domain d WHERE d.org_id = :'t_org';

INSERT INTO mag_app_subscription
SELECT (jsonb_populate_record(NULL::mag_app_subscription, to_jsonb(s) || jsonb_build_object(
    'id', md5('access-fill-subscription-' || o.k)::uuid::text,
    'organization_id', o.org_id))).*
FROM fill_org o CROSS JOIN mag_app_subscription s
WHERE s.organization_id = :'t_org' AND s.client_id = :'client';

-- Users up to M, members of the filled organizations (none when no organization was filled).
SELECT count(*) AS users_now FROM user_entity WHERE realm_id = :'realm_id' \gset
SELECT count(*) AS users_filled FROM user_entity WHERE realm_id = :'realm_id' AND username LIKE 'bench-fill-user-%' \gset
SELECT count(*) AS organizations FROM org WHERE realm_id = :'realm_id' AND alias LIKE 'bench-fill-%' \gset
SELECT g.id AS t_users_group FROM t_group g JOIN t_group p ON g.parent_group = p.id
WHERE g.name = 'users' AND p.name = :'client_name' \gset

CREATE TEMP TABLE fill_user AS
SELECT i, md5('access-fill-user-' || i)::uuid::text AS user_id,
       CASE WHEN :organizations > 0 THEN (i - 1) % :organizations + 1 END AS k
FROM generate_series(:users_filled + 1, :users_filled + greatest(0, :users - :users_now)) AS i;

INSERT INTO user_entity (id, realm_id, username, email, email_constraint, email_verified, enabled,
                         first_name, last_name, created_timestamp, not_before)
SELECT user_id, :'realm_id', 'bench-fill-user-' || i, 'bench-fill-user-' || i || '@bench.localhost',
       'bench-fill-user-' || i || '@bench.localhost', true, true, 'Filler', 'User' || i,
       1700000000000 + i, 0
FROM fill_user;

INSERT INTO user_group_membership (group_id, user_id, membership_type)
SELECT pg_temp.group_id(u.k, g.id), u.user_id, 'UNMANAGED'
FROM fill_user u CROSS JOIN (VALUES (:'t_org_group'), (:'t_users_group')) AS g (id)
WHERE u.k IS NOT NULL;

ANALYZE;
