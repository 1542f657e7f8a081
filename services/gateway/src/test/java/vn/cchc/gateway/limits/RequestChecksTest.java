package vn.cchc.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.problem.Problems;

class RequestChecksTest {

    private static String field(String uri) {
        return RequestChecks.controlCharacter(uri)
                .map(Problems.Violation::field)
                .orElse(null);
    }

    @Test
    void findsNulCrLfRawOrEncodedAndNamesThePlace() {
        assertEquals("path", field("/api/v1/x%00"));
        assertEquals("path", field("/api/v1/x%0D%0Ay"));
        assertEquals("path", field("/api/v1/x%0a"));
        assertEquals("path", field("/a\u0001b"));
        assertEquals("level", field("/export?level=COMMUNE%0D%0ASet-Cookie:a"));
        assertEquals("tên", field("/search?ok=1&t%C3%AAn=a%00"));
        assertEquals("query", field("/search?a%00=1"));
        assertEquals("query", field("/search?%zz=%00"));
        assertEquals("query", field("/search?" + "n".repeat(65) + "=%0d"));
        assertEquals("query", field("/search?flag%00"), "a name without a value is the name");
    }

    @Test
    void letsOrdinaryTargetsThrough() {
        for (String ok : new String[] {
            "/",
            "/api/v1/procedures?q=th%E1%BB%A7&page=2",
            "/a%2500",
            "/a%0",
            "/a%1",
            "/a%20b",
            "/x?q=%09tab",
            "/x?q=a%",
            "/x?"
        }) {
            assertEquals(Optional.empty(), RequestChecks.controlCharacter(ok), ok);
        }
    }

    @Test
    void checksTheTargetSyntaxLikeQuarkus() {
        assertTrue(RequestChecks.isValidTarget("/api/v1/procedures?q=%C3%A1"));
        assertTrue(RequestChecks.isValidTarget("*"));
        assertFalse(RequestChecks.isValidTarget("/%zz"));
        assertFalse(RequestChecks.isValidTarget("/a b"));
        assertFalse(RequestChecks.isValidTarget("/x?q=%"));
    }

    @Test
    void countsHeaderBytesAndComparesContentLength() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Host", "a").add("X-Long", "b".repeat(100));
        assertEquals(4 + 1 + 4 + 6 + 100 + 4, RequestChecks.headerBytes(headers));
        assertTrue(RequestGuardFilter.exceeds("1001", 1000));
        assertFalse(RequestGuardFilter.exceeds(" 1000 ", 1000));
        assertTrue(RequestGuardFilter.exceeds("99999999999999999999999", 1000));
        assertFalse(RequestGuardFilter.exceeds("abc", 1000));
    }
}
