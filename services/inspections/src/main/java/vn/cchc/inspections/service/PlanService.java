package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import vn.cchc.inspections.domain.Conclusion;
import vn.cchc.inspections.domain.ContentGroup;
import vn.cchc.inspections.domain.Finding;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.domain.RemediationStatus;
import vn.cchc.inspections.domain.TeamMember;
import vn.cchc.inspections.domain.rules.DateRules;
import vn.cchc.inspections.domain.rules.WorkingDays;
import vn.cchc.inspections.mapping.InspectionMapper;
import vn.cchc.inspections.repository.ConclusionRepository;
import vn.cchc.inspections.repository.ContentGroupRepository;
import vn.cchc.inspections.repository.FindingRepository;
import vn.cchc.inspections.repository.InspectionRepository;
import vn.cchc.inspections.repository.PlanRepository;
import vn.cchc.inspections.repository.RemediationRepository;
import vn.cchc.inspections.repository.SelfReportRepository;
import vn.cchc.inspections.repository.TeamMemberRepository;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.InspectionDtos.Dashboard;
import vn.cchc.inspections.service.InspectionDtos.DashboardRow;
import vn.cchc.inspections.service.InspectionDtos.InspectionInput;
import vn.cchc.inspections.service.InspectionDtos.InspectionView;
import vn.cchc.inspections.service.InspectionDtos.PlanInput;
import vn.cchc.inspections.service.InspectionDtos.PlanSummary;
import vn.cchc.inspections.service.InspectionDtos.PlanUpdate;
import vn.cchc.inspections.service.InspectionDtos.PlanView;
import vn.cchc.inspections.service.InspectionDtos.TeamMemberInput;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/** Plans, their teams and inspected units; the plan dashboard. */
@ApplicationScoped
public class PlanService {

    private final Revisions revisions;
    private final PlanRepository plans;
    private final TeamMemberRepository team;
    private final InspectionRepository inspections;
    private final ContentGroupRepository groups;
    private final UnitCopyRepository units;
    private final SelfReportRepository selfReports;
    private final FindingRepository findings;
    private final ConclusionRepository conclusions;
    private final RemediationRepository remediation;
    private final AccessPolicy access;
    private final Inputs inputs;
    private final CalendarCopyService calendar;
    private final Views views;
    private final InspectionMapper mapper;
    private final Clock clock;

