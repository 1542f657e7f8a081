package vn.cchc.procedures.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cchc.procedures.domain.ImportJob;
import vn.cchc.procedures.domain.ImportJob.Phase;
import vn.cchc.procedures.domain.ImportJob.RowError;
import vn.cchc.procedures.repository.ImportJobRepository;

/** Writes an import job's progress in its own short transactions, visible while the import still runs. */
@ApplicationScoped
public class ImportProgress {

    private final ImportJobRepository jobs;
    private final Clock clock;

    public ImportProgress(ImportJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob create(String fileName, ImportJob.Format format, String author, String catalogue) {
        ImportJob job =
                new ImportJob(UUID.randomUUID(), fileName, format, author, catalogue, OffsetDateTime.now(clock));
        jobs.persist(job);
        return job;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportJob get(UUID id) {
        return jobs.findById(id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void update(UUID id, Phase phase, int total, int processed) {
        jobs.findById(id).progress(phase, total, processed);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rejected(UUID id, List<RowError> errors, long total) {
        jobs.findById(id).rejected(errors, total, OffsetDateTime.now(clock));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completed(UUID id, int created, int published) {
        jobs.findById(id).completed(created, published, OffsetDateTime.now(clock));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(UUID id, String message) {
        jobs.findById(id).failed(message, OffsetDateTime.now(clock));
    }

    /**
     * Jobs still RUNNING when this JVM starts were cut off by a stop or a crash (an import runs inside one JVM):
     * they end FAILED instead of staying RUNNING for ever. Returns how many.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int failInterrupted(OffsetDateTime startedBefore) {
        List<ImportJob> running = jobs.runningStartedBefore(startedBefore);
        running.forEach(j -> j.failed(
                "interrupted",
                "interrupted by a restart of the service; start the import again",
                OffsetDateTime.now(clock)));
        return running.size();
    }
}
