package vn.cchc.gateway.requestid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void acceptsUpTo64SafeCharacters() {
        assertTrue(RequestIds.isValid("abc-DEF_012.xyz"));
        assertTrue(RequestIds.isValid("a".repeat(64)));
        assertFalse(RequestIds.isValid("a".repeat(65)));
        assertFalse(RequestIds.isValid(""));
        assertFalse(RequestIds.isValid(null));
        assertFalse(RequestIds.isValid("with space"));
        assertFalse(RequestIds.isValid("new\nline"));
        assertFalse(RequestIds.isValid("mã-hồ-sơ"));
        assertFalse(RequestIds.isValid("a/b"));
    }

    @Test
    void generatesAFreshIdEveryTime() {
        String generated = RequestIds.generate();
        assertEquals(generated, UUID.fromString(generated).toString());
        assertNotEquals(generated, RequestIds.generate());
    }

    @Test
    void keepsAValidClientIdOnlyAsTheCorrelationId() {
        assertEquals("req-1", RequestIds.correlation("req-1", null));
        assertEquals("req-1", RequestIds.correlation("req-1", "corr-1"));
        assertEquals("corr-1", RequestIds.correlation("<bad>", "corr-1"));
        assertEquals("corr-1", RequestIds.correlation(null, "corr-1"));
        assertNull(RequestIds.correlation("<bad>", "a\r\nb"));
        assertNull(RequestIds.correlation(null, null));
        assertNull(RequestIds.correlation("x".repeat(65), ""));
    }
}
