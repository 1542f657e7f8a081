package vn.cchc.parindex.domain.scoring;

/**
 * How a component criterion turns an input value into points (docs/domain/par-index.md §6.3: types seen in real scoring apps).
 * BONUS and PENALTY nodes do not count towards their parent's maximum; they add or remove points.
 */
public enum RuleType {
    /** Actual value against a target: full points at or above the target, else steps or proportional points. */
    QUANTITATIVE,
    /** Achieved (1) or not (0). */
    YES_NO,
    /** Counted items × points per item, capped at the maximum. */
    COUNT,
    /** Điểm thưởng: items × points per item, capped at the node's maximum, added. */
    BONUS,
    /** Điểm trừ: items × points per item, capped at the node's maximum, subtracted. */
    PENALTY,
    /** The value is the points themselves (0 … maximum, in steps of 0.25). */
    MANUAL;

    public boolean countsTowardsMaximum() {
        return this != BONUS && this != PENALTY;
    }
}
