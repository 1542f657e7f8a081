package vn.cchc.dossiers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a procedure in the local catalogue copy, with its validity: what a dossier received while it was in
 * force is computed with (name, processing time, cut-off, internal steps, fees). Versions are kept, never replaced by
 * the next one (docs/domain/procedure-versions.md §2).
 */
@Entity
@Table(name = "catalogue_procedure_version")
@IdClass(CatalogueProcedureVersion.Key.class)
public class CatalogueProcedureVersion {

    @Id
    private String code;

    @Id
    @Column(name = "content_version")
    private int contentVersion;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "decision_number")
    private String decisionNumber;

    private String name;
    private String field;

    @Column(name = "levels", columnDefinition = "varchar(30)[]")
    private String[] levels;

    @Column(name = "deciding_agency_code")
    private String decidingAgencyCode;

    @Column(name = "online_level")
    private String onlineLevel;

    @Column(name = "processing_time_value")
    private BigDecimal processingTimeValue;

    @Column(name = "processing_time_unit")
    private String processingTimeUnit;

    @Column(name = "afternoon_cutoff")
    private LocalTime afternoonCutoff;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "internal_steps")
    private List<CatalogueProcedure.InternalStep> internalSteps;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<CatalogueProcedure.Fee> fees;
    /** Ordering (sequence) of the event that last wrote this row: only a higher one may change it. */
    private long sequence;

    @Column(name = "source_event_id")
    private String sourceEventId;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    /** Composite key: procedure code and content version. */
    public static class Key implements Serializable {
        private String code;
        private int contentVersion;

        public Key() {}

        public Key(String code, int contentVersion) {
            this.code = code;
            this.contentVersion = contentVersion;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.contentVersion == contentVersion && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, contentVersion);
        }
    }

    /** What an event says about one version. */
    public record Content(
            LocalDate validFrom,
            LocalDate validTo,
            String decisionNumber,
            String name,
            String field,
            List<String> levels,
            String decidingAgencyCode,
            String onlineLevel,
            BigDecimal processingTimeValue,
            String processingTimeUnit,
            LocalTime afternoonCutoff,
            List<CatalogueProcedure.InternalStep> internalSteps,
            List<CatalogueProcedure.Fee> fees) {}

    protected CatalogueProcedureVersion() {}

    public CatalogueProcedureVersion(String code, int contentVersion) {
        this.code = code;
        this.contentVersion = contentVersion;
    }

    /**
     * Writes what an event of ordering {@code incomingSequence} says about this version, unless an event at least as
     * new already did: late and repeated events change nothing, so any order of arrival ends with the same row.
     *
     * @return true when the row changed
     */
    public boolean apply(long incomingSequence, Content c, String eventId, OffsetDateTime now) {
        if (sourceEventId != null && incomingSequence <= sequence) {
            return false;
        }
        this.sequence = incomingSequence;
        this.validFrom = c.validFrom();
        this.validTo = c.validTo();
        this.decisionNumber = c.decisionNumber();
        this.name = c.name();
        this.field = c.field();
        this.levels = c.levels() == null ? new String[0] : c.levels().toArray(String[]::new);
        this.decidingAgencyCode = c.decidingAgencyCode();
        this.onlineLevel = c.onlineLevel() == null ? "NONE" : c.onlineLevel();
        this.processingTimeValue = c.processingTimeValue();
        this.processingTimeUnit = c.processingTimeUnit();
        this.afternoonCutoff = c.afternoonCutoff();
        this.internalSteps = new ArrayList<>(c.internalSteps() == null ? List.of() : c.internalSteps());
        this.fees = new ArrayList<>(c.fees() == null ? List.of() : c.fees());
        this.sourceEventId = eventId;
        this.updatedAt = now;
        return true;
    }

    public VersionInForce.Span span() {
        return new VersionInForce.Span(contentVersion, validFrom, validTo);
    }

    public String getCode() {
        return code;
    }

    public int getContentVersion() {
        return contentVersion;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public List<String> getLevels() {
        return levels == null ? List.of() : List.of(levels);
    }

    public String getDecidingAgencyCode() {
        return decidingAgencyCode;
    }

    public String getOnlineLevel() {
        return onlineLevel;
    }

    public BigDecimal getProcessingTimeValue() {
        return processingTimeValue;
    }

    public String getProcessingTimeUnit() {
        return processingTimeUnit;
    }

    public LocalTime getAfternoonCutoff() {
        return afternoonCutoff;
    }

    public List<CatalogueProcedure.InternalStep> getInternalSteps() {
        return internalSteps == null ? List.of() : internalSteps;
    }

    public List<CatalogueProcedure.Fee> getFees() {
        return fees == null ? List.of() : fees;
    }

    public long getSequence() {
        return sequence;
    }
}
