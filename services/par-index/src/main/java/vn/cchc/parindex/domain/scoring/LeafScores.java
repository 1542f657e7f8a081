package vn.cchc.parindex.domain.scoring;

import java.math.BigDecimal;

/**
 * Which score of a leaf counts at each stage. Plain Java.
 * Self-appraised: the unit's self score; AUTOMATIC and SURVEY: the computed score. An appraiser's score replaces
 * it, a re-appraisal replaces that. Missing self input counts 0.
 */
public final class LeafScores {

    private LeafScores() {}

    public static BigDecimal base(ScoringMethod method, BigDecimal selfScore, BigDecimal computedScore) {
        BigDecimal base = method == ScoringMethod.SELF_APPRAISED ? selfScore : computedScore;
        return base == null ? BigDecimal.ZERO.setScale(ScoringRule.SCALE) : base;
    }

    public static BigDecimal current(
            ScoringMethod method,
            BigDecimal selfScore,
            BigDecimal computedScore,
            BigDecimal appraisedScore,
            BigDecimal reappraisedScore) {
        if (reappraisedScore != null) {
            return reappraisedScore;
        }
        if (appraisedScore != null) {
            return appraisedScore;
        }
        return base(method, selfScore, computedScore);
    }

    /** A self-appraised criterion claiming points with no evidence linked (seed 000). */
    public static boolean claimsWithoutEvidence(ScoringMethod method, BigDecimal selfScore, int evidenceCount) {
        return method == ScoringMethod.SELF_APPRAISED
                && selfScore != null
                && selfScore.signum() > 0
                && evidenceCount == 0;
    }
}
