package vn.cchc.parindex.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.domain.indicators.IndicatorKey;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.domain.scoring.CriteriaTree.Node;
import vn.cchc.parindex.domain.scoring.RankGroup;
import vn.cchc.parindex.domain.scoring.RuleType;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.domain.scoring.ScoringRule;
import vn.cchc.shared.problem.Problem.Violation;

class CriteriaTreeTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Node leaf(String code, String max, ScoringRule rule) {
        return new Node(code, "TC " + code, d(max), ScoringMethod.SELF_APPRAISED, null, rule, false, List.of());
    }

    static Node inner(String code, String max, Node... children) {
        return new Node(code, "TC " + code, d(max), null, null, null, false, List.of(children));
    }

    static CriteriaTree sample() {
        return new CriteriaTree(
                d("10"),
                List.of(
                        inner(
                                "1",
                                "6",
                                inner(
                                        "1.1",
                                        "6",
                                        leaf("1.1.1", "3", ScoringRule.manual()),
                                        leaf("1.1.2", "3", ScoringRule.yesNo()),
                                        leaf("1.1.3", "1", ScoringRule.perItem(RuleType.BONUS, d("0.5"))))),
                        inner(
                                "2",
                                "4",
                                leaf("2.1", "4", ScoringRule.manual()),
                                leaf("2.2", "2", ScoringRule.perItem(RuleType.PENALTY, d("1"))))));
    }

    @Test
    void aConsistentTreePassesAndBonusAndPenaltyDoNotCountTowardsTheMaximum() {
        assertEquals(List.of(), sample().check(IndicatorKey.names()));
    }

    @Test
    void childrenThatDoNotAddUpAreNamedByTheirPath() {
        CriteriaTree tree = new CriteriaTree(
                d("10"),
                List.of(
                        inner(
                                "1",
                                "6",
                                inner(
                                        "1.1",
                                        "5",
                                        leaf("1.1.1", "3", ScoringRule.manual()),
                                        leaf("1.1.2", "3", ScoringRule.yesNo()))),
                        inner("2", "4", leaf("2.1", "4", ScoringRule.manual()))));
        List<Violation> v = tree.check(IndicatorKey.names());
        // 1.1 (5) has children adding up to 6, and field 1 (6) has a child of 5: both named
        assertEquals(
                List.of("fields[0].children[0].maxPoints", "fields[0].maxPoints"),
                v.stream().map(Violation::field).toList());
        assertEquals("totals", v.get(0).rule());
        assertTrue(v.get(0).message().contains("1.1"));
        CriteriaTree wrongTotal = new CriteriaTree(d("11"), sample().fields());
        assertEquals("maxPoints", wrongTotal.check(IndicatorKey.names()).get(0).field());
    }

    @Test
    void leavesNeedMethodRuleAndKnownIndicatorKeysAndCodesFollowTheirParent() {
        CriteriaTree tree = new CriteriaTree(
                d("4"),
                List.of(inner(
                        "1",
                        "4",
                        new Node(
                                "1.1",
                                "auto",
                                d("2"),
                                ScoringMethod.AUTOMATIC,
                                "NO_SUCH_KEY",
                                ScoringRule.quantitative(d("100"), true, null),
                                false,
                                List.of()),
                        new Node("2.2", "x", d("1"), null, null, null, false, List.of()),
                        new Node(
                                "1.1",
                                "dup",
                                d("1"),
                                ScoringMethod.SELF_APPRAISED,
                                null,
                                ScoringRule.yesNo(),
                                false,
                                List.of()))));
        List<String> fields =
                tree.check(IndicatorKey.names()).stream().map(Violation::field).toList();
        assertTrue(fields.contains("fields[0].children[0].indicatorKey"), fields.toString());
        assertTrue(fields.contains("fields[0].children[1].code"), fields.toString());
        assertTrue(fields.contains("fields[0].children[1].method"), fields.toString());
        assertTrue(fields.contains("fields[0].children[1].rule"), fields.toString());
        assertTrue(fields.contains("fields[0].children[2].code"), fields.toString());
    }

    @Test
    void resultsAddUpClampBonusAndPenaltyAndRoundThePercentage() {
        CriteriaTree tree = sample();
        CriteriaTree.Result r = tree.result(
                Map.of("1.1.1", d("3"), "1.1.2", d("3"), "1.1.3", d("1"), "2.1", d("1.25"), "2.2", d("-2")));
        // field 1: 3 + 3 + 1 bonus = 7 → clamped to 6; field 2: 1.25 − 2 = −0.75 → clamped to 0
        assertEquals(d("6.00"), r.fields().get(0).points());
        assertEquals(d("0.00"), r.fields().get(1).points());
        assertEquals(d("6.00"), r.points());
        assertEquals(d("60.00"), r.percent());
        assertEquals(RankGroup.C, r.group());
        CriteriaTree.Result r2 = tree.result(Map.of("1.1.1", d("2.75"), "1.1.2", d("3"), "2.1", d("3.5")));
        assertEquals(d("9.25"), r2.points());
        assertEquals(d("92.50"), r2.percent());
        assertEquals(RankGroup.A, r2.group());
        // 2/3 of 100 points → 66.67 %, HALF_UP
        assertEquals(d("66.67"), CriteriaTree.percent(d("2"), d("3")));
    }

    @Test
    void groupsAreSplitAtNinetyAndEighty() {
        assertEquals(RankGroup.A, RankGroup.of(d("90.00")));
        assertEquals(RankGroup.B, RankGroup.of(d("89.99")));
        assertEquals(RankGroup.B, RankGroup.of(d("80")));
        assertEquals(RankGroup.C, RankGroup.of(d("79.99")));
    }
}
