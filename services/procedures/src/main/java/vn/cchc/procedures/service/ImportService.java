package vn.cchc.procedures.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;
import vn.cchc.procedures.config.ProceduresConfig;
import vn.cchc.procedures.domain.ImportJob;
import vn.cchc.procedures.domain.ImportJob.Phase;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.importing.JsonParser;
import vn.cchc.procedures.importing.ParsedFile;
import vn.cchc.procedures.importing.RowErrors;
import vn.cchc.procedures.importing.TabularParser;
import vn.cchc.procedures.mapping.ProcedureMapper;
import vn.cchc.procedures.repository.ImportJobRepository;
import vn.cchc.shared.problem.ProblemException;

/**
 * Bulk import of procedures (JSON, CSV, XLSX in the national database's shape). Runs in the
 * background, one import at a time: every row is validated first and the job is REJECTED with the
 * first 1,000 errors and their total if any row fails; otherwise all rows are written in one
 * transaction (drafts, and decisions for rows that name one), with their events. Progress is visible
 * through the job row. Bounded: the resource caps the body, the parsers the rows ({@code cchc.import.max-rows},
 * 20,000), columns and nesting; any failure ends the job FAILED with its reason, and jobs found RUNNING at
 * start-up (the JVM stopped mid-import) end FAILED "interrupted by a restart".
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportJobRepository jobs;
    private final ImportProgress progress;
    private final ImportSteps steps;
    private final ProcedureMapper mapper;
    private final ObjectMapper objectMapper;
    private final int maxRows;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "procedure-import");
        t.setDaemon(true);
        return t;
    });

    public ImportService(
            ImportJobRepository jobs,
            ImportProgress progress,
            ImportSteps steps,
            ProcedureMapper mapper,
            ObjectMapper objectMapper,
            ProceduresConfig config) {
        this.jobs = jobs;
        this.progress = progress;
        this.steps = steps;
        this.mapper = mapper;
        this.objectMapper = objectMapper;
        this.maxRows = config.importMaxRows();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Jobs left RUNNING by a previous JVM (stopped or crashed mid-import) end FAILED at start-up. */
    void onStart(@Observes StartupEvent event) {
        try {
            // jobs started before this JVM: none of them can still be running
            OffsetDateTime jvmStart = OffsetDateTime.ofInstant(
                    java.time.Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean()
                            .getStartTime()),
                    java.time.ZoneOffset.UTC);
            int n = progress.failInterrupted(jvmStart);
            if (n > 0) {
                LOG.warnf(
                        "%d import job(s) left RUNNING by the previous run marked FAILED (interrupted by a restart)",
                        n);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not close import jobs left RUNNING by the previous run", e);
        }
    }

    /**
     * Registers the job (committed at once, so its progress can be read) and starts it in the background; the
     * job writes only {@code catalogue} (a province code or VN), the one the access policy gave the caller.
     */
    public ImportJob start(
            byte[] content,
            ImportJob.Format format,
            java.nio.charset.Charset charset,
            String fileName,
            String author,
            String catalogue) {
        ImportJob job = progress.create(fileName, format, author, catalogue);
        // the job lets go of the file as soon as it is parsed (the holder is emptied)
        java.util.concurrent.atomic.AtomicReference<byte[]> file =
                new java.util.concurrent.atomic.AtomicReference<>(content);
        try {
            worker.submit(() -> run(job.getId(), file, format, charset, author, catalogue));
        } catch (RejectedExecutionException e) {
            progress.failed(job.getId(), "the service is stopping; start the import again");
            return progress.get(job.getId());
        }
        return job;
    }

    /** Runs an import in the caller's thread and returns the finished job (used by the demo data loader). */
    public ImportJob runNow(byte[] content, ImportJob.Format format, String fileName, String author, String catalogue) {
        ImportJob job = progress.create(fileName, format, author, catalogue);
        run(
                job.getId(),
                new java.util.concurrent.atomic.AtomicReference<>(content),
                format,
                java.nio.charset.StandardCharsets.UTF_8,
                author,
                catalogue);
        return progress.get(job.getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob get(UUID id) {
        return jobs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(Messages.IMPORT, id));
    }

    private ParsedFile parse(byte[] content, ImportJob.Format format, java.nio.charset.Charset charset) {
        return switch (format) {
            case JSON -> JsonParser.parse(content, objectMapper, mapper::toContent, maxRows);
            case CSV -> TabularParser.csv(content, charset, maxRows);
            case XLSX -> TabularParser.xlsx(content, maxRows);
        };
    }

    /** Ends COMPLETED, REJECTED (with the first 1,000 errors and their total) or FAILED: never stays RUNNING. */
    private void run(
            UUID id,
            java.util.concurrent.atomic.AtomicReference<byte[]> file,
            ImportJob.Format format,
            java.nio.charset.Charset charset,
            String author,
            String catalogue) {
        try {
            ParsedFile parsed = parse(file.getAndSet(null), format, charset);
            int total = parsed.rowCount();
            progress.update(id, Phase.VALIDATING, total, 0);
            RowErrors errors = steps.validate(id, parsed, total, catalogue);
            if (!errors.isEmpty()) {
                progress.rejected(id, errors.list(), errors.total());
                LOG.infof("import %s rejected: %d rows, %d errors; nothing written", id, total, errors.total());
                return;
            }
            int[] counts = steps.write(id, parsed.rows(), total, author, catalogue);
            progress.completed(id, counts[0], counts[1]);
            LOG.infof("import %s completed: %d procedures created, %d published", id, counts[0], counts[1]);
        } catch (Throwable e) {
            // any failure (a bug, the database gone, even an OutOfMemoryError) ends the job with a reason
            String reason = e instanceof ProblemException pe
                    ? pe.getMessage()
                    : e instanceof OutOfMemoryError
                            ? "the file needs more memory than the service has; import it in parts"
                            : "the file could not be read or written: "
                                    + e.getClass().getSimpleName();
            LOG.errorf(e, "import %s failed", id);
            try {
                progress.failed(id, reason);
            } catch (Throwable again) {
                LOG.errorf(again, "import %s: could not record the failure (it will be closed at the next start)", id);
            }
            if (e instanceof VirtualMachineError vm && !(e instanceof OutOfMemoryError)) {
                throw vm;
            }
        }
    }
}
