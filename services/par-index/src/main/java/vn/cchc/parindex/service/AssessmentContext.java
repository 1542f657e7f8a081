package vn.cchc.parindex.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.domain.CriterionScore;
import vn.cchc.parindex.domain.indicators.IndicatorValue;
import vn.cchc.parindex.domain.indicators.SurveyRow;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.domain.scoring.LeafScores;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.service.AssessmentDtos.Computed;

/** Everything needed to score one assessment: its set's tree, stored scores, links, live automatic and survey values. */
public record AssessmentContext(
        Assessment assessment,
        CriteriaSet set,
        CriteriaTree tree,
        Map<String, CriterionScore> scores,
        Map<String, List<UUID>> links,
        Map<String, IndicatorValue> automatic,
        Map<String, SurveyRow> surveys) {

    public Map<String, CriteriaTree.Node> nodes() {
        return tree.byCode();
    }

    /** The computed value of an AUTOMATIC or SURVEY leaf (frozen once finalised), or null for self-appraised ones. */
    public Computed computed(CriteriaTree.Node leaf) {
        if (leaf.method() == ScoringMethod.SELF_APPRAISED || leaf.method() == null) {
            return null;
        }
        CriterionScore s = scores.get(leaf.code());
        if (s != null && s.isAutoFrozen()) {
            return new Computed(
                    s.getAutoValue(),
                    s.getAutoNumerator(),
                    s.getAutoDenominator(),
                    s.getAutoSource(),
                    null,
                    true,
                    leaf.rule().score(s.getAutoValue(), leaf.maxPoints()));
        }
        if (leaf.method() == ScoringMethod.AUTOMATIC) {
            IndicatorValue v = automatic.get(leaf.indicatorKey());
            BigDecimal value = v == null ? null : v.value();
            return new Computed(
                    value,
                    v == null ? null : v.numerator(),
                    v == null ? null : v.denominator(),
                    v == null ? null : v.source(),
                    v == null ? null : v.definition(),
                    false,
                    leaf.rule().score(value, leaf.maxPoints()));
        }
        SurveyRow row = surveys.get(leaf.indicatorKey());
        BigDecimal value = row == null ? null : row.value();
        return new Computed(
                value,
                row == null || row.respondents() == null
                        ? null
                        : row.respondents().longValue(),
                null,
                row == null ? "survey (not imported)" : "survey: " + (row.source() == null ? "import" : row.source()),
                "SIPAS-style survey item " + leaf.indicatorKey() + " (0 … 100); numerator = respondents",
                false,
                leaf.rule().score(value, leaf.maxPoints()));
    }

    public BigDecimal selfScore(CriteriaTree.Node leaf) {
        CriterionScore s = scores.get(leaf.code());
        Computed c = computed(leaf);
        return LeafScores.base(leaf.method(), s == null ? null : s.getSelfScore(), c == null ? null : c.score());
    }

    public BigDecimal currentScore(CriteriaTree.Node leaf) {
        CriterionScore s = scores.get(leaf.code());
        if (s != null && s.getFinalScore() != null) {
            return s.getFinalScore();
        }
        Computed c = computed(leaf);
        return LeafScores.current(
                leaf.method(),
                s == null ? null : s.getSelfScore(),
                c == null ? null : c.score(),
                s == null ? null : s.getAppraisedScore(),
                s == null ? null : s.getReappraisedScore());
    }

    public boolean missingEvidence(CriteriaTree.Node leaf) {
        CriterionScore s = scores.get(leaf.code());
        return LeafScores.claimsWithoutEvidence(
                leaf.method(),
                s == null ? null : s.getSelfScore(),
                links.getOrDefault(leaf.code(), List.of()).size());
    }

    public List<CriteriaTree.Node> leavesMissingEvidence() {
        return tree.leaves().stream().filter(this::missingEvidence).toList();
    }

    public CriteriaTree.Result selfResult() {
        Map<String, BigDecimal> points = new HashMap<>();
        tree.leaves().forEach(l -> points.put(l.code(), selfScore(l)));
        return tree.result(points);
    }

    public CriteriaTree.Result currentResult() {
        Map<String, BigDecimal> points = new HashMap<>();
        tree.leaves().forEach(l -> points.put(l.code(), currentScore(l)));
        return tree.result(points);
    }
}
