package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import vn.cchc.shared.text.SearchText;

/**
 * A procedure as the dossiers service knows it: a read model of the catalogue's events, as the newest event left it
 * (state, abolition, newest content, for search). Which version a dossier uses is decided from the versions kept in
 * {@link CatalogueProcedureVersion} ({@link VersionInForce}, docs/domain/procedure-versions.md).
 */
@Entity
@Table(name = "catalogue_procedure")
public class CatalogueProcedure {

    @Id
    private String code;

    private String name;
    private String field;
    private String level;
    private String state;

    @Column(name = "processing_time_value")
    private BigDecimal processingTimeValue;

    @Column(name = "processing_time_unit")
    private String processingTimeUnit;

    private long version;

    @Column(name = "search_text")
    private String searchText;

    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "source_event_time")
    private OffsetDateTime sourceEventTime;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "content_version")
    private int contentVersion;

    @Column(name = "levels", columnDefinition = "varchar(30)[]")
    private String[] levels;

    @Column(name = "deciding_agency_code")
    private String decidingAgencyCode;

    @Column(name = "online_level")
    private String onlineLevel;

    @Column(name = "afternoon_cutoff")
    private java.time.LocalTime afternoonCutoff;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "internal_steps")
    private java.util.List<InternalStep> internalSteps;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    private java.util.List<Fee> fees;

    @Column(name = "valid_from")
    private java.time.LocalDate validFrom;

    @Column(name = "abolished_on")
    private java.time.LocalDate abolishedOn;

    /** A step of the quy trình nội bộ, budget in the unit of the processing time. */
    public record InternalStep(String name, String actor, BigDecimal duration) {}

    /** Phí, lệ phí. */
    public record Fee(String name, BigDecimal amount, String note) {}

    /** What dossiers need beyond the first columns: the content version, cut-off, steps, fees, validity. */
    public void details(
            int contentVersion,
            java.util.List<String> levels,
            String decidingAgencyCode,
            String onlineLevel,
            java.time.LocalTime afternoonCutoff,
            java.util.List<InternalStep> internalSteps,
            java.util.List<Fee> fees,
            java.time.LocalDate validFrom,
            java.time.LocalDate abolishedOn) {
        this.contentVersion = contentVersion;
        this.levels = levels == null ? new String[0] : levels.toArray(String[]::new);
        this.decidingAgencyCode = decidingAgencyCode;
        this.onlineLevel = onlineLevel == null ? "NONE" : onlineLevel;
        this.afternoonCutoff = afternoonCutoff;
        this.internalSteps = new java.util.ArrayList<>(internalSteps == null ? java.util.List.of() : internalSteps);
        this.fees = new java.util.ArrayList<>(fees == null ? java.util.List.of() : fees);
        this.validFrom = validFrom;
        this.abolishedOn = abolishedOn;
    }

    public java.time.LocalDate getValidFrom() {
        return validFrom;
    }

    public java.time.LocalDate getAbolishedOn() {
        return abolishedOn;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public java.time.LocalTime getAfternoonCutoff() {
        return afternoonCutoff;
    }

    public java.util.List<InternalStep> getInternalSteps() {
        return internalSteps == null ? java.util.List.of() : internalSteps;
    }

    public String getDecidingAgencyCode() {
        return decidingAgencyCode;
    }

    public java.util.List<String> getLevels() {
        return levels == null ? java.util.List.of() : java.util.List.of(levels);
    }

    public java.util.List<Fee> getFees() {
        return fees == null ? java.util.List.of() : fees;
    }

    protected CatalogueProcedure() {}

    public CatalogueProcedure(String code) {
        this.code = code;
    }

    /**
     * Applies a state of the procedure unless a newer version is already here: events may come
     * late or twice, and the highest version wins.
     *
     * @return true when the copy changed
     */
    public boolean apply(
            long incomingVersion,
            String name,
            String field,
            String level,
            String state,
            BigDecimal timeValue,
            String timeUnit,
            String eventId,
            OffsetDateTime eventTime,
            OffsetDateTime now) {
        if (sourceEventId != null && incomingVersion <= version) {
            return false;
        }
        this.version = incomingVersion;
        this.name = name;
        this.field = field;
        this.level = level;
        this.state = state;
        this.processingTimeValue = timeValue;
        this.processingTimeUnit = timeUnit;
        this.searchText = SearchText.fold(code + " " + name + " " + field);
        this.sourceEventId = eventId;
        this.sourceEventTime = eventTime;
        this.updatedAt = now;
        return true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public String getLevel() {
        return level;
    }

    public String getState() {
        return state;
    }

    public BigDecimal getProcessingTimeValue() {
        return processingTimeValue;
    }

    public String getProcessingTimeUnit() {
        return processingTimeUnit;
    }

    public long getVersion() {
        return version;
    }

    public OffsetDateTime getSourceEventTime() {
        return sourceEventTime;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
