package vn.cchc.parindex.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A scoring rule with its parameters. Plain Java; points are rounded to two decimals (HALF_UP) once, here.
 *
 * @param target        QUANTITATIVE: value that earns full points (e.g. 100 for 100 %)
 * @param steps         QUANTITATIVE: optional thresholds; the highest step reached gives {@code share} of the points
 * @param proportional  QUANTITATIVE without steps: below target, points = max × value / target (else 0)
 * @param pointsPerItem COUNT, BONUS, PENALTY: points per counted item
 * @param noData        what an AUTOMATIC or SURVEY criterion scores when its value cannot be computed
 */
public record ScoringRule(
        RuleType type,
        BigDecimal target,
        List<Step> steps,
        Boolean proportional,
        BigDecimal pointsPerItem,
        NoData noData) {

    public static final int SCALE = 2;
    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    public enum NoData {
        ZERO,
        FULL
    }

    /** At or above {@code atLeast}, the criterion earns {@code share} (0 … 1) of its maximum. */
    public record Step(BigDecimal atLeast, BigDecimal share) {}

    public ScoringRule {
        // a null step is kept (not a NullPointerException) so that check() reports it as a violation
        steps = steps == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(steps));
    }

    public static ScoringRule manual() {
        return new ScoringRule(RuleType.MANUAL, null, null, null, null, null);
    }

    public static ScoringRule yesNo() {
        return new ScoringRule(RuleType.YES_NO, null, null, null, null, null);
    }

    public static ScoringRule quantitative(BigDecimal target, boolean proportional, List<Step> steps) {
        return new ScoringRule(RuleType.QUANTITATIVE, target, steps, proportional, null, null);
    }

    public static ScoringRule perItem(RuleType type, BigDecimal pointsPerItem) {
        return new ScoringRule(type, null, null, null, pointsPerItem, null);
    }

    public ScoringRule withNoData(NoData policy) {
        return new ScoringRule(type, target, steps, proportional, pointsPerItem, policy);
    }

    /** Largest target or step threshold (values are %, counts or amounts; far below any overflow). */
    public static final BigDecimal MAX_VALUE = new BigDecimal("1000000");
    /** Largest points per item. */
    public static final BigDecimal MAX_PER_ITEM = new BigDecimal("1000");

    public static final int MAX_STEPS = 20;
    /** Most decimals of a parameter. */
    public static final int MAX_SCALE = 4;

    /** Problems with the parameters themselves, as (parameter, message); empty when the rule is usable. */
    public List<String[]> check(BigDecimal maxPoints) {
        List<String[]> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new String[] {"type", "is required"});
            return problems;
        }
        if (!inRange(target, BigDecimal.ZERO, MAX_VALUE)) {
            problems.add(new String[] {
                "target", "must be from 0 to " + MAX_VALUE.toPlainString() + " with at most " + MAX_SCALE + " decimals"
            });
        }
        if (!inRange(pointsPerItem, BigDecimal.ZERO, MAX_PER_ITEM)) {
            problems.add(new String[] {
                "pointsPerItem",
                "must be from 0 to " + MAX_PER_ITEM.toPlainString() + " with at most " + MAX_SCALE + " decimals"
            });
        }
        if (steps.size() > MAX_STEPS) {
            problems.add(new String[] {"steps", "at most " + MAX_STEPS + " steps"});
            return problems;
        }
        for (Step s : steps) {
            if (s == null
                    || !inRange(s.atLeast(), BigDecimal.ZERO, MAX_VALUE)
                    || !inRange(s.share(), BigDecimal.ZERO, BigDecimal.ONE)) {
                problems.add(new String[] {
                    "steps",
                    "each step needs atLeast (0 … " + MAX_VALUE.toPlainString()
                            + ") and a share between 0 and 1, at most " + MAX_SCALE + " decimals"
                });
                return problems;
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        switch (type) {
            case QUANTITATIVE -> {
                if (target == null || target.signum() <= 0) {
                    problems.add(new String[] {"target", "must be greater than 0"});
                }
                BigDecimal previous = null;
                for (Step s : steps) {
                    if (s.atLeast() == null
                            || s.share() == null
                            || s.share().signum() < 0
                            || s.share().compareTo(BigDecimal.ONE) > 0) {
                        problems.add(new String[] {"steps", "each step needs atLeast and a share between 0 and 1"});
                        break;
                    }
                    if (previous != null && s.atLeast().compareTo(previous) <= 0) {
                        problems.add(new String[] {"steps", "steps must be in increasing order of atLeast"});
                        break;
                    }
                    previous = s.atLeast();
                }
            }
            case COUNT, BONUS, PENALTY -> {
                if (pointsPerItem == null || pointsPerItem.signum() <= 0) {
                    problems.add(new String[] {"pointsPerItem", "must be greater than 0"});
                }
            }
            case YES_NO, MANUAL -> {}
        }
        if (maxPoints == null || maxPoints.signum() < 0) {
            problems.add(new String[] {"maxPoints", "must be 0 or more"});
        }
        return problems;
    }

    /** Null, or a number from {@code min} to {@code max} with at most {@link #MAX_SCALE} decimals (cheap for any BigDecimal). */
    private static boolean inRange(BigDecimal v, BigDecimal min, BigDecimal max) {
        return v == null || (v.scale() <= MAX_SCALE && v.compareTo(min) >= 0 && v.compareTo(max) <= 0);
    }

    /**
     * Why a value is refused, as a stable code: the {@code rule} of the problem's violation, which clients translate
     * (the SPA shows {@code parIndex.self.invalid.<code>}).
     */
    public enum ValueProblem {
        NEGATIVE("negative"),
        YES_NO("yesNo"),
        WHOLE("whole"),
        ABOVE_MAX("aboveMax"),
        QUARTER("quarter");

        private final String code;

        ValueProblem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Why {@code value} is not an acceptable input for this rule, or null when it is. */
    public ValueProblem valueProblem(BigDecimal value, BigDecimal maxPoints) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return ValueProblem.NEGATIVE;
        }
        return switch (type) {
            case YES_NO ->
                value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0
                        ? null
                        : ValueProblem.YES_NO;
            case COUNT, BONUS, PENALTY -> value.stripTrailingZeros().scale() <= 0 ? null : ValueProblem.WHOLE;
            case MANUAL ->
                value.compareTo(maxPoints) > 0
                        ? ValueProblem.ABOVE_MAX
                        : value.remainder(QUARTER).signum() != 0 ? ValueProblem.QUARTER : null;
            case QUANTITATIVE -> null;
        };
    }

    /** The text of {@link #valueProblem} (null when the value is acceptable). */
    public String checkValue(BigDecimal value, BigDecimal maxPoints) {
        ValueProblem p = valueProblem(value, maxPoints);
        if (p == null) {
            return null;
        }
        return switch (p) {
            case NEGATIVE -> "must be 0 or more";
            case YES_NO -> "must be 1 (achieved) or 0 (not achieved)";
            case WHOLE -> "must be a whole number of items";
            case ABOVE_MAX ->
                "must not exceed the maximum of "
                        + maxPoints.stripTrailingZeros().toPlainString() + " points";
            case QUARTER -> "must be a multiple of 0.25 points";
        };
    }

    /**
     * Points for {@code value} (negative for a penalty), two decimals. A null value (no input, or an automatic
     * criterion without data) scores by {@link #noData} (ZERO by default).
     */
    public BigDecimal score(BigDecimal value, BigDecimal maxPoints) {
        BigDecimal max = maxPoints.setScale(SCALE, RoundingMode.HALF_UP);
        if (value == null) {
            return noData == NoData.FULL && type.countsTowardsMaximum() ? max : BigDecimal.ZERO.setScale(SCALE);
        }
        String problem = checkValue(value, maxPoints);
        if (problem != null) {
            throw new IllegalArgumentException("value " + value + " " + problem);
        }
        BigDecimal points = switch (type) {
            case MANUAL -> value;
            case YES_NO -> value.signum() > 0 ? max : BigDecimal.ZERO;
            case COUNT, BONUS -> value.multiply(pointsPerItem).min(max);
            case PENALTY -> value.multiply(pointsPerItem).min(max).negate();
            case QUANTITATIVE -> quantitative(value, max);
        };
        return points.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal quantitative(BigDecimal value, BigDecimal max) {
        if (value.compareTo(target) >= 0) {
            return max;
        }
        if (!steps.isEmpty()) {
            return steps.stream()
                    .filter(s -> value.compareTo(s.atLeast()) >= 0)
                    .max(Comparator.comparing(Step::atLeast))
                    .map(s -> max.multiply(s.share()))
                    .orElse(BigDecimal.ZERO);
        }
        if (Boolean.FALSE.equals(proportional)) {
            return BigDecimal.ZERO;
        }
        return max.multiply(value).divide(target, 6, RoundingMode.HALF_UP);
    }
}
