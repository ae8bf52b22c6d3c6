package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.mag.keycloak.cluster.support.Cluster;

/**
 * The plans PostgreSQL chooses for our lookups at 100,000 users: the connection and license-key
 * queries (our named queries, in the SQL they become) must use our indexes. The rows belong to a
 * realm id no realm has, so no node ever reads them, and are removed afterwards. The plans are
 * written to target/query-plans.txt (the deployment guide quotes them).
 */
class QueryPlansOnPostgresIT {

    private static final String REALM = "plans-100k";
    private static final int USERS = 100_000;

    private final Cluster cluster = Cluster.get();

    private static void run(Statement sql, String statement) throws SQLException {
        sql.execute(statement);
    }

    private static String plan(Statement sql, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("EXPLAIN " + query)) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return String.join("\n", lines);
    }

    private static void removeRows(Statement sql) throws SQLException {
        run(sql, "DELETE FROM mag_account_connection WHERE realm_id = '" + REALM + "'");
        run(sql, "DELETE FROM mag_otp_license_key WHERE realm_id = '" + REALM + "'");
        run(sql, "DELETE FROM credential WHERE id LIKE 'plans-c-%'");
        run(sql, "DELETE FROM user_entity WHERE realm_id = '" + REALM + "'");
    }

    @Test
    @DisplayName("at 100,000 users the connection and license-key lookups use our indexes")
    void lookupsUseOurIndexes() throws Exception {
        Map<String, String> plans = new LinkedHashMap<>();
        try (Connection db = cluster.database(); Statement sql = db.createStatement()) {
            removeRows(sql);
            try {
                run(sql, "INSERT INTO user_entity (id, realm_id, username, email, email_constraint, email_verified, enabled, created_timestamp, not_before)"
                        + " SELECT 'plans-u-' || i, '" + REALM + "', 'user' || i, 'user' || i || '@plans.example', 'user' || i || '@plans.example',"
                        + " true, true, 0, 0 FROM generate_series(1, " + USERS + ") i");
                run(sql, "INSERT INTO credential (id, user_id, type, created_date, secret_data, credential_data, priority)"
                        + " SELECT 'plans-c-' || i, 'plans-u-' || i, 'otp', (extract(epoch FROM now()) * 1000)::bigint - (i % 365)::bigint * 86400000,"
                        + " '{}', '{\"subType\":\"totp\"}', 20 FROM generate_series(1, " + USERS + ") i");
                // 1,000 parents with 99 children each; a license key for every user.
                run(sql, "INSERT INTO mag_account_connection (id, realm_id, parent_id, child_id, created_at, created_by)"
                        + " SELECT 'plans-a-' || i, '" + REALM + "', 'plans-u-' || (i % 1000 + 1), 'plans-u-' || (i + 1000), 0, 'plans'"
                        + " FROM generate_series(1, " + (USERS - 1000) + ") i");
                run(sql, "INSERT INTO mag_otp_license_key (id, realm_id, user_id, key_hash, created_at, created_by)"
                        + " SELECT 'plans-k-' || i, '" + REALM + "', 'plans-u-' || i, md5('plans' || i) || md5('key' || i), 0, 'plans'"
                        + " FROM generate_series(1, " + USERS + ") i");
                run(sql, "ANALYZE user_entity, credential, mag_account_connection, mag_otp_license_key");

                plans.put("connection of a child (magConnectionByChild)", plan(sql,
                        "SELECT * FROM mag_account_connection WHERE realm_id = '" + REALM + "' AND child_id = 'plans-u-5000'"));
                plans.put("children of a parent (magConnectionsByParent)", plan(sql,
                        "SELECT * FROM mag_account_connection WHERE realm_id = '" + REALM + "' AND parent_id = 'plans-u-17' ORDER BY created_at, id"));
                plans.put("license key by hash (magLicenseKeyByHash)", plan(sql,
                        "SELECT * FROM mag_otp_license_key WHERE realm_id = '" + REALM + "' AND key_hash = md5('plans5') || md5('key5')"));
                plans.put("license keys of a user (magLicenseKeysOfUser)", plan(sql,
                        "SELECT * FROM mag_otp_license_key WHERE realm_id = '" + REALM + "' AND user_id = 'plans-u-5' ORDER BY created_at, id"));
                plans.put("OTP subscriptions near expiry (reminder task, once per interval)", plan(sql,
                        "SELECT DISTINCT c.user_id FROM credential c JOIN user_entity u ON u.id = c.user_id WHERE u.realm_id = '" + REALM
                                + "' AND c.type = 'otp' AND c.created_date >= 0 AND c.created_date < (extract(epoch FROM now()) * 1000)::bigint - 330::bigint * 86400000"));
            } finally {
                removeRows(sql);
            }
        }

        StringBuilder report = new StringBuilder("Query plans on PostgreSQL at " + USERS + " users\n");
        plans.forEach((query, plan) -> report.append("\n== ").append(query).append("\n").append(plan).append("\n"));
        Files.writeString(Path.of("target", "query-plans.txt"), report);

        assertThat(plans.get("connection of a child (magConnectionByChild)")).contains("uk_mag_account_connection_child");
        assertThat(plans.get("children of a parent (magConnectionsByParent)")).contains("idx_mag_account_connection_parent");
        assertThat(plans.get("license key by hash (magLicenseKeyByHash)")).contains("uk_mag_otp_license_key_hash");
        assertThat(plans.get("license keys of a user (magLicenseKeysOfUser)")).contains("idx_mag_otp_license_key_user");
    }
}
