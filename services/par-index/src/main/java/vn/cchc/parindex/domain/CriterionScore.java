package vn.cchc.parindex.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Scores of one leaf criterion in one assessment, for every stage. */
@Entity
@Table(name = "criterion_score")
public class CriterionScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id")
    private Long assessmentId;

    private String code;

    @Column(name = "self_value")
    private BigDecimal selfValue;

    @Column(name = "self_score")
    private BigDecimal selfScore;

    @Column(name = "self_note")
    private String selfNote;

    @Column(name = "appraised_value")
    private BigDecimal appraisedValue;

    @Column(name = "appraised_score")
    private BigDecimal appraisedScore;

    @Column(name = "appraiser_comment")
    private String appraiserComment;

    private String explanation;

    @Column(name = "reappraised_value")
    private BigDecimal reappraisedValue;

    @Column(name = "reappraised_score")
    private BigDecimal reappraisedScore;

    @Column(name = "reappraisal_comment")
    private String reappraisalComment;

    @Column(name = "auto_value")
    private BigDecimal autoValue;

    @Column(name = "auto_numerator")
    private Long autoNumerator;

    @Column(name = "auto_denominator")
    private Long autoDenominator;

    @Column(name = "auto_source")
    private String autoSource;

    @Column(name = "auto_frozen")
    private boolean autoFrozen;

    @Column(name = "final_score")
    private BigDecimal finalScore;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected CriterionScore() {}

    public CriterionScore(Long assessmentId, String code) {
        this.assessmentId = assessmentId;
        this.code = code;
    }

    public void self(BigDecimal value, BigDecimal score, String note, String by, OffsetDateTime now) {
        this.selfValue = value;
        this.selfScore = score;
        this.selfNote = note;
        touch(by, now);
    }

    public void appraise(BigDecimal value, BigDecimal score, String comment, String by, OffsetDateTime now) {
        this.appraisedValue = value;
        this.appraisedScore = score;
        this.appraiserComment = comment;
        touch(by, now);
    }

    public void reappraise(BigDecimal value, BigDecimal score, String comment, String by, OffsetDateTime now) {
        this.reappraisedValue = value;
        this.reappraisedScore = score;
        this.reappraisalComment = comment;
        touch(by, now);
    }

    public void explain(String text, String by, OffsetDateTime now) {
        this.explanation = text;
        touch(by, now);
    }

    public void freezeAutomatic(BigDecimal value, Long numerator, Long denominator, String source) {
        this.autoValue = value;
        this.autoNumerator = numerator;
        this.autoDenominator = denominator;
        this.autoSource = source;
        this.autoFrozen = true;
    }

    public void finalScore(BigDecimal score) {
        this.finalScore = score;
    }

    private void touch(String by, OffsetDateTime now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getSelfValue() {
        return selfValue;
    }

    public BigDecimal getSelfScore() {
        return selfScore;
    }

    public String getSelfNote() {
        return selfNote;
    }

    public BigDecimal getAppraisedValue() {
        return appraisedValue;
    }

    public BigDecimal getAppraisedScore() {
        return appraisedScore;
    }

    public String getAppraiserComment() {
        return appraiserComment;
    }

    public String getExplanation() {
        return explanation;
    }

    public BigDecimal getReappraisedValue() {
        return reappraisedValue;
    }

    public BigDecimal getReappraisedScore() {
        return reappraisedScore;
    }

    public String getReappraisalComment() {
        return reappraisalComment;
    }

    public BigDecimal getAutoValue() {
        return autoValue;
    }

    public Long getAutoNumerator() {
        return autoNumerator;
    }

    public Long getAutoDenominator() {
        return autoDenominator;
    }

    public String getAutoSource() {
        return autoSource;
    }

    public boolean isAutoFrozen() {
        return autoFrozen;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
