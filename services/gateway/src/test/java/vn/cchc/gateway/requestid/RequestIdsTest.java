package vn.cchc.gateway.requestid;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void keepsAValidIdAndReplacesAnInvalidOne() {
        assertEquals("req-1", RequestIds.acceptOrGenerate("req-1"));
        String generated = RequestIds.acceptOrGenerate("<bad>");
        assertEquals(generated, UUID.fromString(generated).toString());
        assertNotEquals(generated, RequestIds.acceptOrGenerate(null));
    }
}
