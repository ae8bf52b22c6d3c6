package io.mag.keycloak.cluster.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The cluster that {@code bin/cluster} started: PostgreSQL and two Keycloak nodes. Read from the
 * properties file the harness writes (system property {@code mag.cluster.properties}).
 */
public final class Cluster {

    private static Cluster instance;

    private final Properties properties;
    private final List<Node> nodes;

    private Cluster(Properties properties) {
        this.properties = properties;
        this.nodes = Arrays.stream(required("nodes").split(","))
                .map(name -> new Node(name, required("node." + name + ".url"),
                        required("node." + name + ".management.url"), Path.of(required("node." + name + ".dir"))))
                .toList();
    }

    /** The running cluster; fails the test with a clear message when the tests run without the harness. */
    public static synchronized Cluster get() {
        if (instance == null) {
            String file = System.getProperty("mag.cluster.properties", "");
            if (file.isBlank() || file.contains("${") || !Files.isRegularFile(Path.of(file))) {
                throw new IllegalStateException("no cluster to test (mag.cluster.properties=" + file
                        + "): run the cluster tests through bin/cluster, which starts PostgreSQL and two Keycloak nodes");
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance = new Cluster(properties);
        }
        return instance;
    }

    public Node a() {
        return nodes.get(0);
    }

    public Node b() {
        return nodes.get(1);
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The address every node builds its URLs and token issuer from (--hostname), as behind a load balancer. */
    public String frontUrl() {
        return required("front.url");
    }

    public String realm() {
        return required("realm");
    }

    /** The realm's URL as clients see it, e.g. the token issuer. */
    public String realmUrl() {
        return frontUrl() + "/realms/" + realm();
    }

    public String adminUsername() {
        return required("admin.username");
    }

    public String adminPassword() {
        return required("admin.password");
    }

    /** The project's root directory (the changelogs of our modules are read from there). */
    public Path root() {
        return Path.of(required("root"));
    }

    /** The schema as it was after the first node started alone (written by the harness with psql). */
    public Path schemaSnapshot() {
        return Path.of(required("schema.snapshot"));
    }

    /** The harness' GreenMail server (REST API), where the realm's mail goes. */
    public String mailApiUrl() {
        return required("mail.api.url");
    }

    /** The SMTP port of the harness' GreenMail server, where the realm's mail goes. */
    public int smtpPort() {
        return Integer.parseInt(required("smtp.port"));
    }

    /**
     * How long, at most, until the email outbox's periodic task sends an email its node left
     * unsent: the grace period plus one interval of the task (options the harness gave the nodes).
     */
    public java.time.Duration outboxResendDelay() {
        return java.time.Duration.ofSeconds(Long.parseLong(required("outbox.grace.seconds")) + Long.parseLong(required("outbox.interval.seconds")));
    }

    /** A new connection to Keycloak's database, as Keycloak's own user. */
    public Connection database() {
        try {
            return DriverManager.getConnection(required("db.url"), required("db.username"), required("db.password"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the cluster's database", e);
        }
    }

    private String required(String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("cluster properties lack " + key);
        }
        return value;
    }
}
