package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.document.ConclusionPdf;
import vn.cchc.inspections.domain.Conclusion;
import vn.cchc.inspections.domain.Finding;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.InspectionStatus;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.domain.TeamMember;
import vn.cchc.inspections.domain.rules.DateRules;
import vn.cchc.inspections.domain.rules.WorkingDays;
import vn.cchc.inspections.event.InspectionEvents;
import vn.cchc.inspections.repository.ConclusionRepository;
import vn.cchc.inspections.repository.FindingRepository;
import vn.cchc.inspections.repository.PlanRepository;
import vn.cchc.inspections.repository.RemediationRepository;
import vn.cchc.inspections.repository.TeamMemberRepository;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.InspectionDtos.ConclusionInput;
import vn.cchc.inspections.service.InspectionDtos.ConclusionView;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.time.VietnamTime;

/** The conclusion notice: draft while ENDED, issued once (ENDED → CONCLUDED, InspectionConcluded), PDF. */
@ApplicationScoped
public class ConclusionService {

    private final Revisions revisions;
    private final ConclusionRepository conclusions;
    private final PlanRepository plans;
    private final FindingRepository findings;
    private final RemediationRepository remediation;
    private final TeamMemberRepository team;
    private final InspectionEvents events;
    private final AccessPolicy access;
    private final Inputs inputs;
    private final Views views;
    private final Clock clock;

