package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

/**
 * The points a value would give a criterion, computed by the same {@code ScoringRule} as a saved self-assessment or
 * appraisal (docs/domain/par-index.md): the SPA shows this instead of scoring in the browser. Nothing is written.
 */
@ApplicationScoped
public class ScorePreviewService {

    /** The preview: {@code points} two decimals (negative for a penalty) out of the criterion's {@code maxPoints}. */
    public record ScorePreview(
            String code, BigDecimal value, BigDecimal points, BigDecimal maxPoints, boolean countsTowardsMaximum) {}

    private final CriteriaSetService sets;

    public ScorePreviewService(CriteriaSetService sets) {
        this.sets = sets;
    }

    /**
     * Scores {@code value} (null = no value: scored by the rule's no-data policy) for criterion {@code code} of set
     * {@code id}, as the caller may read the set (404 otherwise). A value the save would refuse is refused the same way
     * (400, field {@code value}); an unknown criterion is 404, an inner one 400 (field {@code code}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScorePreview preview(long id, String code, BigDecimal value, Caller caller) {
        CriteriaSetService.SetWithTree s = sets.visible(id, caller);
        CriteriaTree.Node leaf = s.tree() == null ? null : s.tree().byCode().get(code);
        if (leaf == null) {
            throw ProblemException.notFound(
                    Messages.CRITERIA_SET_HAS_CRITERION, s.set().getCode(), code);
        }
        if (!leaf.isLeaf() || leaf.rule() == null) {
            throw ProblemException.invalid("code", "leaf", Messages.CRITERION_HAS_COMPONENT_CRITERIA_SCORE, code);
        }
        String problem = leaf.rule().checkValue(value, leaf.maxPoints());
        if (problem != null) {
            throw ProblemException.invalid(
                    "value", leaf.rule().valueProblem(value, leaf.maxPoints()).code(), problem);
        }
        return new ScorePreview(
                code, value, leaf.rule().score(value, leaf.maxPoints()), leaf.maxPoints(), leaf.counted());
    }
}
