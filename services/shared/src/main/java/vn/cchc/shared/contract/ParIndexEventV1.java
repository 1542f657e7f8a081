package vn.cchc.shared.contract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Payload (schema version 1) of the PAR Index events on {@code cchc.par-index.v1}, keyed by the assessment id
 * (as text). One shape for every type; {@code type} in the envelope says what happened:
 * <ul>
 *   <li>{@code ParAssessmentStatusChanged}: the assessment moved to {@code status} (SUBMITTED, APPRAISED,
 *   EXPLANATION, REAPPRAISED, FINALISED);</li>
 *   <li>{@code ParCriteriaClaimedWithoutEvidence}: at submission, the unit claimed points on the criteria in
 *   {@code criteriaWithoutEvidence} without linking any evidence document (it confirmed them explicitly).
 *   Inspections use it as a finding candidate (seed 000: one evidence file for many criteria);</li>
 *   <li>{@code ParResultPublished}: the final result of the unit for the year is public: {@code totalPoints},
 *   {@code maxPoints}, {@code percent}, {@code rankGroup} and {@code fields} are set.</li>
 * </ul>
 * {@code version} grows with every change of one assessment and orders its events; consumers keep the
 * highest. Scores are in points with two decimals; {@code percent} = totalPoints / maxPoints × 100.
 */
public record ParIndexEventV1(
        long assessmentId,
        long version,
        String criteriaSetCode,
        int year,
        /** Level of the criteria set, e.g. COMMUNE, PROVINCE_DEPARTMENT. */
        String level,
        String unitCode,
        String unitPath,
        /** DRAFT, SUBMITTED, APPRAISED, EXPLANATION, REAPPRAISED, FINALISED or PUBLISHED. */
        String status,
        /** Self-scored criteria with points claimed and no evidence linked; empty when none. */
        List<CriterionClaim> criteriaWithoutEvidence,
        BigDecimal totalPoints,
        BigDecimal maxPoints,
        BigDecimal percent,
        /** A (≥ 90 %), B (80 – < 90 %), C (< 80 %), or null before finalisation. */
        String rankGroup,
        List<FieldResult> fields,
        String actor,
        OffsetDateTime occurredAt) {

    public static final String STATUS_CHANGED = "ParAssessmentStatusChanged";
    public static final String CRITERIA_WITHOUT_EVIDENCE = "ParCriteriaClaimedWithoutEvidence";
    public static final String RESULT_PUBLISHED = "ParResultPublished";
    public static final int SCHEMA_VERSION = 1;

    /** A (component) criterion by its code in the set ("2.3.1"), with the points the unit claimed. */
    public record CriterionClaim(String code, String name, BigDecimal selfScore, BigDecimal maxPoints) {}

    /** Score of one lĩnh vực. */
    public record FieldResult(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal percent) {}
}
