package io.mag.keycloak.onboarding.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

class BoundedFormTest {

    @Test
    void decodesFieldsUpToTheLimit() throws IOException {
        byte[] body = "a=1&name=J%C3%BCrgen+M%C3%BCller&empty=&flag&a=2".getBytes(StandardCharsets.US_ASCII);
        MultivaluedMap<String, String> form = BoundedForm.read(new ByteArrayInputStream(body), body.length).orElseThrow();
        assertEquals(java.util.List.of("1", "2"), form.get("a"));
        assertEquals("Jürgen Müller", form.getFirst("name"));
        assertEquals("", form.getFirst("empty"));
        assertEquals("", form.getFirst("flag"));
    }

    @Test
    void oneByteOverTheLimitIsRefused() throws IOException {
        byte[] body = "a=12345".getBytes(StandardCharsets.US_ASCII);
        assertTrue(BoundedForm.read(new ByteArrayInputStream(body), body.length - 1).isEmpty());
    }

    @Test
    void stopsReadingAnEndlessStreamJustPastTheLimit() throws IOException {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                served.addAndGet(len);
                return len;
            }
        };
        assertTrue(BoundedForm.read(endless, 1000).isEmpty());
        assertEquals(1001, served.get());
    }

    @Test
    void malformedEscapesAreDropped() throws IOException {
        byte[] body = "bad=%zz&good=1".getBytes(StandardCharsets.US_ASCII);
        MultivaluedMap<String, String> form = BoundedForm.read(new ByteArrayInputStream(body), 100).orElseThrow();
        assertEquals(null, form.getFirst("bad"));
        assertEquals("1", form.getFirst("good"));
    }
}
