package vn.cchc.shared.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * A gauge whose value is computed by a background job and only read by a scrape: a scrape never queries the
 * database, so it stays cheap and cannot fail or hang when the database is slow or down. A failed refresh sets
 * the value to NaN (unknown), never a stale number that would look healthy.
 */
public final class CachedGauge {

    private static final Logger LOG = Logger.getLogger(CachedGauge.class);

    private final String name;
    private final AtomicReference<Double> value = new AtomicReference<>(Double.NaN);
    private volatile boolean failing;

    private CachedGauge(String name) {
        this.name = name;
    }

    public static CachedGauge register(MeterRegistry registry, String name, String description, Tags tags) {
        CachedGauge gauge = new CachedGauge(name);
        Gauge.builder(name, gauge, CachedGauge::value)
                .description(description)
                .tags(tags)
                .strongReference(true)
                .register(registry);
        return gauge;
    }

    public double value() {
        return value.get();
    }

    /** Computes the value; on failure the gauge reads NaN and one WARN is logged until it recovers. */
    public void refresh(Callable<? extends Number> compute) {
        try {
            Number result = compute.call();
            value.set(result == null ? Double.NaN : result.doubleValue());
            if (failing) {
                LOG.infof("gauge %s refreshed again", name);
                failing = false;
            }
        } catch (Exception e) {
            value.set(Double.NaN);
            if (!failing) {
                LOG.warnf(
                        "gauge %s cannot be computed (reads NaN until it can): %s",
                        name, e.getClass().getSimpleName());
                failing = true;
            }
        }
    }

    public void set(double newValue) {
        value.set(newValue);
    }
}
