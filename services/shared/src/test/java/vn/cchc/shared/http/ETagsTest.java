package vn.cchc.shared.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.cchc.shared.problem.ProblemException;

class ETagsTest {

    @Test
    void theTagIsTheQuotedVersion() {
        assertEquals("\"0\"", ETags.of(0));
        assertEquals("\"42\"", ETags.of(42));
    }

    @Test
    void aMissingIfMatchIs428NamingTheHeaderAndTheCurrentTag() {
        for (String absent : new String[] {null, "", "  "}) {
            ProblemException e = assertThrows(ProblemException.class, () -> ETags.requireMatch(absent, 3));
            assertEquals(428, e.status());
            assertEquals("If-Match", e.violations().get(0).field());
            assertTrue(e.getMessage().contains("\"3\""), e.getMessage());
        }
    }

    @Test
    void aStaleOrWeakTagIs412NamingTheCurrentTag() {
        for (String stale : new String[] {"\"2\"", "W/\"3\"", "3", "\"3 \"", "\"30\""}) {
            ProblemException e = assertThrows(ProblemException.class, () -> ETags.requireMatch(stale, 3), stale);
            assertEquals(412, e.status(), stale);
            assertEquals("precondition-failed", e.slug());
            assertTrue(e.getMessage().contains("\"3\""), e.getMessage());
        }
    }

    @Test
    void theCurrentTagAListContainingItOrStarMatch() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch(" \"3\" ", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }

    @Test
    void anOverlongIfMatchIs400() {
        String longList = "\"1\",".repeat(400);
        ProblemException e = assertThrows(ProblemException.class, () -> ETags.requireMatch(longList, 3));
        assertEquals(400, e.status());
        assertEquals("If-Match", e.violations().get(0).field());
    }

    @Test
    void keysAreOneTo200PrintableAsciiCharacters() {
        assertDoesNotThrow(() -> Idempotency.checkKey("0b9e4a3c-6f1d-4f43-9a2e-3f1c2b7d8e90"));
        assertDoesNotThrow(() -> Idempotency.checkKey("x".repeat(200)));
        for (String bad : new String[] {"", "x".repeat(201), "có dấu", "a b", "a\tb", "a\u0000b"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> Idempotency.checkKey(bad), bad);
            assertEquals(400, e.status());
            assertEquals("Idempotency-Key", e.violations().get(0).field());
        }
    }

    @Test
    void every429And503ProblemCarriesRetryAfterAndTheInProgress409Too() {
        assertEquals(5L, new ProblemException(503, "unavailable", "Unavailable", "x", null).retryAfterSeconds());
        assertEquals(5L, new ProblemException(429, "too-many", "Too many", "x", null).retryAfterSeconds());
        assertEquals(null, ProblemException.conflict("x").retryAfterSeconds());
        Idempotency.InProgress inProgress = new Idempotency.InProgress();
        assertEquals(409, inProgress.status());
        assertEquals(1L, inProgress.retryAfterSeconds());
    }
}
