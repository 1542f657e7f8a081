package vn.cchc.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTableTest {

    /** The routes and public paths of application.properties. */
    private final RouteTable table = new RouteTable(List.of(
            Route.of(
                    "procedures",
                    "/api/v1/procedures",
                    "http://127.0.0.1:8081",
                    List.of("GET /api/v1/procedures", "GET /api/v1/procedures/*", "GET /api/v1/procedures/openapi"),
                    "/q/health/ready"),
            Route.of(
                    "dossiers",
                    "/api/v1/dossiers",
                    "http://127.0.0.1:8082",
                    List.of(
                            "GET /api/v1/dossiers/tracking/**",
                            "POST /api/v1/dossiers/ratings/**",
                            "GET /api/v1/dossiers/openapi"),
                    "/q/health/ready"),
            Route.of(
                    "inspections",
                    "/api/v1/inspections",
                    "http://127.0.0.1:8083",
                    List.of("GET /api/v1/inspections/openapi"),
                    "/q/health/ready"),
            Route.of(
                    "par-index",
                    "/api/v1/par-index",
                    "http://127.0.0.1:8084",
                    List.of("GET /api/v1/par-index/openapi"),
                    "/q/health/ready")));

    @ParameterizedTest
    @CsvSource({
        "/api/v1/procedures, procedures",
        "/api/v1/procedures/, procedures",
        "/api/v1/procedures/1.001234/versions, procedures",
        "/api/v1/dossiers/tracking/HS-1, dossiers",
        "/api/v1/inspections/plans, inspections",
        "/api/v1/par-index/units/H01, par-index",
    })
    void routesByPrefix(String path, String service) {
        assertEquals(service, table.match(path).orElseThrow().name());
    }

    @ParameterizedTest
    @CsvSource({
        "/api/v1/proceduresX",
        "/api/v1/procedure",
        "/api/v1",
        "/api/v1/unknown-service",
        "/api/v2/procedures",
        "/",
        "/thu-tuc"
    })
    void routesNothingElse(String path) {
        assertTrue(table.match(path).isEmpty(), path);
    }

    @Test
    void prefersTheLongestPrefix() {
        RouteTable nested = new RouteTable(List.of(
                Route.of("dossiers", "/api/v1/dossiers", "http://127.0.0.1:8082", List.of(), "/q/health/ready"),
                Route.of(
                        "dossier-files",
                        "/api/v1/dossiers/files",
                        "http://127.0.0.1:8092",
                        List.of(),
                        "/q/health/ready")));
        assertEquals(
                "dossier-files",
                nested.match("/api/v1/dossiers/files/9").orElseThrow().name());
        assertEquals(
                "dossiers",
                nested.match("/api/v1/dossiers/filesX").orElseThrow().name());
    }

    @ParameterizedTest
    @CsvSource({
        // method, path, public?
        "GET, /api/v1/procedures, true",
        "GET, /api/v1/procedures/, true",
        "HEAD, /api/v1/procedures, true",
        "GET, /api/v1/procedures/1.001234, true",
        "GET, /api/v1/procedures/openapi, true",
        "GET, /api/v1/procedures/1.001234/versions, false",
        "POST, /api/v1/procedures, false",
        "PUT, /api/v1/procedures/1.001234, false",
        "GET, /api/v1/dossiers/tracking, true",
        "GET, /api/v1/dossiers/tracking/HS-1/steps, true",
        "POST, /api/v1/dossiers/tracking/HS-1, false",
        "POST, /api/v1/dossiers/ratings/HS-1, true",
        "GET, /api/v1/dossiers/ratings/HS-1, false",
        "GET, /api/v1/dossiers/trackingX, false",
        "GET, /api/v1/dossiers, false",
        "GET, /api/v1/dossiers/openapi, true",
        "GET, /api/v1/inspections/openapi, true",
        "GET, /api/v1/inspections, false",
        "GET, /api/v1/par-index/openapi, true",
        "GET, /api/v1/par-index/units, false",
    })
    void knowsThePublicPaths(String method, String path, boolean expected) {
        assertEquals(expected, table.match(path).orElseThrow().isPublic(method, path), method + " " + path);
    }

    @Test
    void refusesMalformedRoutes() {
        assertThrows(IllegalArgumentException.class, () -> Route.of("x", "api/v1/x", "http://h:1", List.of(), "/h"));
        assertThrows(IllegalArgumentException.class, () -> Route.of("x", "/api/v1/x/", "http://h:1", List.of(), "/h"));
        assertThrows(IllegalArgumentException.class, () -> Route.of("x", "/api/v1/x", "ftp://h:1", List.of(), "/h"));
        assertThrows(
                IllegalArgumentException.class, () -> Route.of("x", "/api/v1/x", "http://h:1/base", List.of(), "/h"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Route.of("x", "/api/v1/x", "http://h:1", List.of("/api/v1/x"), "/h"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Route.of("x", "/api/v1/x", "http://h:1", List.of("GET /api/**/x"), "/h"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RouteTable(List.of(
                        Route.of("a", "/api/v1/x", "http://h:1", List.of(), "/h"),
                        Route.of("b", "/api/v1/x", "http://h:2", List.of(), "/h"))));
    }

    @Test
    void parsesTheUpstream() {
        Route route = Route.of("x", "/api/v1/x", "https://svc.internal", List.of(), "/q/health/ready");
        assertEquals("svc.internal", route.host());
        assertEquals(443, route.port());
        assertTrue(route.tls());
        Route plain = Route.of("y", "/api/v1/y", "http://127.0.0.1:8081/", List.of(), "/q/health/ready");
        assertEquals(8081, plain.port());
        assertFalse(plain.tls());
    }

    @Test
    void parsesSeveralInstances() {
        Route route = Route.of(
                "dossiers",
                "/api/v1/dossiers",
                "http://127.0.0.1:8082, http://127.0.0.1:18082",
                List.of(),
                "/q/health/ready");
        assertEquals(2, route.instances().size());
        assertEquals("http://127.0.0.1:18082", route.instances().get(1).baseUrl());
        assertEquals(8082, route.port());
        assertThrows(
                IllegalArgumentException.class,
                () -> Route.of("x", "/api/v1/x", "http://h:1,http://h:1", List.of(), "/h"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Route.of("x", "/api/v1/x", "http://h:1,ftp://h:2", List.of(), "/h"));
        assertThrows(IllegalArgumentException.class, () -> Route.of("x", "/api/v1/x", " , ", List.of(), "/h"));
    }
}
