package vn.cchc.gateway.balancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.cchc.gateway.routing.Route;

class BalancerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Route route = Route.of(
            "dossiers",
            "/api/v1/dossiers",
            "http://127.0.0.1:8082, http://127.0.0.1:18082,http://127.0.0.1:28082",
            List.of(),
            "/q/health/ready");
    private final Balancer balancer =
            new Balancer(List.of(route), Duration.ofSeconds(2), Duration.ofSeconds(10), now::get);

    private String next() {
        return balancer.choose(route, Set.of()).orElseThrow().instance().toString();
    }

    @Test
    void roundRobinOverTheInstances() {
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            chosen.add(next());
        }
        assertEquals(
                List.of(
                        "127.0.0.1:8082",
                        "127.0.0.1:18082",
                        "127.0.0.1:28082",
                        "127.0.0.1:8082",
                        "127.0.0.1:18082",
                        "127.0.0.1:28082"),
                chosen);
    }

    @Test
    void anEjectedInstanceGetsNothingUntilItsBackOffEndsAndTheBackOffDoubles() {
        InstanceState second = balancer.instances(route).get(1);
        balancer.failed(route, second, "test");
        for (int i = 0; i < 10; i++) {
            assertFalse(next().equals("127.0.0.1:18082"));
        }
        now.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertTrue(balancer.ejected(second));
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertFalse(balancer.ejected(second), "back after 2 s");
        // failing again at once: 4 s, then 8 s, then capped at 10 s
        balancer.failed(route, second, "test");
        now.addAndGet(Duration.ofMillis(3_999).toNanos());
        assertTrue(balancer.ejected(second));
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertFalse(balancer.ejected(second));
        balancer.failed(route, second, "test");
        balancer.failed(route, second, "test");
        now.addAndGet(Duration.ofMillis(9_999).toNanos());
        assertTrue(balancer.ejected(second));
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertFalse(balancer.ejected(second), "capped at eject-max");
        // a success resets the count: the next failure costs 2 s again
        balancer.succeeded(route, second);
        balancer.failed(route, second, "test");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertFalse(balancer.ejected(second));
    }

    @Test
    void aSuccessBringsAnEjectedInstanceBackAtOnce() {
        InstanceState first = balancer.instances(route).get(0);
        balancer.failed(route, first, "test");
        assertTrue(balancer.ejected(first));
        balancer.succeeded(route, first);
        assertFalse(balancer.ejected(first));
    }

    @Test
    void avoidsTheInstancesAlreadyTriedAndFallsBackToTheOneBackSoonest() {
        List<InstanceState> all = balancer.instances(route);
        assertTrue(balancer.choose(route, all).isEmpty());
        assertEquals(
                all.get(2),
                balancer.choose(route, Set.of(all.get(0), all.get(1))).orElseThrow());
        // everything ejected: the instance whose back-off ends first is still better than nothing
        balancer.failed(route, all.get(0), "test");
        balancer.failed(route, all.get(0), "test"); // 4 s
        now.addAndGet(1);
        balancer.failed(route, all.get(1), "test"); // 2 s, but later
        now.addAndGet(1);
        balancer.failed(route, all.get(2), "test"); // 2 s, latest
        for (int i = 0; i < 3; i++) {
            assertEquals(all.get(1), balancer.choose(route, Set.of()).orElseThrow());
        }
    }

    @Test
    void refusesANonsensicalBackOff() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Balancer(List.of(route), Duration.ZERO, Duration.ofSeconds(1), now::get));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Balancer(List.of(route), Duration.ofSeconds(2), Duration.ofSeconds(1), now::get));
    }
}
