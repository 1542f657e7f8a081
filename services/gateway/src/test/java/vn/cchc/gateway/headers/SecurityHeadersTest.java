package vn.cchc.gateway.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void defaultPolicyHasNoInlineScriptAndNamesTheIdentityProvider() {
        String csp = SecurityHeaders.defaultContentSecurityPolicy(List.of("https://sso.example.gov.vn"));
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertTrue(csp.contains("script-src 'self';"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertFalse(
                csp.replace("style-src 'self' 'unsafe-inline'", "").contains("unsafe-inline"),
                "inline allowed only for styles: " + csp);
        assertTrue(csp.contains("img-src 'self' data: blob:"), csp);
        assertTrue(csp.contains("connect-src 'self' https://sso.example.gov.vn;"), csp);
        assertTrue(csp.contains("form-action 'self' https://sso.example.gov.vn"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("base-uri 'self'"), csp);
        assertTrue(csp.contains("object-src 'self' blob:"), csp);
        assertTrue(csp.contains("frame-src 'self' blob:"), "PDF previews are blob: frames: " + csp);
        assertEquals(
                "default-src 'self'",
                SecurityHeaders.defaultContentSecurityPolicy(List.of()).substring(0, 18));
    }

    @Test
    void reducesIdentityProviderUrlsToOrigins() {
        assertEquals(
                List.of("http://127.0.0.1:8180", "https://sso.example.gov.vn"),
                SecurityHeaders.origins(List.of(
                        "http://127.0.0.1:8180/realms/cchc",
                        " https://SSO.example.gov.vn/realms/cchc/ ",
                        "",
                        "http://127.0.0.1:8180/realms/other")));
        assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.origins(List.of("javascript:alert(1)")));
        assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.origins(List.of("/realms/cchc")));
        assertThrows(IllegalArgumentException.class, () -> SecurityHeaders.origins(List.of("http://a b")));
    }

    @Test
    void replacesWeakerValuesFromAServiceAndKeepsItsPolicyOnlyBesideTheGatewaysOwn() {
        SecurityHeaders headers = new SecurityHeaders(
                "default-src 'self'",
                "no-referrer",
                "camera=()",
                SecurityHeaders.strictTransportSecurity(true, 600, true));
        MultiMap map = MultiMap.caseInsensitiveMultiMap()
                .add("Content-Security-Policy", "default-src *")
                .add("X-Frame-Options", "ALLOWALL")
                .add("x-content-type-options", "sniff")
                .add("Referrer-Policy", "unsafe-url")
                .add("Strict-Transport-Security", "max-age=0");
        headers.apply(map);
        assertEquals(List.of("default-src 'self'", "default-src *"), map.getAll("Content-Security-Policy"));
        assertEquals(List.of("DENY"), map.getAll("X-Frame-Options"));
        assertEquals(List.of("nosniff"), map.getAll("X-Content-Type-Options"));
        assertEquals(List.of("no-referrer"), map.getAll("Referrer-Policy"));
        assertEquals(List.of("camera=()"), map.getAll("Permissions-Policy"));
        assertEquals(List.of("max-age=600; includeSubDomains"), map.getAll("Strict-Transport-Security"));
    }

    @Test
    void sendsNoHstsWhenOffAndDropsAServicesOne() {
        assertNull(SecurityHeaders.strictTransportSecurity(false, 600, true));
        SecurityHeaders headers = new SecurityHeaders("default-src 'self'", "no-referrer", "camera=()", null);
        MultiMap map = MultiMap.caseInsensitiveMultiMap().add("Strict-Transport-Security", "max-age=0");
        headers.apply(map);
        assertNull(map.get("Strict-Transport-Security"));
    }

    @Test
    void refusesValuesThatCannotBeHeaders() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SecurityHeaders("default-src 'self'\r\nSet-Cookie: a=b", "no-referrer", "camera=()", null));
        assertThrows(IllegalArgumentException.class, () -> new SecurityHeaders(" ", "no-referrer", "camera=()", null));
    }
}
