package vn.cchc.dossiers.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.repository.DossierGaugeQueries;

/**
 * Business gauges of the dossiers service (docs/observability.md), computed in the background and read by scrapes
 * from memory:
 *
 * <ul>
 *   <li>{@code cchc_dossiers_open{province}} and {@code cchc_dossiers_overdue{province}}: refreshed every
 *       {@code cchc.metrics.business-refresh-interval} (1 min) from an index-only query over open dossiers; a failed
 *       refresh keeps no stale rows (the series disappear until the next success, and the refresh-failure counter
 *       grows);
 *   <li>{@code cchc_overdue_watch_last_run_seconds}: when the late-dossier watch last completed a pass (epoch
 *       seconds; 0 until the first pass on this instance). With several instances only one runs the watch: alert
 *       on the {@code max} over instances.
 * </ul>
 */
@Startup
@ApplicationScoped
public class DossierGauges {

    private static final Logger LOG = Logger.getLogger(DossierGauges.class);

    private final DossierGaugeQueries queries;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;
    private final AtomicLong watchLastRun = new AtomicLong();
    private final io.micrometer.core.instrument.Counter failures;

    public DossierGauges(DossierGaugeQueries queries, Clock clock, MeterRegistry registry) {
        this.queries = queries;
        this.clock = clock;
        this.open = MultiGauge.builder("cchc.dossiers.open")
                .description("Open dossiers (not closed), by province of the receiving unit")
                .register(registry);
        this.overdue = MultiGauge.builder("cchc.dossiers.overdue")
                .description("Open dossiers past their due time, by province of the receiving unit")
                .register(registry);
        Gauge.builder("cchc.overdue.watch.last.run.seconds", watchLastRun, AtomicLong::get)
                .description("When the late-dossier watch last completed a pass (epoch seconds)")
                .register(registry);
        this.failures = io.micrometer.core.instrument.Counter.builder("cchc.metrics.refresh.failures")
                .description("Background metric refreshes that failed")
                .tag("gauge", "dossiers")
                .register(registry);
    }

    @Scheduled(
            every = "${cchc.metrics.business-refresh-interval:60s}",
            delayed = "${cchc.metrics.initial-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        List<DossierGaugeQueries.ProvinceCounts> counts;
        try {
            counts = queries.openAndOverdueByProvince(OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            failures.increment();
            open.register(List.of(), true);
            overdue.register(List.of(), true);
            LOG.warnf("dossier gauges not refreshed: %s", e.getClass().getSimpleName());
            return;
        }
        open.register(
                counts.stream()
                        .map(c -> MultiGauge.Row.of(Tags.of("province", c.province()), c.open()))
                        .toList(),
                true);
        overdue.register(
                counts.stream()
                        .map(c -> MultiGauge.Row.of(Tags.of("province", c.province()), c.overdue()))
                        .toList(),
                true);
    }

    /** Called by the late-dossier watch at the end of each completed pass. */
    public void overdueWatchRan() {
        watchLastRun.set(clock.instant().getEpochSecond());
    }
}
