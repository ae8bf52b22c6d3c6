-- The size of the application-access comparison's realm (benchmarks/run --db postgres), as one
-- line of JSON for the driver: psql -A -t -v realm=bench-mag -v client=bench-partner-app -f access-counts.sql
-- users: USER_ENTITY rows; organizations: ORG rows; groups: every KEYCLOAK_GROUP row (realm groups
-- and the organizations' internal groups); subscriptions: ACTIVE MAG_APP_SUBSCRIPTION rows of the
-- partner application; memberships: USER_GROUP_MEMBERSHIP rows of the realm's users.
\set ON_ERROR_STOP on
SELECT id AS realm_id FROM realm WHERE name = :'realm' \gset
SELECT json_build_object(
    'users', (SELECT count(*) FROM user_entity WHERE realm_id = :'realm_id'),
    'organizations', (SELECT count(*) FROM org WHERE realm_id = :'realm_id'),
    'groups', (SELECT count(*) FROM keycloak_group WHERE realm_id = :'realm_id'),
    'subscriptions', (SELECT count(*) FROM mag_app_subscription s JOIN client c ON c.id = s.client_id
                      WHERE s.realm_id = :'realm_id' AND c.client_id = :'client' AND s.status = 'ACTIVE'),
    'memberships', (SELECT count(*) FROM user_group_membership m JOIN user_entity u ON u.id = m.user_id
                    WHERE u.realm_id = :'realm_id'),
    'source', 'SQL');
