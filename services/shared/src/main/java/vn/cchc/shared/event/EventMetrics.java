package vn.cchc.shared.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Counters of what consumers do besides applying events (docs/observability.md):
 * {@code cchc_events_unknown_type_total{consumer,type}}, {@code cchc_events_dead_lettered_total{consumer,reason}},
 * {@code cchc_events_retried_total{consumer}}, {@code cchc_events_batch_fallback_total{consumer}}.
 *
 * <p>Label values come partly from the records on a topic, which anyone able to produce could fill with anything: a
 * value that is not a short identifier is counted as {@code invalid}, and past {@value #MAX_VALUES} distinct values
 * per label every new one is counted as {@code other}, so a hostile or broken producer cannot grow the scrape.
 */
@ApplicationScoped
public class EventMetrics {

    static final int MAX_VALUES = 50;
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");

    private final MeterRegistry registry;
    private final Set<String> types = ConcurrentHashMap.newKeySet();
    private final Set<String> reasons = ConcurrentHashMap.newKeySet();
    private final Set<String> consumers = ConcurrentHashMap.newKeySet();

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A record of a type this consumer does not know was skipped (not applied). */
    public void unknownType(String consumer, String type) {
        Counter.builder("cchc.events.unknown.type")
                .description("Events skipped because the consumer does not know their type")
                .tag("consumer", bounded(consumers, consumer))
                .tag("type", bounded(types, type))
                .register(registry)
                .increment();
    }

    /** A record was parked as a dead letter (it can never succeed as it is). */
    public void deadLettered(String consumer, String reason) {
        Counter.builder("cchc.events.dead.lettered")
                .description("Records a consumer dead-lettered, by reason")
                .tag("consumer", bounded(consumers, consumer))
                .tag("reason", bounded(reasons, reason))
                .register(registry)
                .increment();
    }

    /** Applying an event failed transiently and will be tried again. */
    public void retried(String consumer) {
        Counter.builder("cchc.events.retried")
                .description("Transient failures while applying an event (each is retried)")
                .tag("consumer", bounded(consumers, consumer))
                .register(registry)
                .increment();
    }

    /** A batch could not be applied in one transaction and was applied again one record at a time. */
    public void batchFellBack(String consumer) {
        Counter.builder("cchc.events.batch.fallback")
                .description("Batches of records applied one at a time after their one-transaction attempt failed")
                .tag("consumer", bounded(consumers, consumer))
                .register(registry)
                .increment();
    }

    static String bounded(Set<String> seen, String value) {
        if (value == null || !LABEL.matcher(value).matches()) {
            return "invalid";
        }
        if (seen.contains(value)) {
            return value;
        }
        synchronized (seen) {
            if (seen.size() >= MAX_VALUES && !seen.contains(value)) {
                return "other";
            }
            seen.add(value);
            return value;
        }
    }
}