    public PlanService(
            PlanRepository plans,
            TeamMemberRepository team,
            InspectionRepository inspections,
            ContentGroupRepository groups,
            UnitCopyRepository units,
            SelfReportRepository selfReports,
            FindingRepository findings,
            ConclusionRepository conclusions,
            RemediationRepository remediation,
            AccessPolicy access,
            Inputs inputs,
            CalendarCopyService calendar,
            Views views,
            InspectionMapper mapper,
            Clock clock,
            Revisions revisions) {
        this.revisions = revisions;
        this.plans = plans;
        this.team = team;
        this.inspections = inspections;
        this.groups = groups;
        this.units = units;
        this.selfReports = selfReports;
        this.findings = findings;
        this.conclusions = conclusions;
        this.remediation = remediation;
        this.access = access;
        this.inputs = inputs;
        this.calendar = calendar;
        this.views = views;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Creates a plan of the inspector's province. Everything is checked before anything is written: the body, the
     * content groups (known, once, valid on the plan's date), the units (of the province, once) and each visit's
     * dates (working days of the province, not before the plan's date); one 400 lists every violation.
     */
    @Transactional
    public PlanView create(PlanInput in, Caller caller) {
        String province = access.requireInspectorProvince(caller);
        inputs.check(in);
        List<InspectionInput> targets = in.inspections() == null ? List.of() : in.inspections();
        Violations v = new Violations();
        checkGroups(v, in.contentGroups(), in.planDate());
        List<UnitCopy> targetUnits = new ArrayList<>();
        var seen = new HashSet<String>();
        for (int k = 0; k < targets.size(); k++) {
            String prefix = "inspections[" + k + "].";
            InspectionInput t = targets.get(k);
            if (!seen.add(t.unitCode())) {
                v.add(prefix + "unitCode", "unique", Messages.UNIT_INSPECTED_ONCE_PER_PLAN);
                continue;
            }
            UnitCopy unit = unitOf(v, prefix, province, t.unitCode());
            targetUnits.add(unit);
            if (unit != null) {
                checkVisit(v, prefix, in.planDate(), in.year(), unit.getPath(), t);
            }
        }
        v.throwIfAny();
        if (plans.numberTaken(province, in.year(), in.number(), null)) {
            throw ProblemException.conflict(Messages.PLAN_ALREADY_EXISTS, in.number(), in.year());
        }
        InspectionPlan plan = new InspectionPlan(province, caller.username(), OffsetDateTime.now(clock));
        plan.update(in.number(), in.planDate(), in.issuer(), in.year(), in.scope(), in.contentGroups());
        plans.persist(plan);
        replaceTeam(plan, in.team() == null ? List.of() : in.team());
        for (int k = 0; k < targets.size(); k++) {
            persistInspection(plan, targetUnits.get(k), targets.get(k));
        }
        return view(plan);
    }

    @Transactional
    public ETags.Tagged<PlanView> update(UUID id, PlanUpdate in, String ifMatch, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, AccessPolicy.Level.MANAGE);
        revisions.require(ifMatch, plan, caller);
        inputs.check(in);
        Violations v = new Violations();
        checkGroups(v, in.contentGroups(), in.planDate());
        LocalDate firstVisit = inspections.ofPlan(plan.getId()).stream()
                .map(Inspection::getScheduledFrom)
                .min(LocalDate::compareTo)
                .orElse(null);
        if (firstVisit != null && in.planDate().isAfter(firstVisit)) {
            v.add("planDate", "notAfterFirstVisit", Messages.PLAN_DATED_BEFORE_FIRST_VISIT, firstVisit);
        }
        v.throwIfAny();
        if (plans.numberTaken(plan.getProvinceCode(), in.year(), in.number(), plan.getId())) {
            throw ProblemException.conflict(Messages.PLAN_ALREADY_EXISTS, in.number(), in.year());
        }
        plan.update(in.number(), in.planDate(), in.issuer(), in.year(), in.scope(), in.contentGroups());
        long revision = revisions.next(plan);
        return new ETags.Tagged<>(view(plan), revision);
    }

    @Transactional
    public ETags.Tagged<PlanView> replaceTeam(UUID id, List<TeamMemberInput> members, String ifMatch, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, AccessPolicy.Level.MANAGE);
        revisions.require(ifMatch, plan, caller);
        inputs.checkAll(members, InspectionDtos.MAX_TEAM);
        replaceTeam(plan, members);
        long revision = revisions.next(plan);
        return new ETags.Tagged<>(view(plan), revision);
    }

    @Transactional
    public InspectionView addInspection(UUID id, InspectionInput in, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, AccessPolicy.Level.MANAGE);
        inputs.check(in);
        Violations v = new Violations();
        UnitCopy unit = unitOf(v, "", plan.getProvinceCode(), in.unitCode());
        if (unit != null) {
            checkVisit(v, "", plan.getPlanDate(), plan.getYear(), unit.getPath(), in);
        }
        v.throwIfAny();
        if (inspections.inPlan(plan.getId(), unit.getCode())) {
            throw ProblemException.conflict(Messages.UNIT_ALREADY_INSPECTED_PLAN, in.unitCode());
        }
        if (inspections.countOfPlan(plan.getId()) >= InspectionDtos.MAX_PLAN_INSPECTIONS) {
            throw ProblemException.conflict(Messages.PLAN_INSPECTS_MOST_UNITS, InspectionDtos.MAX_PLAN_INSPECTIONS);
        }
        return views.inspection(persistInspection(plan, unit, in), plan);
    }

