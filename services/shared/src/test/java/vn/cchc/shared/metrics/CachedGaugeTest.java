package vn.cchc.shared.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class CachedGaugeTest {

    @Test
    void aScrapeReadsTheLastComputedValueAndNaNWhileTheSourceFails() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CachedGauge gauge = CachedGauge.register(registry, "cchc.test.pending", "test", Tags.empty());
        assertTrue(Double.isNaN(registry.get("cchc.test.pending").gauge().value()), "unknown before the first run");
        gauge.refresh(() -> 42);
        assertEquals(42.0, registry.get("cchc.test.pending").gauge().value());
        gauge.refresh(() -> {
            throw new IllegalStateException("connection refused");
        });
        assertTrue(
                Double.isNaN(registry.get("cchc.test.pending").gauge().value()),
                "a failed refresh is unknown, not the stale 42");
        gauge.refresh(() -> 7L);
        assertEquals(7.0, registry.get("cchc.test.pending").gauge().value());
    }
}
