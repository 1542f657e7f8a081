package vn.cchc.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JurisdictionTest {

    @Test
    void aUnitCoversItselfAndItsDescendantsOnly() {
        assertTrue(Jurisdiction.covers("H99", "/H99/H99.X01/H99.X01.MC/"));
        assertTrue(Jurisdiction.covers("H99.X01", "/H99/H99.X01/H99.X01.MC/"));
        assertTrue(Jurisdiction.covers("H99.X01.MC", "/H99/H99.X01/H99.X01.MC/"));
        assertFalse(Jurisdiction.covers("H99.X02", "/H99/H99.X01/H99.X01.MC/"));
        // a code that is a prefix of another is not its ancestor
        assertFalse(Jurisdiction.covers("H99.X0", "/H99/H99.X01/"));
        assertFalse(Jurisdiction.covers(null, "/H99/"));
        assertFalse(Jurisdiction.covers(" ", "/H99/"));
    }

    @Test
    void theRootOfAPathIsItsProvince() {
        assertEquals("H99", Jurisdiction.rootOf("/H99/H99.X01/H99.X01.MC/"));
        assertEquals("H99", Jurisdiction.rootOf("/H99/"));
    }

    @Test
    void subtreePatternsEscapeLikeWildcards() {
        assertEquals("/H99/H\\_1/%", Jurisdiction.subtreePattern("/H99/H_1/"));
    }
}
