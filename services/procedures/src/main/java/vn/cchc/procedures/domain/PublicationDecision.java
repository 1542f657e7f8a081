package vn.cchc.procedures.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Quyết định công bố: number, dates and issuer; what it does to each procedure is in {@link DecisionItem}. */
@Entity
@Table(name = "publication_decision")
public class PublicationDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;
    private String title;

    @Column(name = "issuer_code")
    private String issuerCode;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected PublicationDecision() {}

    public PublicationDecision(
            String number,
            String title,
            String issuerCode,
            LocalDate decisionDate,
            LocalDate effectiveDate,
            OffsetDateTime recordedAt,
            String recordedBy) {
        if (effectiveDate.isBefore(decisionDate)) {
            throw new IllegalArgumentException("effectiveDate must not be before decisionDate");
        }
        this.number = number.trim();
        this.title = title == null || title.isBlank() ? null : title.trim();
        this.issuerCode = issuerCode == null || issuerCode.isBlank() ? null : issuerCode.trim();
        this.decisionDate = decisionDate;
        this.effectiveDate = effectiveDate;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getIssuerCode() {
        return issuerCode;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
