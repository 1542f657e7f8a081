package vn.cchc.parindex.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.domain.scoring.ScoringRule;

/**
 * Inputs and results of the assessment use cases; the API receives and sends them as they are (their JSON is the
 * API's request and response shape), so the services take and return them without knowing the HTTP layer (issue 13:
 * rest → service → repository/domain).
 */
public final class AssessmentDtos {

    private AssessmentDtos() {}

    public record CreateAssessmentRequest(
            @NotNull Long criteriaSetId,
            @NotBlank @Size(max = 60) String unitCode) {}

    /** The unit's input for a self-appraised criterion: the rule's value (points for MANUAL, 1/0 for YES_NO, …). */
    public record SelfRequest(
            @Digits(integer = 10, fraction = 2) BigDecimal value,
            @Size(max = 4000) String note,
            @Size(max = 50) List<UUID> evidenceIds) {}

    public record AppraisalRequest(
            @Digits(integer = 10, fraction = 2) BigDecimal value,
            @Size(max = 4000) String comment) {}

    public record ExplanationRequest(
            @NotBlank @Size(max = 8000) String explanation,
            @Size(max = 50) List<UUID> evidenceIds) {}

    /** Submission: the codes of the criteria claiming points without evidence that the unit confirms. */
    public record SubmitRequest(@Size(max = 500) List<String> confirmMissingEvidence) {}

    public record AssessmentView(
            Long id,
            Long criteriaSetId,
            String criteriaSetCode,
            int year,
            String level,
            String province,
            String unitCode,
            String unitName,
            String status,
            long version,
            List<String> allowedActions,
            List<String> missingEvidenceConfirmed,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime submittedAt,
            OffsetDateTime finalisedAt,
            OffsetDateTime publishedAt,
            BigDecimal totalPoints,
            BigDecimal maxPoints,
            BigDecimal percent,
            String rankGroup) {}

    /** What an automatic or survey criterion's value is made of. */
    public record Computed(
            BigDecimal value,
            Long numerator,
            Long denominator,
            String source,
            String definition,
            boolean frozen,
            BigDecimal score) {}

    public record LeafEntry(
            BigDecimal selfValue,
            BigDecimal selfScore,
            String selfNote,
            List<UUID> evidenceIds,
            boolean missingEvidence,
            BigDecimal appraisedValue,
            BigDecimal appraisedScore,
            String appraiserComment,
            String explanation,
            BigDecimal reappraisedValue,
            BigDecimal reappraisedScore,
            String reappraisalComment,
            Computed computed,
            BigDecimal currentScore,
            BigDecimal finalScore) {}

    public record CriterionView(
            String code,
            String name,
            BigDecimal maxPoints,
            ScoringMethod method,
            String indicatorKey,
            ScoringRule rule,
            boolean sample,
            BigDecimal selfPoints,
            BigDecimal currentPoints,
            BigDecimal currentPercent,
            LeafEntry entry,
            List<CriterionView> children) {}

    public record Totals(
            BigDecimal selfPoints,
            BigDecimal currentPoints,
            BigDecimal maxPoints,
            BigDecimal selfPercent,
            BigDecimal currentPercent,
            String currentRankGroup) {}

    public record MissingEvidence(String code, String name, BigDecimal selfScore, BigDecimal maxPoints) {}

    public record AssessmentDetail(
            AssessmentView assessment,
            Totals totals,
            List<MissingEvidence> missingEvidence,
            List<CriterionView> criteria) {}

    public record FieldResultView(
            String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal percent) {}

    public record ResultView(
            Long assessmentId,
            String unitCode,
            String unitName,
            int year,
            String level,
            String status,
            boolean finalResult,
            BigDecimal totalPoints,
            BigDecimal maxPoints,
            BigDecimal percent,
            String rankGroup,
            List<FieldResultView> fields) {}

    public record EvidenceView(
            UUID id,
            String filename,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt,
            List<String> linkedCriteria) {}

    public record AutomaticView(
            String code, String name, String indicatorKey, ScoringMethod method, Computed computed) {}

    /** The appraiser's work counts (issue 17 §4): each the total of the assessment list filtered by its status. */
    public record AppraisalWorkCounts(
            @Schema(description = "The appraiser's province", examples = "H99")
            String province,

            @Schema(
                    description = "Chờ thẩm định: self-assessments submitted, waiting for the appraisal "
                            + "(status SUBMITTED); list `GET /api/v1/par-index/assessments?status=SUBMITTED`")
            long waitingAppraisal,

            @Schema(
                    description = "Chờ thẩm định lại: explained by the unit, waiting for the re-appraisal "
                            + "(status EXPLANATION); list `GET /api/v1/par-index/assessments?status=EXPLANATION`")
            long waitingReappraisal) {}
}