    /** One page of the plans the caller sees (newest first); {@code total} counts them all. */
    @Transactional
    public Listing<PlanSummary> list(Integer year, PageRequest page, Caller caller) {
        access.requireStaffWithUnit(caller);
        var query = plans.visible(access.inspectorProvince(caller), caller.username(), year);
        List<InspectionPlan> found = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size()))
                .list();
        return new Listing<>(
                found.stream()
                        .map(p -> new PlanSummary(
                                p.getId(),
                                p.getNumber(),
                                p.getPlanDate(),
                                p.getIssuer(),
                                p.getYear(),
                                p.getProvinceCode(),
                                (int) inspections.countOfPlan(p.getId())))
                        .toList(),
                query.count());
    }

    @Transactional
    public ETags.Tagged<PlanView> get(UUID id, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, AccessPolicy.Level.TEAM);
        return new ETags.Tagged<>(view(plan), plan.getVersion());
    }

    @Transactional
    public Dashboard dashboard(UUID id, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, AccessPolicy.Level.TEAM);
        LocalDate today = views.today();
        List<DashboardRow> rows = new ArrayList<>();
        for (Inspection i : inspections.ofPlan(plan.getId())) {
            List<Finding> fs = findings.ofInspection(i.getId());
            Conclusion c = conclusions.findById(i.getId());
            boolean issued = c != null && c.isIssued();
            List<RemediationItem> items = remediation.ofInspection(i.getId());
            rows.add(new DashboardRow(
                    i.getId(),
                    i.getUnitCode(),
                    i.getUnitName(),
                    i.getScheduledFrom(),
                    i.getScheduledTo(),
                    i.getStatus().name(),
                    selfReports.findById(i.getId()) != null,
                    fs.stream()
                            .filter(f -> f.getKind() == Finding.Kind.STRENGTH)
                            .count(),
                    fs.stream()
                            .filter(f -> f.getKind() == Finding.Kind.WEAKNESS)
                            .count(),
                    i.getConclusionDue(),
                    issued,
                    WorkingDays.isLate(i.getConclusionDue(), issued ? c.getNoticeDate() : null, today),
                    items.size(),
                    items.stream()
                            .filter(r -> r.getStatus() == RemediationStatus.COMPLETED)
                            .count(),
                    items.stream().filter(r -> r.isOverdue(today)).count()));
        }
        return new Dashboard(plan.getId(), plan.getNumber(), plan.getYear(), rows);
    }

    private void replaceTeam(InspectionPlan plan, List<TeamMemberInput> members) {
        team.deleteOfPlan(plan.getId());
        team.flush();
        int order = 0;
        for (TeamMemberInput m : members) {
            team.persist(new TeamMember(
                    plan.getId(),
                    m.name().strip(),
                    m.agency(),
                    TeamMember.Role.valueOf(m.role()),
                    m.username() == null || m.username().isBlank()
                            ? null
                            : m.username().strip(),
                    order++));
        }
    }

    /** The unit to inspect: known to this service and inside the plan's province, else {@code knownUnit}. */
    private UnitCopy unitOf(Violations v, String prefix, String province, String unitCode) {
        UnitCopy unit = units.findById(unitCode);
        if (unit == null || !Jurisdiction.covers(province, unit.getPath())) {
            v.add(prefix + "unitCode", "knownUnit", Messages.UNIT_UNIT_PROVINCE, unitCode, province);
            return null;
        }
        return unit;
    }

    private void checkVisit(
            Violations v, String prefix, LocalDate planDate, int year, String unitPath, InspectionInput in) {
        DateRules.visit(v, prefix, planDate, in.scheduledFrom(), in.scheduledTo(), calendar.forUnitPath(unitPath));
        if (v.isEmpty()) {
            evidencePeriod(v, prefix, year, in.scheduledFrom(), in.periodFrom(), in.periodTo());
        }
    }

    private Inspection persistInspection(InspectionPlan plan, UnitCopy unit, InspectionInput in) {
        Inspection inspection = new Inspection(plan.getId(), unit.getCode(), unit.getPath(), unit.getName());
        LocalDate[] period =
                evidencePeriod(null, "", plan.getYear(), in.scheduledFrom(), in.periodFrom(), in.periodTo());
        inspection.schedule(in.scheduledFrom(), in.scheduledTo(), period[0], period[1]);
        inspections.persist(inspection);
        return inspection;
    }

    /** Checks a (re)schedule of an inspection and applies it: visit days, then the evidence period. */
    void schedule(
            Inspection inspection,
            InspectionPlan plan,
            LocalDate from,
            LocalDate to,
            LocalDate periodFrom,
            LocalDate periodTo) {
        Violations v = new Violations();
        DateRules.visit(v, "", plan.getPlanDate(), from, to, calendar.forUnitPath(inspection.getUnitPath()));
        v.throwIfAny();
        LocalDate[] period = evidencePeriod(v, "", plan.getYear(), from, periodFrom, periodTo);
        v.throwIfAny();
        inspection.schedule(from, to, period[0], period[1]);
    }

    /**
     * The evidence period: by default 1 January of the plan's year to the day before the visit; it ends by the visit.
     * Violations go to {@code v} (null: already checked).
     */
    static LocalDate[] evidencePeriod(
            Violations v, String prefix, int year, LocalDate from, LocalDate periodFrom, LocalDate periodTo) {
        LocalDate pf = periodFrom != null
                ? periodFrom
                : LocalDate.of(year, 1, 1).isBefore(from) ? LocalDate.of(year, 1, 1) : from.withDayOfYear(1);
        LocalDate pt = periodTo != null ? periodTo : from.minusDays(1).isBefore(pf) ? pf : from.minusDays(1);
        if (v != null) {
            if (pt.isBefore(pf)) {
                v.add(prefix + "periodTo", "notBeforeStart", Messages.MUST_BEFORE_PERIODFROM);
            }
            if (pt.isAfter(from)) {
                v.add(prefix + "periodTo", "notAfterVisit", Messages.EVIDENCE_PERIOD_ENDS_VISIT);
            }
        }
        return new LocalDate[] {pf, pt};
    }

    /** Each content group known ({@code knownGroup}), listed once ({@code unique}) and valid on the plan's date. */
    private void checkGroups(Violations v, List<String> codes, LocalDate planDate) {
        var seen = new HashSet<String>();
        for (int k = 0; k < codes.size(); k++) {
            String field = "contentGroups[" + k + "]";
            ContentGroup g = groups.findById(codes.get(k));
            if (g == null) {
                v.add(field, "knownGroup", Messages.UNKNOWN_CONTENT_GROUP, codes.get(k));
            } else if (!seen.add(g.getCode())) {
                v.add(field, "unique", Messages.CONTENT_GROUP_LISTED_TWICE, g.getCode());
            } else if (planDate != null && !g.isValidOn(planDate)) {
                v.add(
                        field,
                        "validOnPlanDate",
                        Messages.CONTENT_GROUP_FORCE,
                        g.getCode(),
                        planDate,
                        g.getValidFrom(),
                        (g.getValidTo() == null ? "" : g.getValidTo()));
            }
        }
    }

    PlanView view(InspectionPlan plan) {
        return new PlanView(
                plan.getId(),
                plan.getNumber(),
                plan.getPlanDate(),
                plan.getIssuer(),
                plan.getYear(),
                plan.getScope(),
                plan.getProvinceCode(),
                List.copyOf(plan.getContentGroups()),
                mapper.toTeamViews(team.ofPlan(plan.getId())),
                inspections.ofPlan(plan.getId()).stream()
                        .map(i -> views.inspection(i, plan))
                        .toList(),
                plan.getVersion());
    }
}
