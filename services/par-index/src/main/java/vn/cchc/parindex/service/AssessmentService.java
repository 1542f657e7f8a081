package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.AssessmentFilter;
import vn.cchc.parindex.domain.AssessmentStatus;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.domain.CriterionScore;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.domain.WorkflowAction;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.event.ParIndexEvents;
import vn.cchc.parindex.repository.AssessmentRepository;
import vn.cchc.parindex.repository.CriteriaSetRepository;
import vn.cchc.parindex.repository.CriterionScoreRepository;
import vn.cchc.parindex.repository.EvidenceRepository;
import vn.cchc.parindex.repository.ReadModelRepository;
import vn.cchc.parindex.security.AccessPolicy;
import vn.cchc.parindex.service.AssessmentDtos.AppraisalRequest;
import vn.cchc.parindex.service.AssessmentDtos.CreateAssessmentRequest;
import vn.cchc.parindex.service.AssessmentDtos.ExplanationRequest;
import vn.cchc.parindex.service.AssessmentDtos.SelfRequest;
import vn.cchc.parindex.service.AssessmentDtos.SubmitRequest;
import vn.cchc.shared.contract.ParIndexEventV1;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.http.Preconditions;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/** The assessment workflow: self-assessment, appraisal, explanation, re-appraisal, finalisation, publication. */
@ApplicationScoped
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final CriteriaSetRepository setRepository;
    private final CriteriaSetService sets;
    private final CriterionScoreRepository scores;
    private final EvidenceRepository evidence;
    private final UnitCopyRepository units;
    private final ReadModelRepository models;
    private final AutomaticValues automatic;
    private final AccessPolicy access;
    private final ParIndexEvents events;
    private final EntityManager em;
    private final Validator validator;
    private final Clock clock;
    private final Preconditions preconditions;

    public AssessmentService(
            AssessmentRepository assessments,
            CriteriaSetRepository setRepository,
            CriteriaSetService sets,
            CriterionScoreRepository scores,
            EvidenceRepository evidence,
            UnitCopyRepository units,
            ReadModelRepository models,
            AutomaticValues automatic,
            AccessPolicy access,
            ParIndexEvents events,
            EntityManager em,
            Validator validator,
            Clock clock,
            Preconditions preconditions) {
        this.preconditions = preconditions;
        this.assessments = assessments;
        this.setRepository = setRepository;
        this.sets = sets;
        this.scores = scores;
        this.evidence = evidence;
        this.units = units;
        this.models = models;
        this.automatic = automatic;
        this.access = access;
        this.events = events;
        this.em = em;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Starts a DRAFT: leader/specialist of the unit or admin of the province (403 before the body is checked), an
     * ACTIVE set of the unit's province, one assessment per unit and set.
     */
    @Transactional
    public Assessment create(CreateAssessmentRequest request, Caller caller) {
        access.requireStarter(caller);
        Bodies.requireValid(validator, request);
        String unitCode = request.unitCode().trim();
        CriteriaSet set = setRepository
                .findByIdOptional(request.criteriaSetId())
                .filter(s -> access.canSeeSet(caller, s))
                .orElseThrow(() -> ProblemException.invalid(
                        "criteriaSetId", "exists", Messages.CRITERIA_SET_2, request.criteriaSetId()));
        access.requireStart(caller, set, unitCode);
        if (!CriteriaSetService.ACTIVE.equals(set.getStatus())) {
            throw ProblemException.conflict(
                    Messages.CRITERIA_SET_ASSESSMENTS_NEED_ACTIVE, set.getCode(), set.getStatus());
        }
        UnitCopy unit = units.byCode(unitCode)
                .orElseThrow(() ->
                        ProblemException.invalid("unitCode", "exists", Messages.UNIT_KNOWN_YET_PAR_INDEX, unitCode));
        if (!AccessPolicy.rootOf(unit.getPath()).map(set.getProvince()::equals).orElse(false)) {
            throw ProblemException.invalid("unitCode", "province", Messages.UNIT_PROVINCE, unitCode, set.getProvince());
        }
        if (assessments.findBySetAndUnit(set.getId(), unitCode).isPresent()) {
            throw ProblemException.conflict(Messages.UNIT_ALREADY_HAS_ASSESSMENT_AGAINST, unitCode, set.getCode());
        }
        OffsetDateTime now = now();
        Assessment a = Assessment.start(set, unit.getCode(), unit.getName(), unit.getPath(), caller.username(), now);
        assessments.persist(a);
        assessments.flush();
        history(a, null, AssessmentStatus.DRAFT, caller.username(), now);
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Assessment> search(Caller caller, AssessmentFilter filter, PageRequest page) {
        return assessments.search(access.assessmentScope(caller), filter, page);
    }

    /** What the appraiser's assessment list holds in the two waiting states; 403 for any other caller. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentDtos.AppraisalWorkCounts workCounts(Caller caller) {
        String province = access.requireAppraiserProvince(caller);
        var scope = access.assessmentScope(caller);
        return new AssessmentDtos.AppraisalWorkCounts(
                province,
                assessments.count(scope, waiting(AssessmentStatus.SUBMITTED)),
                assessments.count(scope, waiting(AssessmentStatus.EXPLANATION)));
    }

    private static AssessmentFilter waiting(AssessmentStatus status) {
        return new AssessmentFilter(null, status, null, null, null);
    }

    /** The assessment if the caller may see its detail, else 404 (403 for callers without access to par-index). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment visible(long id, Caller caller) {
        access.requireReader(caller);
        Assessment a =
                assessments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(Messages.ASSESSMENT, id));
        access.requireDetail(caller, a);
        return a;
    }

    /** The assessment if the caller may see at least its result (published: every reader), else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Assessment resultVisible(long id, Caller caller) {
        access.requireReader(caller);
        Assessment a =
                assessments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(Messages.ASSESSMENT, id));
        access.requireResult(caller, a);
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentContext context(Assessment a) {
        CriteriaSetService.SetWithTree s = sets.get(a.getSetId());
        boolean frozen = a.getStatus().frozen();
        return new AssessmentContext(
                a,
                s.set(),
                s.tree(),
                scores.ofAssessment(a.getId()),
                evidence.linksByCriterion(a.getId()),
                frozen ? java.util.Map.of() : automatic.compute(a.getUnitCode(), a.getUnitPath(), a.getYear()),
                frozen ? java.util.Map.of() : models.surveysOf(a.getYear(), a.getUnitCode()));
    }

    public List<WorkflowAction> allowedActions(Assessment a, Caller caller) {
        return WorkflowAction.availableFrom(a.getStatus()).stream()
                .filter(x -> access.mayTake(caller, a, x))
                .toList();
    }

    @Transactional
    public AssessmentContext saveSelf(long id, String code, SelfRequest request, String ifMatch, Caller caller) {
        Assessment a = visible(id, caller);
        access.requireUnitActor(caller, a);
        preconditions.require(ifMatch, a.getVersion(), caller); // 412 stale / 428 absent (ADR 0013)
        Bodies.requireValid(validator, request);
        requireState(a, "change the self-assessment", AssessmentStatus.DRAFT);
        AssessmentContext ctx = context(a);
        CriteriaTree.Node leaf = leaf(ctx, code);
        if (leaf.method() != ScoringMethod.SELF_APPRAISED) {
            throw ProblemException.invalid(
                    "code",
                    "method",
                    Messages.CRITERION_VALUE_COMES_FROM,
                    code,
                    leaf.method(),
                    (leaf.method() == ScoringMethod.AUTOMATIC ? "data" : "the survey"));
        }
        checkValue(leaf, request.value());
        List<UUID> ids =
                request.evidenceIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.evidenceIds()));
        checkEvidence(a, ids);
        CriterionScore s = row(ctx, code);
        s.self(
                request.value(),
                request.value() == null ? null : leaf.rule().score(request.value(), leaf.maxPoints()),
                blankToNull(request.note()),
                caller.username(),
                now());
        evidence.replaceLinks(a.getId(), code, "SELF", ids);
        a.touch(now());
        assessments.flush(); // the answer's ETag names the revision this write made
        return context(a);
    }

    @Transactional
    public AssessmentContext saveAppraisal(
            long id, String code, AppraisalRequest request, String ifMatch, Caller caller) {
        Assessment a = visible(id, caller);
        access.requireAppraiser(caller, a);
        preconditions.require(ifMatch, a.getVersion(), caller); // 412 stale / 428 absent (ADR 0013)
        Bodies.requireValid(validator, request);
        requireState(a, "appraise criteria", AssessmentStatus.SUBMITTED, AssessmentStatus.EXPLANATION);
        AssessmentContext ctx = context(a);
        CriteriaTree.Node leaf = leaf(ctx, code);
        checkValue(leaf, request.value());
        BigDecimal score = request.value() == null ? null : leaf.rule().score(request.value(), leaf.maxPoints());
        CriterionScore s = row(ctx, code);
        if (a.getStatus() == AssessmentStatus.SUBMITTED) {
            s.appraise(request.value(), score, blankToNull(request.comment()), caller.username(), now());
        } else {
            s.reappraise(request.value(), score, blankToNull(request.comment()), caller.username(), now());
        }
        a.touch(now());
        assessments.flush(); // the answer's ETag names the revision this write made
        return context(a);
    }

    @Transactional
    public AssessmentContext saveExplanation(
            long id, String code, ExplanationRequest request, String ifMatch, Caller caller) {
        Assessment a = visible(id, caller);
        access.requireUnitActor(caller, a);
        preconditions.require(ifMatch, a.getVersion(), caller); // 412 stale / 428 absent (ADR 0013)
        Bodies.requireValid(validator, request);
        requireState(a, "explain", AssessmentStatus.APPRAISED);
        AssessmentContext ctx = context(a);
        leaf(ctx, code);
        List<UUID> ids =
                request.evidenceIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.evidenceIds()));
        checkEvidence(a, ids);
        row(ctx, code).explain(request.explanation().trim(), caller.username(), now());
        evidence.replaceLinks(a.getId(), code, "EXPLANATION", ids);
        a.touch(now());
        assessments.flush(); // the answer's ETag names the revision this write made
        return context(a);
    }

    /** Takes a workflow step. 404 unknown step or invisible assessment, 403 wrong actor, 409 wrong state. */
    @Transactional
    public Assessment act(
            long id, String slug, java.util.function.Supplier<SubmitRequest> bodyOf, String ifMatch, Caller caller) {
        access.requireReader(caller);
        WorkflowAction action = WorkflowAction.ofSlug(slug);
        if (action == null) {
            throw ProblemException.notFound(
                    Messages.STEP_NAME_STEPS,
                    List.of(WorkflowAction.values()).stream()
                            .map(WorkflowAction::slug)
                            .toList());
        }
        Assessment a = visible(id, caller);
        access.requireAction(caller, a, action);
        if (ifMatch != null && !ifMatch.isBlank()) {
            ETags.requireMatch(ifMatch, a.getVersion()); // a step honours If-Match when sent (ADR 0013)
        }
        SubmitRequest body = bodyOf.get();
        if (body != null) {
            Bodies.requireValid(validator, body);
        }
        if (!action.allowedFrom(a.getStatus())) {
            throw ProblemException.conflict(
                    Messages.CANNOT_ASSESSMENT_MUST, action.slug(), a.getStatus(), action.from());
        }
        return advance(a, action, body, caller.username());
    }

    /**
     * Applies a step whose actor and state were checked (also used by the demo data): confirmation of missing
     * evidence, freezing and totals at finalisation, history and the outbox events, all in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessment advance(Assessment a, WorkflowAction action, SubmitRequest body, String actor) {
        if (!action.allowedFrom(a.getStatus())) {
            throw ProblemException.conflict(Messages.CANNOT_ASSESSMENT, action.slug(), a.getStatus());
        }
        AssessmentContext ctx = context(a);
        OffsetDateTime now = now();
        AssessmentStatus from = a.getStatus();
        List<ParIndexEventV1.CriterionClaim> claims = List.of();
        CriteriaTree.Result result = null;
        switch (action) {
            case SUBMIT -> claims = confirmMissing(a, ctx, body);
            case FINALISE -> result = finalise(ctx);
            case PUBLISH -> result = ctx.currentResult();
            default -> {}
        }
        a.move(action, now);
        em.flush();
        history(a, from, a.getStatus(), actor, now);
        String setCode = ctx.set().getCode();
        if (action == WorkflowAction.PUBLISH) {
            events.publish(ParIndexEventV1.RESULT_PUBLISHED, a, setCode, List.of(), result, actor, now);
        } else {
            events.publish(ParIndexEventV1.STATUS_CHANGED, a, setCode, claims, result, actor, now);
        }
        if (!claims.isEmpty()) {
            events.publish(ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE, a, setCode, claims, null, actor, now);
        }
        return a;
    }

    private List<ParIndexEventV1.CriterionClaim> confirmMissing(
            Assessment a, AssessmentContext ctx, SubmitRequest body) {
        List<CriteriaTree.Node> missing = ctx.leavesMissingEvidence();
        Set<String> confirmed = body == null || body.confirmMissingEvidence() == null
                ? Set.of()
                : Set.copyOf(body.confirmMissingEvidence());
        List<Problem.Violation> unconfirmed = new ArrayList<>();
        for (CriteriaTree.Node n : missing) {
            if (!confirmed.contains(n.code())) {
                unconfirmed.add(new Problem.Violation(
                        "confirmMissingEvidence",
                        "evidenceMissing",
                        n.code() + " " + n.name() + ": claims "
                                + ctx.scores().get(n.code()).getSelfScore().toPlainString()
                                + " points without evidence"));
            }
        }
        if (!unconfirmed.isEmpty()) {
            throw new ProblemException(
                    409,
                    "evidence-missing",
                    "Criteria claim points without evidence",
                    unconfirmed.size() + " criteria claim points without evidence; link evidence or confirm them in "
                            + "confirmMissingEvidence: "
                            + missing.stream().map(CriteriaTree.Node::code).toList(),
                    unconfirmed);
        }
        a.confirmMissing(
                missing.isEmpty()
                        ? null
                        : String.join(
                                ",",
                                missing.stream().map(CriteriaTree.Node::code).toList()));
        return missing.stream()
                .map(n -> new ParIndexEventV1.CriterionClaim(
                        n.code(), n.name(), ctx.scores().get(n.code()).getSelfScore(), n.maxPoints()))
                .toList();
    }

    /** Freezes automatic and survey values, fixes each leaf's final score and the totals. */
    private CriteriaTree.Result finalise(AssessmentContext ctx) {
        OffsetDateTime now = now();
        for (CriteriaTree.Node leaf : ctx.tree().leaves()) {
            CriterionScore s = row(ctx, leaf.code());
            var c = ctx.computed(leaf);
            if (c != null && !c.frozen()) {
                s.freezeAutomatic(c.value(), c.numerator(), c.denominator(), c.source());
            }
        }
        CriteriaTree.Result result = ctx.currentResult();
        for (CriteriaTree.Node leaf : ctx.tree().leaves()) {
            CriterionScore s = ctx.scores().get(leaf.code());
            s.finalScore(ctx.currentScore(leaf));
        }
        ctx.assessment()
                .recordResult(
                        result.points(),
                        result.maxPoints(),
                        result.percent(),
                        result.group() == null ? null : result.group().name());
        return result;
    }

    private CriterionScore row(AssessmentContext ctx, String code) {
        CriterionScore s = ctx.scores().get(code);
        if (s == null) {
            s = new CriterionScore(ctx.assessment().getId(), code);
            s.self(null, null, null, "system", now());
            scores.persist(s);
            ctx.scores().put(code, s);
        }
        return s;
    }

    private static CriteriaTree.Node leaf(AssessmentContext ctx, String code) {
        CriteriaTree.Node node = ctx.nodes().get(code);
        if (node == null) {
            throw ProblemException.notFound(
                    Messages.CRITERIA_SET_HAS_CRITERION, ctx.set().getCode(), code);
        }
        if (!node.isLeaf()) {
            throw ProblemException.invalid("code", "leaf", Messages.CRITERION_HAS_COMPONENT_CRITERIA_SCORE, code);
        }
        return node;
    }

    private static void checkValue(CriteriaTree.Node leaf, BigDecimal value) {
        String problem = leaf.rule().checkValue(value, leaf.maxPoints());
        if (problem != null) {
            throw ProblemException.invalid(
                    "value", leaf.rule().valueProblem(value, leaf.maxPoints()).code(), problem);
        }
    }

    private void checkEvidence(Assessment a, List<UUID> ids) {
        if (evidence.countKnown(a.getId(), ids) != ids.size()) {
            throw ProblemException.invalid("evidenceIds", "exists", Messages.EVERY_DOCUMENT_MUST_UPLOADED_ASSESSMENT);
        }
    }

    private static void requireState(Assessment a, String what, AssessmentStatus... states) {
        if (!List.of(states).contains(a.getStatus())) {
            throw ProblemException.conflict(Messages.CANNOT_WHILE_ASSESSMENT, what, a.getStatus());
        }
    }

    private void history(Assessment a, AssessmentStatus from, AssessmentStatus to, String actor, OffsetDateTime at) {
        assessments.recordTransition(a.getId(), from, to, actor == null ? "unknown" : actor, at);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
