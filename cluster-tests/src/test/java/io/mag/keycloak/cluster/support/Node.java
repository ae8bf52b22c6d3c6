package io.mag.keycloak.cluster.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One Keycloak node of the cluster: its own HTTP and management address, its directory (start
 * script, pid file, log) under the harness' work directory.
 */
public record Node(String name, String url, String managementUrl, Path dir) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A URL of the front address (as Keycloak writes it in pages and redirects) sent to this node instead. */
    public String route(String url) {
        String front = Cluster.get().frontUrl();
        return url.startsWith(front) ? this.url + url.substring(front.length()) : url;
    }

    public String realmUrl() {
        return url + "/realms/" + Cluster.get().realm();
    }

    public long pid() {
        try {
            return Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isReady() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(managementUrl + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * kill -9 of the node's JVM: it ends at once, nothing is flushed or handed over. The pid file
     * holds kc.sh's pid; kc.sh runs the JVM as its child (and exits when the JVM is gone).
     */
    public void kill() {
        ProcessHandle script = script();
        List<ProcessHandle> jvm = script.descendants().toList();
        jvm.forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        jvm.forEach(process -> process.onExit().join());
        script.onExit().join();
    }

    /** A clean stop: SIGTERM to kc.sh, which passes it on to the JVM; waits until both have ended. */
    public void stop() {
        ProcessHandle script = script();
        List<ProcessHandle> jvm = script.descendants().toList();
        script.destroy();
        jvm.forEach(process -> process.onExit().join());
        script.onExit().join();
    }

    private ProcessHandle script() {
        return ProcessHandle.of(pid()).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException(this + " is not running"));
    }

    /** Starts the node again with the harness' own start script and waits until it is ready. */
    public void start() {
        try {
            Process script = new ProcessBuilder(dir.resolve("start-node").toString()).inheritIO().start();
            if (script.waitFor() != 0) {
                throw new IllegalStateException("start-node of node " + name + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!isReady()) {
            if (ProcessHandle.of(pid()).map(ProcessHandle::isAlive).orElse(false) == false) {
                throw new IllegalStateException("node " + name + " exited during start-up, see " + dir.resolve("server.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("node " + name + " not ready after 5 minutes, see " + dir.resolve("server.log"));
            }
            Waits.pause(Duration.ofSeconds(1));
        }
    }

    @Override
    public String toString() {
        return "node " + name;
    }
}
