package vn.cchc.gateway.compression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompressionPolicyTest {

    private final CompressionPolicy policy = new CompressionPolicy(1024);

    private static MultiMap headers(String contentType, String length) {
        MultiMap h = MultiMap.caseInsensitiveMultiMap();
        if (contentType != null) {
            h.set("Content-Type", contentType);
        }
        if (length != null) {
            h.set("Content-Length", length);
        }
        return h;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/html; charset=utf-8",
                "text/css",
                "text/javascript",
                "application/javascript",
                "application/json",
                "application/problem+json",
                "application/manifest+json",
                "application/xml",
                "image/svg+xml",
                "application/yaml",
                "font/ttf",
                "text/csv;charset=UTF-8",
                "APPLICATION/JSON",
            })
    void textLikeTypesAreCompressible(String type) {
        assertTrue(CompressionPolicy.isCompressible(type), type);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "image/png",
                "image/jpeg",
                "image/webp",
                "application/pdf",
                "application/zip",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "font/woff2",
                "application/octet-stream",
                "video/mp4",
                "text/event-stream",
                "",
            })
    void compressedMediaAndEventStreamsAreNot(String type) {
        assertFalse(CompressionPolicy.isCompressible(type), type);
    }

    @Test
    void marksWhatMustStayAsItIs() {
        MultiMap png = headers("image/png", "20000");
        policy.apply(png, 200, true, false);
        assertEquals("identity", png.get("Content-Encoding"));
        assertNull(png.get("Vary"));

        MultiMap small = headers("application/json", "1023");
        policy.apply(small, 200, true, false);
        assertEquals("identity", small.get("Content-Encoding"));
        assertEquals("Accept-Encoding", small.get("Vary"));

        MultiMap partial = headers("text/javascript", "100");
        partial.set("Content-Range", "bytes 0-99/60000");
        policy.apply(partial, 206, true, false);
        assertEquals("identity", partial.get("Content-Encoding"));

        MultiMap garbage = headers("application/json", "many");
        policy.apply(garbage, 200, true, false);
        assertEquals("identity", garbage.get("Content-Encoding"));
    }

    @Test
    void leavesCompressibleBodiesToTheCompressorWithVary() {
        MultiMap big = headers("application/json", "1024");
        big.add("Vary", "Accept-Language");
        policy.apply(big, 200, true, false);
        assertNull(big.get("Content-Encoding"));
        assertEquals("Accept-Language, Accept-Encoding", big.get("Vary"));

        MultiMap streamed = headers("application/json", null);
        policy.apply(streamed, 200, true, false);
        assertNull(streamed.get("Content-Encoding"));

        MultiMap already = headers("text/css", "9000");
        already.set("Vary", "accept-encoding");
        policy.apply(already, 200, true, false);
        assertEquals("accept-encoding", already.get("Vary"));
    }

    @Test
    void touchesNothingElse() {
        MultiMap encoded = headers("application/json", "9000");
        encoded.set("Content-Encoding", "gzip");
        policy.apply(encoded, 200, true, false);
        assertEquals("gzip", encoded.get("Content-Encoding"));
        assertNull(encoded.get("Vary"));

        MultiMap notModified = headers(null, null);
        policy.apply(notModified, 304, true, false);
        assertTrue(notModified.isEmpty());

        // without Accept-Encoding nothing is compressed: only Vary
        MultiMap plain = headers("image/png", "20000");
        policy.apply(plain, 200, false, false);
        assertNull(plain.get("Content-Encoding"));
        MultiMap head = headers("text/html", "5");
        policy.apply(head, 200, true, true);
        assertNull(head.get("Content-Encoding"));
        assertEquals("Accept-Encoding", head.get("Vary"));
    }

    @org.junit.jupiter.api.Test
    void aCodingIsRefusedOnlyByItsOwnZeroQValue() {
        org.junit.jupiter.api.Assertions.assertTrue(CompressionPolicy.refuses("br;q=0, gzip", "br"));
        org.junit.jupiter.api.Assertions.assertTrue(CompressionPolicy.refuses("gzip, BR ; Q=0.0", "br"));
        org.junit.jupiter.api.Assertions.assertFalse(CompressionPolicy.refuses("br;q=0.5, gzip", "br"));
        org.junit.jupiter.api.Assertions.assertFalse(CompressionPolicy.refuses("gzip, deflate, br", "br"));
        org.junit.jupiter.api.Assertions.assertFalse(CompressionPolicy.refuses("*;q=0, br", "br"));
        org.junit.jupiter.api.Assertions.assertFalse(CompressionPolicy.refuses("brotli;q=0", "br"));
        org.junit.jupiter.api.Assertions.assertFalse(CompressionPolicy.refuses(null, "br"));
    }
}
