package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.CriterionScore;
import vn.cchc.parindex.domain.WorkflowAction;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.mapping.AssessmentMapper;
import vn.cchc.parindex.repository.CriteriaSetRepository;
import vn.cchc.parindex.service.AssessmentDtos.AssessmentDetail;
import vn.cchc.parindex.service.AssessmentDtos.AssessmentView;
import vn.cchc.parindex.service.AssessmentDtos.AutomaticView;
import vn.cchc.parindex.service.AssessmentDtos.Computed;
import vn.cchc.parindex.service.AssessmentDtos.CriterionView;
import vn.cchc.parindex.service.AssessmentDtos.FieldResultView;
import vn.cchc.parindex.service.AssessmentDtos.LeafEntry;
import vn.cchc.parindex.service.AssessmentDtos.MissingEvidence;
import vn.cchc.parindex.service.AssessmentDtos.ResultView;
import vn.cchc.parindex.service.AssessmentDtos.Totals;
import vn.cchc.shared.security.Caller;

/** Builds the API views of an assessment from its scoring context. */
@ApplicationScoped
public class AssessmentViews {

    private final AssessmentMapper mapper;
    private final AssessmentService service;
    private final CriteriaSetRepository sets;

    public AssessmentViews(AssessmentMapper mapper, AssessmentService service, CriteriaSetRepository sets) {
        this.mapper = mapper;
        this.service = service;
        this.sets = sets;
    }

    public AssessmentView view(Assessment a, Caller caller) {
        String setCode =
                sets.findByIdOptional(a.getSetId()).map(s -> s.getCode()).orElse(null);
        return view(a, setCode, caller);
    }

    private AssessmentView view(Assessment a, String setCode, Caller caller) {
        return mapper.toView(
                a,
                setCode,
                service.allowedActions(a, caller).stream()
                        .map(WorkflowAction::slug)
                        .toList(),
                a.getMissingConfirmed() == null
                        ? List.of()
                        : List.of(a.getMissingConfirmed().split(",")));
    }

    public AssessmentDetail detail(AssessmentContext ctx, Caller caller) {
        CriteriaTree.Result self = ctx.selfResult();
        CriteriaTree.Result current = ctx.currentResult();
        Map<String, CriteriaTree.NodeResult> selfByCode = new HashMap<>();
        Map<String, CriteriaTree.NodeResult> currentByCode = new HashMap<>();
        self.fields().forEach(f -> index(f, selfByCode));
        current.fields().forEach(f -> index(f, currentByCode));
        List<CriterionView> criteria = ctx.tree().fields().stream()
                .map(n -> node(ctx, n, selfByCode, currentByCode))
                .toList();
        List<MissingEvidence> missing = missing(ctx);
        return new AssessmentDetail(
                view(ctx.assessment(), ctx.set().getCode(), caller),
                new Totals(
                        self.points(),
                        current.points(),
                        current.maxPoints(),
                        self.percent(),
                        current.percent(),
                        current.group() == null ? null : current.group().name()),
                missing,
                criteria);
    }

    public List<MissingEvidence> missing(AssessmentContext ctx) {
        return ctx.leavesMissingEvidence().stream()
                .map(n -> new MissingEvidence(
                        n.code(), n.name(), ctx.scores().get(n.code()).getSelfScore(), n.maxPoints()))
                .toList();
    }

    public ResultView result(AssessmentContext ctx) {
        CriteriaTree.Result r = ctx.currentResult();
        Assessment a = ctx.assessment();
        return new ResultView(
                a.getId(),
                a.getUnitCode(),
                a.getUnitName(),
                a.getYear(),
                a.getLevel(),
                a.getStatus().name(),
                a.getStatus().frozen(),
                r.points(),
                r.maxPoints(),
                r.percent(),
                r.group() == null ? null : r.group().name(),
                r.fields().stream()
                        .map(f -> new FieldResultView(f.code(), f.name(), f.points(), f.maxPoints(), f.percent()))
                        .toList());
    }

    public List<AutomaticView> automatic(AssessmentContext ctx) {
        return ctx.tree().leaves().stream()
                .filter(l -> ctx.computed(l) != null)
                .map(l -> new AutomaticView(l.code(), l.name(), l.indicatorKey(), l.method(), ctx.computed(l)))
                .toList();
    }

    private static void index(CriteriaTree.NodeResult r, Map<String, CriteriaTree.NodeResult> out) {
        out.put(r.code(), r);
        r.children().forEach(c -> index(c, out));
    }

    private CriterionView node(
            AssessmentContext ctx,
            CriteriaTree.Node n,
            Map<String, CriteriaTree.NodeResult> self,
            Map<String, CriteriaTree.NodeResult> current) {
        LeafEntry entry = null;
        if (n.isLeaf()) {
            CriterionScore s = ctx.scores().get(n.code());
            Computed c = ctx.computed(n);
            entry = new LeafEntry(
                    s == null ? null : s.getSelfValue(),
                    s == null ? null : s.getSelfScore(),
                    s == null ? null : s.getSelfNote(),
                    ctx.links().getOrDefault(n.code(), List.of()),
                    ctx.missingEvidence(n),
                    s == null ? null : s.getAppraisedValue(),
                    s == null ? null : s.getAppraisedScore(),
                    s == null ? null : s.getAppraiserComment(),
                    s == null ? null : s.getExplanation(),
                    s == null ? null : s.getReappraisedValue(),
                    s == null ? null : s.getReappraisedScore(),
                    s == null ? null : s.getReappraisalComment(),
                    c,
                    ctx.currentScore(n),
                    s == null ? null : s.getFinalScore());
        }
        CriteriaTree.NodeResult sr = self.get(n.code());
        CriteriaTree.NodeResult cr = current.get(n.code());
        return new CriterionView(
                n.code(),
                n.name(),
                n.maxPoints(),
                n.method(),
                n.indicatorKey(),
                n.rule(),
                n.sample(),
                sr == null ? null : sr.points(),
                cr == null ? null : cr.points(),
                cr == null ? null : cr.percent(),
                entry,
                n.children().stream().map(ch -> node(ctx, ch, self, current)).toList());
    }
}
