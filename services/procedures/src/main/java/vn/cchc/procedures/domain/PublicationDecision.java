package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Quyết định công bố recorded against a procedure; never rewritten, so history stays answerable. */
@Entity
@Table(name = "publication_decision")
public class PublicationDecision {

    public enum Kind { PUBLISH }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "procedure_id")
    private Long procedureId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String number;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    @Column(name = "procedure_version")
    private long procedureVersion;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected PublicationDecision() {
    }

    public PublicationDecision(Procedure procedure, Kind kind, String number, LocalDate decisionDate,
                               LocalDate effectiveDate, OffsetDateTime recordedAt, String recordedBy) {
        if (effectiveDate.isBefore(decisionDate)) {
            throw new IllegalArgumentException("effectiveDate must not be before decisionDate");
        }
        this.procedureId = procedure.getId();
        this.kind = kind;
        this.number = number.trim();
        this.decisionDate = decisionDate;
        this.effectiveDate = effectiveDate;
        this.procedureVersion = procedure.getVersion();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }
}
