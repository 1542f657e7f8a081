package vn.cchc.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.MultiMap;
import io.vertx.core.net.HostAndPort;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.routing.Route;

class LocationRewriterTest {

    private final LocationRewriter rewriter = new LocationRewriter(List.of(
            Route.of("dossiers", "/api/v1/dossiers", "http://127.0.0.1:8082", List.of(), "/q/health/ready"),
            Route.of("inspections", "/api/v1/inspections", "http://inspections.internal", List.of(), "/q/health/ready"),
            Route.of("par-index", "/api/v1/par-index", "https://par.internal:8443", List.of(), "/q/health/ready")));

    @Test
    void turnsAServicesOwnAddressIntoAPathOrThePublicAddress() {
        assertEquals(
                "/api/v1/dossiers/42?x=1#top",
                rewriter.rewrite("http://127.0.0.1:8082/api/v1/dossiers/42?x=1#top", null));
        assertEquals(
                "https://cchc.example.gov.vn/api/v1/dossiers/42",
                rewriter.rewrite("http://127.0.0.1:8082/api/v1/dossiers/42", "https://cchc.example.gov.vn"));
        // loopback aliases, case, default ports, scheme-relative references
        assertEquals("/a", rewriter.rewrite("HTTP://LocalHost:8082/a", null));
        assertEquals("/a", rewriter.rewrite("http://[::1]:8082/a", null));
        assertEquals("/b", rewriter.rewrite("http://inspections.internal/b", null));
        assertEquals("/b", rewriter.rewrite("http://inspections.internal:80/b", null));
        assertEquals("/c", rewriter.rewrite("https://par.internal:8443/c", null));
        assertEquals("/d", rewriter.rewrite("//127.0.0.1:8082/d", null));
        assertEquals("/", rewriter.rewrite("http://127.0.0.1:8082", null));
        assertEquals("/?q=1", rewriter.rewrite("http://127.0.0.1:8082?q=1", null));
    }

    @Test
    void leavesEverythingElseAlone() {
        for (String other : List.of(
                "/api/v1/dossiers/42",
                "https://dichvucong.gov.vn/x",
                "http://127.0.0.1:8081/x",
                "http://127.0.0.1:8082.evil.example/x",
                "http://user@127.0.0.1:8082/x",
                "ftp://127.0.0.1:8082/x",
                "https://inspections.internal/x",
                "relative/path",
                "")) {
            assertEquals(other, rewriter.rewrite(other, null), other);
        }
        assertNull(rewriter.rewrite(null, null));
    }

    @Test
    void rewritesLocationAndContentLocationInPlace() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("location", "http://127.0.0.1:8082/api/v1/dossiers/1")
                .add("Content-Location", "http://localhost:8082/api/v1/dossiers/1/v2")
                .add("Link", "<http://127.0.0.1:8082/x>; rel=self");
        rewriter.apply(headers, null);
        assertEquals("/api/v1/dossiers/1", headers.get("Location"));
        assertEquals("/api/v1/dossiers/1/v2", headers.get("Content-Location"));
        assertEquals("<http://127.0.0.1:8082/x>; rel=self", headers.get("Link"));
    }

    @Test
    void publicBaseComesFromConfigurationOrTrustedForwardedHeadersOnly() {
        assertEquals(
                "https://cchc.example.gov.vn",
                new PublicBase(Optional.of("https://CCHC.example.gov.vn/"), false).of(null));
        assertNull(new PublicBase(Optional.empty(), false).of(null), "untrusted: never from the Host header");
        assertThrows(
                IllegalArgumentException.class,
                () -> new PublicBase(Optional.of("https://cchc.example.gov.vn/app"), false));
        assertThrows(IllegalArgumentException.class, () -> new PublicBase(Optional.of("cchc.example.gov.vn"), false));
        assertEquals(
                "https://cchc.example.gov.vn",
                PublicBase.fromParts("https", HostAndPort.create("cchc.example.gov.vn", 443)));
        assertEquals(
                "http://cchc.example.gov.vn:8080",
                PublicBase.fromParts("http", HostAndPort.create("CCHC.example.gov.vn", 8080)));
        assertEquals("https://[::1]", PublicBase.fromParts("https", HostAndPort.create("[::1]", -1)));
        assertNull(PublicBase.fromParts("https", HostAndPort.create("evil.example/x?", 443)));
        assertNull(PublicBase.fromParts("javascript", HostAndPort.create("a", 1)));
    }
}