    public ConclusionService(
            ConclusionRepository conclusions,
            PlanRepository plans,
            FindingRepository findings,
            RemediationRepository remediation,
            TeamMemberRepository team,
            InspectionEvents events,
            AccessPolicy access,
            Inputs inputs,
            Views views,
            Clock clock,
            Revisions revisions) {
        this.revisions = revisions;
        this.conclusions = conclusions;
        this.plans = plans;
        this.findings = findings;
        this.remediation = remediation;
        this.team = team;
        this.events = events;
        this.access = access;
        this.inputs = inputs;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    public ETags.Tagged<ConclusionView> get(UUID id, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        return new ETags.Tagged<>(view(i, readable(i, caller)), i.getVersion());
    }

    @Transactional
    public ETags.Tagged<ConclusionView> save(UUID id, ConclusionInput in, String ifMatch, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        revisions.require(ifMatch, i, caller);
        inputs.check(in);
        i.require(InspectionStatus.ENDED, "write the conclusion of");
        Violations v = new Violations();
        DateRules.noticeDate(v, "noticeDate", in.noticeDate(), i.getEndedOn());
        v.throwIfAny();
        Conclusion c = conclusions.findById(i.getId());
        if (c == null) {
            c = new Conclusion(i.getId());
            c.edit(
                    in.number(),
                    in.noticeDate(),
                    in.signer(),
                    in.signerTitle(),
                    in.strengths(),
                    in.shortcomings(),
                    in.requests(),
                    OffsetDateTime.now(clock));
            conclusions.persist(c);
        } else {
            c.edit(
                    in.number(),
                    in.noticeDate(),
                    in.signer(),
                    in.signerTitle(),
                    in.strengths(),
                    in.shortcomings(),
                    in.requests(),
                    OffsetDateTime.now(clock));
        }
        long revision = revisions.next(i);
        return new ETags.Tagged<>(view(i, c), revision);
    }

    /** Issues the notice: number, date and signer are required; the notice date is not before the visit ended. */
    @Transactional
    public ConclusionView issue(UUID id, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        i.require(InspectionStatus.ENDED, "issue the conclusion of");
        Conclusion c = conclusions.findById(i.getId());
        if (c == null) {
            throw ProblemException.conflict(Messages.SAVE_CONCLUSION_DRAFT_BEFORE_ISSUING);
        }
        Violations v = new Violations();
        if (c.getNumber() == null || c.getNumber().isBlank()) {
            v.add("number", "required", Messages.NOTICE_NEEDS_NUMBER);
        }
        if (c.getNoticeDate() == null) {
            v.add("noticeDate", "required", Messages.NOTICE_NEEDS_DATE);
        } else {
            DateRules.noticeDate(v, "noticeDate", c.getNoticeDate(), i.getEndedOn());
        }
        if (c.getSigner() == null || c.getSigner().isBlank()) {
            v.add("signer", "required", Messages.NOTICE_NEEDS_SIGNER);
        }
        v.throwIfAny();
        OffsetDateTime now = OffsetDateTime.now(clock);
        c.issue(caller.username(), now);
        i.conclude();
        events.concluded(
                i,
                plans.findById(i.getPlanId()),
                c,
                findings.ofInspection(i.getId()),
                remediation.ofInspection(i.getId()),
                views.today(),
                now);
        return view(i, c);
    }

    @Transactional
    public byte[] pdf(UUID id, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        Conclusion c = readable(i, caller);
        InspectionPlan plan = plans.findById(i.getPlanId());
        DecimalFormat number = new DecimalFormat("#,##0.##");
        List<String> figures = findings.ofInspection(i.getId()).stream()
                .filter(f -> f.getKind() == Finding.Kind.WEAKNESS)
                .flatMap(f -> f.getFigures().stream())
                .map(f -> f.getLabel() + ": " + number.format(f.getValue())
                        + (f.getUnit() == null ? "" : " " + f.getUnit())
                        + " (nguồn " + f.getSource()
                        + (f.getAsOf() == null
                                ? ""
                                : ", số liệu đến "
                                        + f.getAsOf()
                                                .atZoneSameInstant(VietnamTime.ZONE)
                                                .toLocalDate())
                        + ")")
                .toList();
        String teamLeader = team.ofPlan(plan.getId()).stream()
                .filter(m -> m.getRole() == TeamMember.Role.LEADER)
                .map(TeamMember::getName)
                .findFirst()
                .orElse(null);
        return ConclusionPdf.render(new ConclusionPdf.Content(
                plan.getIssuer(),
                "Đoàn kiểm tra công tác CCHC",
                c.getNumber(),
                c.getNoticeDate(),
                null,
                i.getUnitName(),
                plan.getNumber(),
                plan.getPlanDate(),
                i.getScheduledFrom(),
                i.getScheduledTo(),
                c.getStrengths(),
                c.getShortcomings(),
                c.getRequests(),
                figures,
                c.getSignerTitle(),
                c.getSigner() != null ? c.getSigner() : teamLeader,
                !c.isIssued()));
    }

    /** The team sees drafts; the inspected unit only the issued notice. */
    private Conclusion readable(Inspection i, Caller caller) {
        Conclusion c = conclusions.findById(i.getId());
        InspectionPlan plan = plans.findById(i.getPlanId());
        boolean teamSide = access.isTeamSide(plan, caller);
        if (c == null || (!c.isIssued() && !teamSide)) {
            throw ProblemException.notFound(Messages.CONCLUSION_NOTICE_YET);
        }
        return c;
    }

    private ConclusionView view(Inspection i, Conclusion c) {
        return new ConclusionView(
                i.getId(),
                c.getNumber(),
                c.getNoticeDate(),
                c.getSigner(),
                c.getSignerTitle(),
                c.getStrengths(),
                c.getShortcomings(),
                c.getRequests(),
                c.isIssued(),
                c.getIssuedAt(),
                i.getConclusionDue(),
                late(i, c));
    }

    /** Issued after the due date; for a draft: already past the due date, or dated after it (a warning). */
    private boolean late(Inspection i, Conclusion c) {
        if (c.isIssued()) {
            return WorkingDays.isLate(i.getConclusionDue(), c.getNoticeDate(), views.today());
        }
        return WorkingDays.isLate(i.getConclusionDue(), null, views.today())
                || WorkingDays.isLate(i.getConclusionDue(), c.getNoticeDate(), views.today());
    }
}
