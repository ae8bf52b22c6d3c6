package io.mag.keycloak.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.mag.keycloak.cluster.support.Cluster;

/**
 * The schema on PostgreSQL: the harness starts node A alone on an empty database (Liquibase runs
 * Keycloak's changelogs and ours), records the schema with psql, and only then starts node B.
 */
class SchemaOnPostgresIT {

    private static final Pattern CREATE_TABLE = Pattern.compile("<createTable\\b[^>]*\\btableName=\"(MAG_\\w+)\"");

    /** The same queries, in the same order, as bin/cluster's snapshot after node A. */
    private static final List<String> SNAPSHOT_QUERIES = List.of(
            "SELECT table_name, (xpath('/row/c/text()', query_to_xml(format('SELECT string_agg(id || '' '' || author || '' '' || filename"
                    + " || '' '' || coalesce(md5sum, ''-''), '' ; '' ORDER BY orderexecuted, id) AS c FROM %I', table_name), false, true, '')))[1]::text"
                    + " FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'databasechangelog%'"
                    + " AND table_name <> 'databasechangeloglock' ORDER BY 1",
            "SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable"
                    + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE 'jgroups%' ORDER BY 1, 2",
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE 'jgroups%' ORDER BY 1");

    private final Cluster cluster = Cluster.get();

    /** Every MAG_ table that a changelog of our modules creates (read from the sources). */
    private List<String> tablesOfOurChangelogs() throws IOException {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> files = Files.walk(cluster.root(), 7)) {
            for (Path file : files.filter(f -> f.toString().matches(".*/src/main/resources/META-INF/mag-[^/]+/[^/]+\\.xml")).toList()) {
                Matcher table = CREATE_TABLE.matcher(Files.readString(file));
                while (table.find()) {
                    tables.add(table.group(1));
                }
            }
        }
        return tables;
    }

    /** How many changelog-master.xml our modules ship (one per JPA entity provider). */
    private int changelogMasters() throws IOException {
        try (Stream<Path> files = Files.walk(cluster.root(), 7)) {
            return (int) files.filter(f -> f.toString().matches(".*/src/main/resources/META-INF/mag-[^/]+/changelog-master\\.xml")).count();
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    String value = result.getString(i);
                    values.add(value == null ? "" : value);
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    @Test
    @DisplayName("Liquibase created every MAG_ table of our changelogs on the empty PostgreSQL database")
    void everyTableOfOurChangelogsExists() throws Exception {
        List<String> expected = tablesOfOurChangelogs();
        assertThat(expected).as("tables in our changelogs").hasSizeGreaterThanOrEqualTo(4);

        try (Connection db = cluster.database()) {
            List<String> tables = rows(db, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND upper(table_name) LIKE 'MAG\\_%' ORDER BY 1");
            assertThat(tables).extracting(name -> name.toUpperCase(Locale.ROOT))
                    .containsExactlyInAnyOrderElementsOf(expected);

            // Keycloak records each extension's change sets in a change log table of its own.
            List<String> changeLogs = rows(db, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_name LIKE 'databasechangelog\\_mag%'");
            assertThat(changeLogs).as("change log tables of our extensions").hasSize(changelogMasters());
            for (String changeLog : changeLogs) {
                assertThat(rows(db, "SELECT id FROM " + changeLog)).as("change sets recorded as run in %s", changeLog).isNotEmpty();
            }
        }
    }

    @Test
    @DisplayName("the second node, started against the schema the first one created, changed nothing")
    void secondNodeChangedNothing() throws Exception {
        List<String> afterNodeA = Files.readAllLines(cluster.schemaSnapshot()).stream().filter(line -> !line.isBlank()).toList();
        assertThat(afterNodeA).as("the harness' snapshot").isNotEmpty();

        List<String> now = new ArrayList<>();
        try (Connection db = cluster.database()) {
            for (String query : SNAPSHOT_QUERIES) {
                now.addAll(rows(db, query));
            }
        }
        assertThat(cluster.b().isReady()).as("node B is up").isTrue();
        assertThat(now).as("change log, columns and indexes now, with node B up, against after node A alone")
                .containsExactlyElementsOf(afterNodeA);
    }
}
