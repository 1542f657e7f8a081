package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thủ tục hành chính: identity of a procedure code and what its decisions made of it. The content
 * lives in {@link ProcedureVersion} rows, one per version, never rewritten.
 */
@Entity
@Table(name = "procedure")
public class Procedure {

    private static final Pattern BASE_CODE = Pattern.compile("^(\\d+\\.\\d+)");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "base_code")
    private String baseCode;
    /** The catalogue the procedure belongs to: a province's root unit code (H99) or {@code VN} (national). */
    private String catalogue;
    /** Last published version, 0 while only a draft exists. */
    @Column(name = "latest_version")
    private int latestVersion;

    @Column(name = "abolished_on")
    private LocalDate abolishedOn;

    @Column(name = "replaced_by")
    private String replacedBy;
    /** Increments with each event, so consumers keep the newest even when the version does not change. */
    @Column(name = "event_sequence")
    private long eventSequence;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    /** The optimistic-lock revision: updates are conditional on it; its ETag is what If-Match names. */
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Procedure() {}

    public static Procedure create(String code, String catalogue, String author, OffsetDateTime now) {
        Procedure p = new Procedure();
        p.code = code.trim();
        p.catalogue = catalogue;
        Matcher m = BASE_CODE.matcher(p.code);
        p.baseCode = m.find() ? m.group(1) : null;
        p.createdAt = now;
        p.createdBy = author;
        p.updatedAt = now;
        return p;
    }

    public boolean isPublished() {
        return latestVersion > 0;
    }

    public boolean isAbolished() {
        return abolishedOn != null;
    }

    /** The version number a new draft gets. */
    public int nextVersion() {
        return latestVersion + 1;
    }

    /** A decision published or amended this procedure: {@code version} is now its latest. */
    public void published(int version, OffsetDateTime now) {
        this.latestVersion = version;
        this.eventSequence++;
        this.updatedAt = now;
    }

    /** A decision abolished (or replaced) this procedure from {@code effectiveDate}. */
    public void abolished(LocalDate effectiveDate, String replacedBy, OffsetDateTime now) {
        this.abolishedOn = effectiveDate;
        this.replacedBy = replacedBy;
        this.eventSequence++;
        this.updatedAt = now;
    }

    public void touched(OffsetDateTime now) {
        this.updatedAt = now;
    }

    public long getRowVersion() {
        return rowVersion;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getBaseCode() {
        return baseCode;
    }

    public String getCatalogue() {
        return catalogue;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public LocalDate getAbolishedOn() {
        return abolishedOn;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public long getEventSequence() {
        return eventSequence;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
