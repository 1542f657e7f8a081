package vn.cchc.gateway.spa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpaHandlerTest {

    @Test
    void cacheControlPerFile() {
        assertEquals(SpaHandler.IMMUTABLE, SpaHandler.cacheControl("/assets/index-B3x9Kq2L.js"));
        assertEquals(SpaHandler.IMMUTABLE, SpaHandler.cacheControl("/assets/index-Cm4vQ8aZ.css"));
        assertEquals(SpaHandler.NO_CACHE, SpaHandler.cacheControl("/index.html"));
        assertEquals(SpaHandler.NO_CACHE, SpaHandler.cacheControl("/favicon.svg"));
        for (String pwa : new String[] {
            "/sw.js",
            "/service-worker.js",
            "/registerSW.js",
            "/workbox-4f2b9c1d.js",
            "/manifest.webmanifest",
            "/assets/workbox-window.prod.es5-B9K5rw8f.js",
            "/assets/manifest.webmanifest"
        }) {
            assertEquals(SpaHandler.NO_CACHE, SpaHandler.cacheControl(pwa), pwa);
        }
    }

    @Test
    void revalidation() {
        long modified = 1_764_000_000_123L;
        String etag = SpaHandler.etag(1139, modified);
        String date = SpaHandler.httpDate(modified);
        assertTrue(date.matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"), date);
        assertTrue(SpaHandler.notModified(etag, null, etag, modified));
        assertTrue(SpaHandler.notModified(etag.substring(2), null, etag, modified), "weak comparison");
        assertTrue(SpaHandler.notModified("\"x\", " + etag, null, etag, modified));
        assertTrue(SpaHandler.notModified("*", null, etag, modified));
        assertTrue(SpaHandler.notModified(null, date, etag, modified));
        assertFalse(SpaHandler.notModified("W/\"other\"", date, etag, modified), "If-None-Match decides");
        assertFalse(SpaHandler.notModified(null, SpaHandler.httpDate(modified - 2_000), etag, modified));
        assertFalse(SpaHandler.notModified(null, "not a date", etag, modified));
        assertFalse(SpaHandler.notModified(null, null, etag, modified));
    }
}
