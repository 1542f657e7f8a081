package vn.cchc.procedures.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.cchc.procedures.domain.ImportJob;
import vn.cchc.procedures.domain.ImportJob.Phase;
import vn.cchc.procedures.domain.ImportJob.RowError;
import vn.cchc.procedures.importing.JsonParser;
import vn.cchc.procedures.importing.ParsedFile;
import vn.cchc.procedures.importing.TabularParser;
import vn.cchc.procedures.mapping.ProcedureMapper;
import vn.cchc.procedures.repository.ImportJobRepository;
import vn.cchc.shared.problem.ProblemException;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bulk import of procedures (JSON, CSV, XLSX in the national database's shape). Runs in the
 * background, one import at a time: every row is validated first and the job is REJECTED with all
 * errors if any row fails; otherwise all rows are written in one transaction (drafts, and decisions
 * for rows that name one), with their events. Progress is visible through the job row.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportJobRepository jobs;
    private final ImportProgress progress;
    private final ImportSteps steps;
    private final ProcedureMapper mapper;
    private final ObjectMapper objectMapper;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "procedure-import");
        t.setDaemon(true);
        return t;
    });

    public ImportService(ImportJobRepository jobs, ImportProgress progress, ImportSteps steps, ProcedureMapper mapper,
                         ObjectMapper objectMapper) {
        this.jobs = jobs;
        this.progress = progress;
        this.steps = steps;
        this.mapper = mapper;
        this.objectMapper = objectMapper;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Registers the job (committed at once, so its progress can be read) and starts it in the background. */
    public ImportJob start(byte[] content, ImportJob.Format format, java.nio.charset.Charset charset, String fileName,
                           String author) {
        ImportJob job = progress.create(fileName, format, author);
        worker.submit(() -> run(job.getId(), content, format, charset, author));
        return job;
    }

    /** Runs an import in the caller's thread and returns the finished job (used by the demo data loader). */
    public ImportJob runNow(byte[] content, ImportJob.Format format, String fileName, String author) {
        ImportJob job = progress.create(fileName, format, author);
        run(job.getId(), content, format, java.nio.charset.StandardCharsets.UTF_8, author);
        return progress.get(job.getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob get(UUID id) {
        return jobs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No import " + id + "."));
    }

    private void run(UUID id, byte[] content, ImportJob.Format format, java.nio.charset.Charset charset, String author) {
        try {
            ParsedFile parsed = switch (format) {
                case JSON -> JsonParser.parse(content, objectMapper, mapper::toContent);
                case CSV -> TabularParser.csv(content, charset);
                case XLSX -> TabularParser.xlsx(content);
            };
            int total = parsed.rowCount();
            progress.update(id, Phase.VALIDATING, total, 0);
            List<RowError> errors = steps.validate(id, parsed, total);
            if (!errors.isEmpty()) {
                progress.rejected(id, errors);
                LOG.infof("import %s rejected: %d rows, %d errors; nothing written", id, total, errors.size());
                return;
            }
            int[] counts = steps.write(id, parsed.rows(), total, author);
            progress.completed(id, counts[0], counts[1]);
            LOG.infof("import %s completed: %d procedures created, %d published", id, counts[0], counts[1]);
        } catch (Exception e) {
            LOG.errorf(e, "import %s failed", id);
            progress.failed(id, e instanceof ProblemException pe ? pe.getMessage()
                    : "the file could not be read or written: " + e.getClass().getSimpleName());
        }
    }
}
