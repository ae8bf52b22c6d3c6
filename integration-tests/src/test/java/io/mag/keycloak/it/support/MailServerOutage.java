package io.mag.keycloak.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The realm's mail server unreachable for a while: the realm's SMTP port is pointed at a port on
 * which nothing listens (every send is refused at once), and set back by {@link #end()} (or at the
 * end of a try-with-resources block, should the test fail first). What the server sends meanwhile
 * fails like a mail server that is down.
 */
public final class MailServerOutage implements AutoCloseable {

    private final ManagedRealm realm;
    private final Map<String, String> working;
    private boolean over;

    private MailServerOutage(ManagedRealm realm, Map<String, String> working) {
        this.realm = realm;
        this.working = working;
    }

    public static MailServerOutage begin(ManagedRealm realm) {
        RealmRepresentation rep = realm.admin().toRepresentation();
        Map<String, String> working = new HashMap<>(rep.getSmtpServer());
        Map<String, String> broken = new HashMap<>(working);
        broken.put("port", String.valueOf(closedPort()));
        rep.setSmtpServer(broken);
        realm.admin().update(rep);
        return new MailServerOutage(realm, working);
    }

    /** The mail server is back: the realm's SMTP settings as they were. */
    public void end() {
        if (over) {
            return;
        }
        RealmRepresentation rep = realm.admin().toRepresentation();
        rep.setSmtpServer(working);
        realm.admin().update(rep);
        over = true;
    }

    @Override
    public void close() {
        end();
    }

    /** A loopback port that was free a moment ago: a connection to it is refused. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
