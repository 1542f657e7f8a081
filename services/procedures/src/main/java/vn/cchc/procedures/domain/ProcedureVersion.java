package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cchc.procedures.domain.ProcedureContent.Component;
import vn.cchc.procedures.domain.ProcedureContent.Duration;
import vn.cchc.procedures.domain.ProcedureContent.Fee;
import vn.cchc.procedures.domain.ProcedureContent.InternalStep;
import vn.cchc.shared.text.SearchText;

/**
 * One version of a procedure. A draft can be edited; once a decision publishes it, its content is
 * frozen and only {@code validTo} is closed by a later amending or abolishing decision.
 */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    private int version;
    private boolean draft;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "decision_id")
    private Long decisionId;

    private String name;
    private String field;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> levels;

    @Column(name = "deciding_agency_code")
    private String decidingAgencyCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "receiving_points")
    private List<String> receivingPoints;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> channels;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level")
    private OnlineLevel onlineLevel;

    @Column(name = "full_online_eligible")
    private boolean fullOnlineEligible;

    @Column(name = "processing_time_value")
    private BigDecimal processingTimeValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "processing_time_unit")
    private TimeUnit processingTimeUnit;

    @Column(name = "statutory_time_value")
    private BigDecimal statutoryTimeValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "statutory_time_unit")
    private TimeUnit statutoryTimeUnit;

    @Column(name = "afternoon_cutoff")
    private LocalTime afternoonCutoff;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Fee> fees;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Component> components;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> steps;

    private String applicants;

    @Column(name = "result_type")
    private String resultType;

    @Column(name = "paper_result_required")
    private boolean paperResultRequired;

    private String conditions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_basis")
    private List<String> legalBasis;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "internal_steps")
    private List<InternalStep> internalSteps;

    @Column(name = "search_text")
    private String searchText;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected ProcedureVersion() {}

    public static ProcedureVersion draft(
            Procedure procedure, int version, ProcedureContent content, String author, OffsetDateTime now) {
        ProcedureVersion v = new ProcedureVersion();
        v.procedure = procedure;
        v.version = version;
        v.draft = true;
        v.createdAt = now;
        v.createdBy = author;
        v.write(content);
        return v;
    }

    /** Replaces a draft's content. */
    public void edit(ProcedureContent content, String author, OffsetDateTime now) {
        if (!draft) {
            throw new IllegalStateException("version " + version + " of " + procedure.getCode()
                    + " is published and cannot change; edit the draft of the next version");
        }
        write(content);
        createdAt = now;
        createdBy = author;
    }

    /** A decision puts this draft in force from {@code effectiveDate}. */
    public void publish(long decisionId, LocalDate effectiveDate) {
        if (!draft) {
            throw new IllegalStateException("version " + version + " is already published");
        }
        this.draft = false;
        this.decisionId = decisionId;
        this.validFrom = effectiveDate;
    }

    /** A later decision ends this version: it is in force until {@code lastDay} inclusive. */
    public void close(LocalDate lastDay) {
        if (draft) {
            throw new IllegalStateException("a draft has no validity to close");
        }
        if (lastDay.isBefore(validFrom)) {
            throw new IllegalStateException("version " + version + " of " + procedure.getCode() + " takes effect on "
                    + validFrom + "; a decision effective on or before that date cannot end it");
        }
        this.validTo = lastDay;
    }

    public ProcedureState stateOn(LocalDate date) {
        return ProcedureState.of(version, draft, validFrom, validTo, procedure.getAbolishedOn(), date);
    }

    private void write(ProcedureContent c) {
        name = c.name().trim();
        field = c.field().trim();
        levels = new ArrayList<>(c.levels());
        decidingAgencyCode = blankToNull(c.decidingAgencyCode());
        receivingPoints = new ArrayList<>(c.receivingPoints());
        channels = c.channels().stream().map(Enum::name).distinct().toList();
        onlineLevel = c.onlineLevel();
        fullOnlineEligible = c.fullOnlineEligible();
        processingTimeValue = c.processingTime().value();
        processingTimeUnit = c.processingTime().unit();
        statutoryTimeValue =
                c.statutoryTime() == null ? null : c.statutoryTime().value();
        statutoryTimeUnit = c.statutoryTime() == null ? null : c.statutoryTime().unit();
        afternoonCutoff = c.afternoonCutoff();
        fees = new ArrayList<>(c.fees());
        components = new ArrayList<>(c.components());
        steps = new ArrayList<>(c.steps());
        applicants = blankToNull(c.applicants());
        resultType = blankToNull(c.resultType());
        paperResultRequired = c.paperResultRequired();
        conditions = blankToNull(c.conditions());
        legalBasis = new ArrayList<>(c.legalBasis());
        internalSteps = new ArrayList<>(c.internalSteps());
        searchText = SearchText.fold(procedure.getCode() + " " + name + " " + field);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ProcedureContent content() {
        return new ProcedureContent(
                name,
                field,
                levels,
                decidingAgencyCode,
                receivingPoints,
                channels.stream().map(Channel::valueOf).toList(),
                onlineLevel,
                fullOnlineEligible,
                new Duration(processingTimeValue, processingTimeUnit),
                statutoryTimeValue == null ? null : new Duration(statutoryTimeValue, statutoryTimeUnit),
                afternoonCutoff,
                fees,
                components,
                steps,
                applicants,
                resultType,
                paperResultRequired,
                conditions,
                legalBasis,
                internalSteps);
    }

    public Long getId() {
        return id;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getVersion() {
        return version;
    }

    public boolean isDraft() {
        return draft;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public List<String> getLevels() {
        return levels;
    }

    public String getDecidingAgencyCode() {
        return decidingAgencyCode;
    }

    public Duration getProcessingTime() {
        return new Duration(processingTimeValue, processingTimeUnit);
    }

    public Duration getStatutoryTime() {
        return statutoryTimeValue == null ? null : new Duration(statutoryTimeValue, statutoryTimeUnit);
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
