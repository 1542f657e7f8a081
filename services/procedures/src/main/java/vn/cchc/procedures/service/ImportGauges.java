package vn.cchc.procedures.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.procedures.repository.ImportJobRepository;
import vn.cchc.shared.metrics.CachedGauge;

/**
 * {@code cchc_imports_running{kind="catalogue"}}: catalogue imports (CSV/XLSX/JSON) still running, refreshed every
 * {@code cchc.metrics.business-refresh-interval} and read by scrapes from memory (NaN while the database cannot be
 * read). docs/observability.md
 */
@Startup
@ApplicationScoped
public class ImportGauges {

    private final ImportJobRepository jobs;
    private final CachedGauge running;

    public ImportGauges(ImportJobRepository jobs, MeterRegistry registry) {
        this.jobs = jobs;
        this.running = CachedGauge.register(
                registry, "cchc.imports.running", "Imports still running", Tags.of("kind", "catalogue"));
    }

    @Scheduled(
            every = "${cchc.metrics.business-refresh-interval:60s}",
            delayed = "${cchc.metrics.initial-delay:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        running.refresh(jobs::countRunning);
    }
}
