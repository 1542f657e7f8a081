package vn.cchc.parindex.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.domain.scoring.RuleType;
import vn.cchc.parindex.domain.scoring.ScoringRule;

class ScoringRuleTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void quantitativeGivesFullPointsAtTargetAndProportionalPointsBelow() {
        ScoringRule rule = ScoringRule.quantitative(d("100"), true, List.of());
        assertEquals(d("2.00"), rule.score(d("100"), d("2")));
        assertEquals(d("2.00"), rule.score(d("120"), d("2")));
        assertEquals(d("1.50"), rule.score(d("75"), d("2")));
        // 2 × 66.67 / 95 = 1.40357… → 1.40 (HALF_UP at two decimals)
        assertEquals(
                d("1.40"), ScoringRule.quantitative(d("95"), true, List.of()).score(d("66.67"), d("2")));
        assertEquals(d("0.00"), rule.score(BigDecimal.ZERO, d("2")));
    }

    @Test
    void quantitativeWithoutProportionIsAllOrNothing() {
        ScoringRule rule = ScoringRule.quantitative(d("100"), false, List.of());
        assertEquals(d("0.00"), rule.score(d("99.99"), d("3")));
        assertEquals(d("3.00"), rule.score(d("100"), d("3")));
    }

    @Test
    void quantitativeThresholdsGiveTheShareOfTheHighestStepReached() {
        ScoringRule rule = ScoringRule.quantitative(
                d("100"),
                true,
                List.of(new ScoringRule.Step(d("80"), d("0.5")), new ScoringRule.Step(d("90"), d("0.75"))));
        assertEquals(d("0.00"), rule.score(d("79.99"), d("2")));
        assertEquals(d("1.00"), rule.score(d("80"), d("2")));
        assertEquals(d("1.50"), rule.score(d("95"), d("2")));
        assertEquals(d("2.00"), rule.score(d("100"), d("2")));
    }

    @Test
    void yesNoGivesAllOrNothingAndRefusesOtherValues() {
        ScoringRule rule = ScoringRule.yesNo();
        assertEquals(d("1.50"), rule.score(BigDecimal.ONE, d("1.5")));
        assertEquals(d("0.00"), rule.score(BigDecimal.ZERO, d("1.5")));
        assertNotNull(rule.checkValue(d("2"), d("1.5")));
        assertThrows(IllegalArgumentException.class, () -> rule.score(d("0.5"), d("1.5")));
    }

    @Test
    void countedItemsAreCappedAtTheMaximum() {
        ScoringRule rule = ScoringRule.perItem(RuleType.COUNT, d("0.25"));
        assertEquals(d("0.75"), rule.score(d("3"), d("1")));
        assertEquals(d("1.00"), rule.score(d("9"), d("1")));
        assertNotNull(rule.checkValue(d("1.5"), d("1")));
    }

    @Test
    void bonusAddsAndPenaltySubtractsUpToTheirCaps() {
        assertEquals(d("1.00"), ScoringRule.perItem(RuleType.BONUS, d("0.5")).score(d("2"), d("1")));
        assertEquals(d("1.00"), ScoringRule.perItem(RuleType.BONUS, d("0.5")).score(d("5"), d("1")));
        assertEquals(d("-0.50"), ScoringRule.perItem(RuleType.PENALTY, d("0.5")).score(d("1"), d("2")));
        assertEquals(d("-2.00"), ScoringRule.perItem(RuleType.PENALTY, d("0.5")).score(d("10"), d("2")));
    }

    @Test
    void manualScoresAreWithinTheMaximumInQuarterSteps() {
        ScoringRule rule = ScoringRule.manual();
        assertEquals(d("0.75"), rule.score(d("0.75"), d("1")));
        assertEquals("must not exceed the maximum of 1 points", rule.checkValue(d("1.25"), d("1")));
        assertEquals("must be a multiple of 0.25 points", rule.checkValue(d("0.3"), d("1")));
        assertEquals("must be 0 or more", rule.checkValue(d("-1"), d("1")));
    }

    @Test
    void eachRefusedValueHasTheStableCodeClientsTranslate() {
        assertEquals(
                "aboveMax", ScoringRule.manual().valueProblem(d("1.25"), d("1")).code());
        assertEquals(
                "quarter", ScoringRule.manual().valueProblem(d("0.3"), d("1")).code());
        assertEquals(
                "negative", ScoringRule.manual().valueProblem(d("-1"), d("1")).code());
        assertEquals(
                "whole",
                ScoringRule.perItem(RuleType.BONUS, d("0.5"))
                        .valueProblem(d("1.5"), d("1"))
                        .code());
        assertEquals(null, ScoringRule.manual().valueProblem(d("0.75"), d("1")));
        assertEquals(null, ScoringRule.manual().valueProblem(null, d("1")));
    }

    @Test
    void missingValuesScoreByTheNoDataPolicy() {
        ScoringRule rule = ScoringRule.quantitative(d("100"), true, List.of());
        assertEquals(d("0.00"), rule.score(null, d("2")));
        assertEquals(d("2.00"), rule.withNoData(ScoringRule.NoData.FULL).score(null, d("2")));
        assertEquals(
                d("0.00"),
                ScoringRule.perItem(RuleType.PENALTY, d("1"))
                        .withNoData(ScoringRule.NoData.FULL)
                        .score(null, d("2")));
    }

    @Test
    void badParametersAreReported() {
        assertTrue(ScoringRule.quantitative(null, true, List.of()).check(d("1")).stream()
                .anyMatch(p -> p[0].equals("target")));
        assertTrue(ScoringRule.quantitative(
                        d("100"),
                        true,
                        List.of(new ScoringRule.Step(d("90"), d("0.5")), new ScoringRule.Step(d("80"), d("0.7"))))
                .check(d("1"))
                .stream()
                .anyMatch(p -> p[0].equals("steps")));
        assertTrue(
                ScoringRule.quantitative(d("100"), true, List.of(new ScoringRule.Step(d("90"), d("1.5"))))
                        .check(d("1"))
                        .stream()
                        .anyMatch(p -> p[0].equals("steps")));
        assertTrue(ScoringRule.perItem(RuleType.COUNT, null).check(d("1")).stream()
                .anyMatch(p -> p[0].equals("pointsPerItem")));
        assertTrue(ScoringRule.yesNo().check(d("1")).isEmpty());
        assertNull(ScoringRule.yesNo().checkValue(null, d("1")));
    }
}
