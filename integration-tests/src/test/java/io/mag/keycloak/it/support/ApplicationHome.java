package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A partner application's home page, as the dashboard's Launch opens it: like a real application,
 * it answers a visitor by starting its own sign-in (a redirect to the authorization request it was
 * given, e.g. one with a PKCE challenge only the test can answer). A client's base URL holds at
 * most 255 characters, so the authorization request itself does not fit there; this page's
 * address does. Runs on a free port of 127.0.0.1 until closed.
 */
public final class ApplicationHome implements AutoCloseable {

    private static final String PATH = "/home";

    private final HttpServer server;
    private final AtomicInteger visits = new AtomicInteger();

    public ApplicationHome(String authorizationRequest) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, exchange -> {
            visits.incrementAndGet();
            exchange.getResponseHeaders().add("Location", authorizationRequest);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    /** The address to give the client as its base URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** How often the page was opened. */
    public int visits() {
        return visits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
