package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A bulk import of procedures: progress, outcome and the per-row error report. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public enum Format {
        JSON,
        CSV,
        XLSX
    }

    public enum Status {
        RUNNING,
        REJECTED,
        COMPLETED,
        FAILED
    }

    /** Validation of every row first; writing only when all rows are valid. */
    public enum Phase {
        VALIDATING,
        WRITING,
        DONE
    }

    /** One problem in one row (row 1 = first data row). */
    public record RowError(int row, String field, String rule, String message) {}

    @Id
    private UUID id;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    private Format format;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private int total;
    private int processed;
    private int created;
    private int published;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<RowError> errors;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "started_by")
    private String startedBy;
    /** The catalogue the import writes (a province code or VN): who may read the job. */
    private String catalogue;
    /** Every error found; {@code errors} keeps the first 1,000. */
    @Column(name = "error_total")
    private int errorTotal;

    protected ImportJob() {}

    public ImportJob(UUID id, String fileName, Format format, String startedBy, String catalogue, OffsetDateTime now) {
        this.id = id;
        this.catalogue = catalogue;
        this.fileName = fileName;
        this.format = format;
        this.status = Status.RUNNING;
        this.phase = Phase.VALIDATING;
        this.errors = new ArrayList<>();
        this.startedAt = now;
        this.startedBy = startedBy;
    }

    /** Progress in rows: validating counts the first half, writing the second. */
    public void progress(Phase phase, int total, int processed) {
        this.phase = phase;
        this.total = total;
        this.processed = processed;
    }

    /** Rejected with the kept errors (at most 1,000) out of {@code total}. */
    public void rejected(List<RowError> errors, long total, OffsetDateTime now) {
        this.status = Status.REJECTED;
        this.phase = Phase.DONE;
        this.errors = new ArrayList<>(errors.size() > 1000 ? errors.subList(0, 1000) : errors);
        this.errorTotal = (int) Math.min(Integer.MAX_VALUE, Math.max(total, this.errors.size()));
        this.finishedAt = now;
    }

    public void completed(int created, int published, OffsetDateTime now) {
        this.status = Status.COMPLETED;
        this.phase = Phase.DONE;
        this.processed = total;
        this.created = created;
        this.published = published;
        this.finishedAt = now;
    }

    public void failed(String message, OffsetDateTime now) {
        failed("unexpected", message, now);
    }

    /** Ended without a result: {@code rule} says why (unexpected, interrupted). */
    public void failed(String rule, String message, OffsetDateTime now) {
        this.status = Status.FAILED;
        this.phase = Phase.DONE;
        this.errors = new ArrayList<>(List.of(new RowError(0, "file", rule, message)));
        this.errorTotal = 1;
        this.finishedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public Format getFormat() {
        return format;
    }

    public Status getStatus() {
        return status;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getTotal() {
        return total;
    }

    public int getProcessed() {
        return processed;
    }

    public int getCreated() {
        return created;
    }

    public int getPublished() {
        return published;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getCatalogue() {
        return catalogue;
    }

    public int getErrorTotal() {
        return errorTotal;
    }
}
