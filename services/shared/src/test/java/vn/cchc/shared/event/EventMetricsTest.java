package vn.cchc.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class EventMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EventMetrics metrics = new EventMetrics(registry);

    @Test
    void countsPerConsumerAndTypeOrReason() {
        metrics.unknownType("par-index.dossiers", "DossierTeleported");
        metrics.unknownType("par-index.dossiers", "DossierTeleported");
        metrics.deadLettered("par-index.dossiers", "unsupported-schemaversion");
        metrics.retried("par-index.dossiers");
        metrics.retried("par-index.dossiers");
        metrics.retried("par-index.dossiers");
        assertEquals(
                2.0,
                registry.get("cchc.events.unknown.type")
                        .tag("consumer", "par-index.dossiers")
                        .tag("type", "DossierTeleported")
                        .counter()
                        .count());
        assertEquals(
                1.0,
                registry.get("cchc.events.dead.lettered")
                        .tag("reason", "unsupported-schemaversion")
                        .counter()
                        .count());
        assertEquals(3.0, registry.get("cchc.events.retried").counter().count());
    }

    @Test
    void labelValuesFromRecordsCannotGrowTheScrape() {
        metrics.unknownType("c", "<script>alert(1)</script>");
        metrics.unknownType("c", null);
        for (int i = 0; i < 200; i++) {
            metrics.unknownType("c", "Type" + i);
        }
        assertEquals(
                2.0,
                registry.get("cchc.events.unknown.type")
                        .tag("type", "invalid")
                        .counter()
                        .count());
        assertEquals(
                200.0 - EventMetrics.MAX_VALUES,
                registry.get("cchc.events.unknown.type")
                        .tag("type", "other")
                        .counter()
                        .count());
        assertEquals(
                EventMetrics.MAX_VALUES + 2,
                registry.find("cchc.events.unknown.type").counters().size());
    }
}
