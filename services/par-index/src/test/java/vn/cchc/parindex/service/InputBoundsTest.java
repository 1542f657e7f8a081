package vn.cchc.parindex.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.domain.AssessmentLevel;
import vn.cchc.parindex.domain.indicators.IndicatorKey;
import vn.cchc.parindex.domain.indicators.Period;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.domain.scoring.RuleType;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.domain.scoring.ScoringRule;
import vn.cchc.parindex.service.CriteriaSetDtos.NodeInput;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;

/** Bounds of what a request may carry: tree size and depth, rule parameters, levels, periods. */
class InputBoundsTest {

    static NodeInput leaf(String code) {
        return new NodeInput(
                code, "x", BigDecimal.ONE, ScoringMethod.SELF_APPRAISED, null, ScoringRule.yesNo(), null, null);
    }

    @Test
    void aTreeIsAtMost5000NodesAnd6LevelsAndHasNoNullNodes() {
        List<NodeInput> many = new ArrayList<>();
        for (int i = 0; i < CriteriaSetService.MAX_NODES + 1; i++) {
            many.add(leaf(String.valueOf(i)));
        }
        ProblemException e = assertThrows(ProblemException.class, () -> CriteriaSetService.checkBounds(many, "fields"));
        assertEquals("maxNodes", e.violations().get(0).rule());
        CriteriaSetService.checkBounds(many.subList(0, CriteriaSetService.MAX_NODES), "fields");

        NodeInput deep = leaf("1");
        for (int d = 0; d < 1000; d++) {
            deep = new NodeInput("1", "x", BigDecimal.ONE, null, null, null, null, List.of(deep));
        }
        NodeInput tooDeep = deep;
        e = assertThrows(ProblemException.class, () -> CriteriaSetService.checkBounds(List.of(tooDeep), "fields"));
        assertEquals("maxDepth", e.violations().get(0).rule());
        assertEquals(
                "fields[0]" + ".children[0]".repeat(6), e.violations().get(0).field());

        e = assertThrows(
                ProblemException.class, () -> CriteriaSetService.checkBounds(Arrays.asList(leaf("1"), null), "fields"));
        assertEquals("fields[1]", e.violations().get(0).field());
    }

    @Test
    void anEmptyOrTypelessRuleIsAViolationNotACrash() {
        ScoringRule empty = new ScoringRule(null, null, null, null, null, null);
        CriteriaTree tree = new CriteriaTree(
                BigDecimal.TEN,
                List.of(new CriteriaTree.Node(
                        "1", "x", BigDecimal.TEN, ScoringMethod.SELF_APPRAISED, null, empty, false, List.of())));
        List<Problem.Violation> v = tree.check(IndicatorKey.names());
        assertEquals("fields[0].rule.type", v.get(0).field());
    }

    @Test
    void ruleParametersAreBounded() {
        BigDecimal huge = new BigDecimal("1e309");
        BigDecimal tiny = new BigDecimal("1e-999999999");
        assertTrue(ScoringRule.quantitative(huge, true, List.of()).check(BigDecimal.ONE).stream()
                .anyMatch(p -> p[0].equals("target")));
        assertTrue(ScoringRule.quantitative(tiny, true, List.of()).check(BigDecimal.ONE).stream()
                .anyMatch(p -> p[0].equals("target")));
        assertTrue(ScoringRule.perItem(RuleType.COUNT, new BigDecimal("99999999999")).check(BigDecimal.ONE).stream()
                .anyMatch(p -> p[0].equals("pointsPerItem")));
        List<ScoringRule.Step> steps = new ArrayList<>();
        for (int i = 0; i <= ScoringRule.MAX_STEPS; i++) {
            steps.add(new ScoringRule.Step(BigDecimal.valueOf(i), BigDecimal.ONE));
        }
        assertTrue(ScoringRule.quantitative(BigDecimal.TEN, true, steps).check(BigDecimal.ONE).stream()
                .anyMatch(p -> p[0].equals("steps")));
        assertTrue(
                ScoringRule.quantitative(BigDecimal.TEN, true, Arrays.asList((ScoringRule.Step) null))
                        .check(BigDecimal.ONE)
                        .stream()
                        .anyMatch(p -> p[0].equals("steps")));
        assertTrue(ScoringRule.quantitative(new BigDecimal("95"), true, List.of())
                .check(BigDecimal.TEN)
                .isEmpty());
        CriteriaTree big = new CriteriaTree(
                new BigDecimal("5000"),
                List.of(new CriteriaTree.Node(
                        "1",
                        "x",
                        new BigDecimal("5000"),
                        ScoringMethod.SELF_APPRAISED,
                        null,
                        ScoringRule.yesNo(),
                        false,
                        List.of())));
        assertTrue(
                big.check(IndicatorKey.names()).stream().anyMatch(x -> x.field().equals("fields[0].maxPoints")));
    }

    @Test
    void aTreeWithManyErrorsKeepsTheFirstThousandAndCountsAll() {
        List<CriteriaTree.Node> nodes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            nodes.add(new CriteriaTree.Node("bad code " + i, "", BigDecimal.ONE, null, null, null, false, List.of()));
        }
        Violations v = new CriteriaTree(BigDecimal.ONE, nodes).checkAll(IndicatorKey.names());
        assertEquals(Violations.MAX_KEPT, v.list().size());
        assertTrue(v.total() > 9000, "every broken rule is counted: " + v.total());
    }

    @Test
    void levelsAndPeriodsAreClosedSets() {
        assertEquals(AssessmentLevel.COMMUNE, AssessmentLevel.parse("COMMUNE", "level"));
        for (String bad : List.of("COMMUNE\r\nSet-Cookie: a=b", "X\"; filename=evil.html", "commune", "", "PROVINCE")) {
            ProblemException e = assertThrows(ProblemException.class, () -> AssessmentLevel.parse(bad, "level"));
            assertEquals("level", e.violations().get(0).field());
            assertTrue(!e.getMessage().contains("evil") && !e.getMessage().contains("\r"), "the value is not echoed");
        }
        assertThrows(IllegalArgumentException.class, () -> Period.parse("0000"));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("9999-Q1"));
        assertEquals(2026, Period.parse("2026-05").from().getYear());
    }
}
