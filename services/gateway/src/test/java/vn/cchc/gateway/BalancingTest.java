package vn.cchc.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.gateway.testing.Http.given;
import static vn.cchc.gateway.testing.Http.givenToken;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.balancing.Balancer;
import vn.cchc.gateway.balancing.HealthProber;
import vn.cchc.gateway.balancing.InstanceState;
import vn.cchc.gateway.routing.Route;
import vn.cchc.gateway.routing.RouteTable;
import vn.cchc.gateway.testing.BalancingTestResources;
import vn.cchc.gateway.testing.TestTokens;

/**
 * Two instances per service, on real sockets ({@link BalancingTestResources}): the gateway spreads requests,
 * takes a failing instance out and brings it back, tries another instance when a connection cannot be opened,
 * and sends a request a second time only when that is safe (GET, or a write with an Idempotency-Key).
 */
@QuarkusTest
@WithTestResource(BalancingTestResources.class)
class BalancingTest {

    private static final String TOKEN = TestTokens.valid("balancing");

    @Inject
    Balancer balancer;

    @Inject
    RouteTable routes;

    @Inject
    HealthProber prober;

    @BeforeEach
    void everyInstanceInRotation() throws Exception {
        for (Route route : routes.routes()) {
            for (InstanceState state : balancer.instances(route)) {
                balancer.succeeded(route, state);
            }
        }
        for (String name : List.of("a", "b", "c", "d", "e", "sick", "reset")) {
            given().delete(stub(name) + "/__received").then().statusCode(200);
        }
        given().put(stub("sick") + "/__mode/sick").then().statusCode(200);
    }

