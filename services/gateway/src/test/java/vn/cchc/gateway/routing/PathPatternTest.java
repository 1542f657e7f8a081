package vn.cchc.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void singleStarIsExactlyOneNonEmptySegment() {
        PathPattern p = PathPattern.parse("/a/*");
        assertTrue(p.matches("/a/b"));
        assertTrue(p.matches("/a/b/"));
        assertFalse(p.matches("/a"));
        assertFalse(p.matches("/a/"));
        assertFalse(p.matches("/a//"));
        assertFalse(p.matches("/a/b/c"));
        assertTrue(PathPattern.parse("/a/*/c").matches("/a/b/c"));
        assertFalse(PathPattern.parse("/a/*/c").matches("/a//c"));
    }

    @Test
    void doubleStarIsAnyTailIncludingNone() {
        PathPattern p = PathPattern.parse("/a/b/**");
        assertTrue(p.matches("/a/b"));
        assertTrue(p.matches("/a/b/"));
        assertTrue(p.matches("/a/b/c/d/e"));
        assertFalse(p.matches("/a/bc"));
        assertFalse(p.matches("/a"));
    }

    @Test
    void literalsMatchExactly() {
        PathPattern p = PathPattern.parse("/api/v1/procedures");
        assertTrue(p.matches("/api/v1/procedures"));
        assertFalse(p.matches("/api/v1/Procedures"));
        assertFalse(p.matches("/api/v1/procedures/x"));
        assertFalse(p.matches("api/v1/procedures"));
        assertFalse(p.matches(null));
    }

    @Test
    void rejectsMalformedPatterns() {
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("a/b"));
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("/a/**/b"));
        assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("/a/b*"));
    }

    @Test
    void rulesCarryMethods() {
        PublicPathRule getOnly = PublicPathRule.parse("GET /a/*");
        assertTrue(getOnly.allows("GET", "/a/1"));
        assertTrue(getOnly.allows("HEAD", "/a/1"));
        assertTrue(getOnly.allows("get", "/a/1"));
        assertFalse(getOnly.allows("POST", "/a/1"));
        PublicPathRule several = PublicPathRule.parse("  GET|POST   /b ");
        assertTrue(several.allows("POST", "/b"));
        assertFalse(several.allows("DELETE", "/b"));
        PublicPathRule any = PublicPathRule.parse("* /c/**");
        assertTrue(any.allows("DELETE", "/c/x"));
        assertThrows(IllegalArgumentException.class, () -> PublicPathRule.parse("/a"));
        assertThrows(IllegalArgumentException.class, () -> PublicPathRule.parse("GET /a extra"));
    }
}