    @Test
    void spreadsRequestsOverTheInstances() {
        List<String> served = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            served.add(givenToken(TOKEN)
                    .get("/api/v1/procedures/spread?m=s" + i)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("instance"));
        }
        assertEquals(5, served.stream().filter("a"::equals).count(), served.toString());
        assertEquals(5, served.stream().filter("b"::equals).count(), served.toString());
        assertEquals(5, received("a").size());
        assertEquals(5, received("b").size());
    }

    @Test
    void aRefusedConnectionIsTriedOnAnotherInstanceForEveryMethod() {
        // nothing reached the dead instance, so even a write without Idempotency-Key may go elsewhere
        for (int i = 0; i < 4; i++) {
            givenToken(TOKEN).get("/api/v1/dossiers/x?m=g" + i).then().statusCode(200);
            givenToken(TOKEN)
                    .contentType("text/plain")
                    .body("p" + i)
                    .post("/api/v1/dossiers")
                    .then()
                    .statusCode(200);
        }
        assertEquals(8, received("c").size(), received("c").toString());
        Route dossiers = routes.match("/api/v1/dossiers").orElseThrow();
        assertTrue(balancer.ejected(balancer.instances(dossiers).get(1)), "the dead instance is out");
    }

    @Test
    void takesAnInstanceAnswering503OutAndProbesItBack() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(givenToken(TOKEN)
                    .get("/api/v1/inspections/x?m=e" + i)
                    .then()
                    .extract()
                    .statusCode());
        }
        // one request met the sick instance (its 503 is an answer: not sent again), then it was out
        assertEquals(1, statuses.stream().filter(s -> s == 503).count(), statuses.toString());
        assertEquals(1, received("sick").size());
        assertEquals(9, received("d").size());

        // healthy again: the next probe brings it back at once
        given().put(stub("sick") + "/__mode/ok").then().statusCode(200);
        Route inspections = routes.match("/api/v1/inspections").orElseThrow();
        InstanceState sick = balancer.instances(inspections).get(1);
        assertTrue(balancer.ejected(sick));
        prober.probeAll();
        long deadline = System.currentTimeMillis()
                + 20_000; // ends as soon as it holds; 5 s was too short for a loaded CI machine
        while (balancer.ejected(sick) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(!balancer.ejected(sick), "probed back");
        for (int i = 0; i < 4; i++) {
            givenToken(TOKEN).get("/api/v1/inspections/x?m=back" + i).then().statusCode(200);
        }
        assertEquals(
                2, received("sick").stream().filter(r -> r.contains("back")).count());
    }

    @Test
    void aFailingHealthProbeTakesAnInstanceOut() throws Exception {
        Route inspections = routes.match("/api/v1/inspections").orElseThrow();
        InstanceState sick = balancer.instances(inspections).get(1);
        assertTrue(!balancer.ejected(sick));
        prober.probeAll();
        long deadline = System.currentTimeMillis()
                + 20_000; // ends as soon as it holds; 5 s was too short for a loaded CI machine
        while (!balancer.ejected(sick) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(balancer.ejected(sick), "ejected by its probe");
        for (int i = 0; i < 6; i++) {
            givenToken(TOKEN).get("/api/v1/inspections/x?m=p" + i).then().statusCode(200);
        }
        assertEquals(0, received("sick").size());
    }

    @Test
    void aGetResetBeforeItsAnswerIsSentAgainToAnotherInstance() {
        List<String> markers = sendUntilTheResettingInstanceGotOne(i -> givenToken(TOKEN)
                .get("/api/v1/par-index/x?m=" + i)
                .then()
                .statusCode(200)
                .extract()
                .statusCode());
        String last = markers.get(markers.size() - 1);
        assertTrue(received("reset").contains("GET " + last));
        assertTrue(received("e").contains("GET " + last), "sent again to the other instance");
    }

    @Test
    void aWriteWithAnIdempotencyKeyIsSentAgainToAnotherInstance() {
        List<String> markers = sendUntilTheResettingInstanceGotOne(i -> givenToken(TOKEN)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType("text/plain")
                .body(i)
                .post("/api/v1/par-index/x")
                .then()
                .statusCode(200)
                .extract()
                .statusCode());
        String last = markers.get(markers.size() - 1);
        assertTrue(received("reset").contains("POST " + last));
        assertTrue(received("e").contains("POST " + last), "sent again with the same body");
    }

    @Test
    void aWriteWithoutIdempotencyKeyIsNeverSentTwice() {
        List<Integer> statuses = new ArrayList<>();
        List<String> markers = sendUntilTheResettingInstanceGotOne(i -> {
            int status = givenToken(TOKEN)
                    .contentType("text/plain")
                    .body(i)
                    .post("/api/v1/par-index/x")
                    .then()
                    .extract()
                    .statusCode();
            statuses.add(status);
            return status;
        });
        String last = markers.get(markers.size() - 1);
        assertTrue(received("reset").contains("POST " + last));
        assertTrue(!received("e").contains("POST " + last), "not sent to a second instance");
        assertEquals(502, statuses.get(statuses.size() - 1), statuses.toString());
        // every other write reached exactly one instance
        for (String marker : markers) {
            long copies =
                    received("e").stream().filter(("POST " + marker)::equals).count()
                            + received("reset").stream()
                                    .filter(("POST " + marker)::equals)
                                    .count();
            assertEquals(1, copies, marker);
        }
    }

    /** Sends requests (markers m0, m1, ...) until one of them reached the resetting instance; yields the markers. */
    private List<String> sendUntilTheResettingInstanceGotOne(Function<String, Integer> send) {
        Route parIndex = routes.match("/api/v1/par-index").orElseThrow();
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            balancer.instances(parIndex).forEach(state -> balancer.succeeded(parIndex, state));
            String marker = "m" + i + "-" + UUID.randomUUID();
            markers.add(marker);
            send.apply(marker);
            if (received("reset").stream().anyMatch(r -> r.endsWith(" " + marker))) {
                return markers;
            }
        }
        throw new AssertionError("round robin never chose the resetting instance in 8 requests");
    }

    private static List<String> received(String name) {
        return JsonPath.from(given().get(stub(name) + "/__received").asString()).getList("$", String.class);
    }

    private static String stub(String name) {
        return System.getProperty(BalancingTestResources.PROPERTY + name);
    }
}
