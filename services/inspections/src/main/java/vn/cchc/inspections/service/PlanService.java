package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.inspections.domain.Conclusion;
import vn.cchc.inspections.domain.Finding;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.domain.RemediationStatus;
import vn.cchc.inspections.domain.TeamMember;
import vn.cchc.inspections.domain.UnitCopy;
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
import vn.cchc.inspections.repository.UnitCopyRepository;
import vn.cchc.inspections.rest.InspectionDtos.Dashboard;
import vn.cchc.inspections.rest.InspectionDtos.DashboardRow;
import vn.cchc.inspections.rest.InspectionDtos.InspectionInput;
import vn.cchc.inspections.rest.InspectionDtos.InspectionView;
import vn.cchc.inspections.rest.InspectionDtos.PlanInput;
import vn.cchc.inspections.rest.InspectionDtos.PlanSummary;
import vn.cchc.inspections.rest.InspectionDtos.PlanUpdate;
import vn.cchc.inspections.rest.InspectionDtos.PlanView;
import vn.cchc.inspections.rest.InspectionDtos.TeamMemberInput;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Plans, their teams and inspected units; the plan dashboard. */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final TeamMemberRepository team;
    private final InspectionRepository inspections;
    private final ContentGroupRepository groups;
    private final UnitCopyRepository units;
    private final SelfReportRepository selfReports;
    private final FindingRepository findings;
    private final ConclusionRepository conclusions;
    private final RemediationRepository remediation;
    private final Access access;
    private final Views views;
    private final InspectionMapper mapper;
    private final Clock clock;

    public PlanService(PlanRepository plans, TeamMemberRepository team, InspectionRepository inspections,
                       ContentGroupRepository groups, UnitCopyRepository units, SelfReportRepository selfReports,
                       FindingRepository findings, ConclusionRepository conclusions, RemediationRepository remediation,
                       Access access, Views views, InspectionMapper mapper, Clock clock) {
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
        this.views = views;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public PlanView create(PlanInput in, Caller caller) {
        String province = access.inspectorProvince(caller);
        if (province == null) {
            throw ProblemException.forbidden("an inspector with a unit creates plans");
        }
        checkGroups(in.contentGroups());
        if (plans.numberTaken(province, in.year(), in.number(), null)) {
            throw ProblemException.conflict("plan " + in.number() + " of " + in.year() + " already exists");
        }
        InspectionPlan plan = new InspectionPlan(province, caller.username(), OffsetDateTime.now(clock));
        plan.update(in.number(), in.planDate(), in.issuer(), in.year(), in.scope(), in.contentGroups());
        plans.persist(plan);
        replaceTeam(plan, in.team() == null ? List.of() : in.team());
        List<InspectionInput> targets = in.inspections() == null ? List.of() : in.inspections();
        var seen = new HashSet<String>();
        for (int k = 0; k < targets.size(); k++) {
            if (!seen.add(targets.get(k).unitCode())) {
                throw ProblemException.invalid("inspections[" + k + "].unitCode", "unique", "a unit is inspected once per plan");
            }
            addInspection(plan, targets.get(k), "inspections[" + k + "].");
        }
        return view(plan);
    }

    @Transactional
    public PlanView update(UUID id, PlanUpdate in, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, Access.Level.MANAGE);
        checkGroups(in.contentGroups());
        if (plans.numberTaken(plan.getProvinceCode(), in.year(), in.number(), plan.getId())) {
            throw ProblemException.conflict("plan " + in.number() + " of " + in.year() + " already exists");
        }
        plan.update(in.number(), in.planDate(), in.issuer(), in.year(), in.scope(), in.contentGroups());
        return view(plan);
    }

    @Transactional
    public PlanView replaceTeam(UUID id, List<TeamMemberInput> members, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, Access.Level.MANAGE);
        replaceTeam(plan, members);
        return view(plan);
    }

    @Transactional
    public InspectionView addInspection(UUID id, InspectionInput in, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, Access.Level.MANAGE);
        if (inspections.count("planId = ?1 and unitCode = ?2", plan.getId(), in.unitCode()) > 0) {
            throw ProblemException.conflict("unit " + in.unitCode() + " is already inspected in this plan");
        }
        return views.inspection(addInspection(plan, in, ""), plan);
    }

    @Transactional
    public List<PlanSummary> list(Integer year, Caller caller) {
        return plans.visible(access.inspectorProvince(caller), caller.username(), year).stream()
                .map(p -> new PlanSummary(p.getId(), p.getNumber(), p.getPlanDate(), p.getIssuer(), p.getYear(),
                        p.getProvinceCode(), (int) inspections.count("planId", p.getId())))
                .toList();
    }

    @Transactional
    public PlanView get(UUID id, Caller caller) {
        return view(access.plan(id, caller, Access.Level.TEAM));
    }

    @Transactional
    public Dashboard dashboard(UUID id, Caller caller) {
        InspectionPlan plan = access.plan(id, caller, Access.Level.TEAM);
        LocalDate today = views.today();
        List<DashboardRow> rows = new ArrayList<>();
        for (Inspection i : inspections.ofPlan(plan.getId())) {
            List<Finding> fs = findings.ofInspection(i.getId());
            Conclusion c = conclusions.findById(i.getId());
            boolean issued = c != null && c.isIssued();
            List<RemediationItem> items = remediation.ofInspection(i.getId());
            rows.add(new DashboardRow(i.getId(), i.getUnitCode(), i.getUnitName(), i.getScheduledFrom(), i.getScheduledTo(),
                    i.getStatus().name(), selfReports.findById(i.getId()) != null,
                    fs.stream().filter(f -> f.getKind() == Finding.Kind.STRENGTH).count(),
                    fs.stream().filter(f -> f.getKind() == Finding.Kind.WEAKNESS).count(),
                    i.getConclusionDue(), issued,
                    WorkingDays.isLate(i.getConclusionDue(), issued ? c.getNoticeDate() : null, today),
                    items.size(), items.stream().filter(r -> r.getStatus() == RemediationStatus.COMPLETED).count(),
                    items.stream().filter(r -> r.isOverdue(today)).count()));
        }
        return new Dashboard(plan.getId(), plan.getNumber(), plan.getYear(), rows);
    }

    private void replaceTeam(InspectionPlan plan, List<TeamMemberInput> members) {
        team.deleteOfPlan(plan.getId());
        team.flush();
        int order = 0;
        for (TeamMemberInput m : members) {
            team.persist(new TeamMember(plan.getId(), m.name().strip(), m.agency(), TeamMember.Role.valueOf(m.role()),
                    m.username() == null || m.username().isBlank() ? null : m.username().strip(), order++));
        }
    }

    private Inspection addInspection(InspectionPlan plan, InspectionInput in, String prefix) {
        UnitCopy unit = units.findById(in.unitCode());
        if (unit == null || !Jurisdiction.covers(plan.getProvinceCode(), unit.getPath())) {
            throw ProblemException.invalid(prefix + "unitCode", "knownUnit",
                    "unit " + in.unitCode() + " is not a unit of province " + plan.getProvinceCode());
        }
        Inspection inspection = new Inspection(plan.getId(), unit.getCode(), unit.getPath(), unit.getName());
        inspection.schedule(in.scheduledFrom(), in.scheduledTo(), in.periodFrom(), in.periodTo());
        checkSchedule(inspection, prefix, plan.getYear(), in.scheduledFrom(), in.scheduledTo(), in.periodFrom(), in.periodTo());
        inspections.persist(inspection);
        return inspection;
    }

    /** Fills the default evidence period (1 January of the plan's year to the day before the visit) and checks dates. */
    static void checkSchedule(Inspection inspection, String prefix, int year, LocalDate from, LocalDate to,
                              LocalDate periodFrom, LocalDate periodTo) {
        List<Problem.Violation> v = new ArrayList<>();
        if (to.isBefore(from)) {
            v.add(new Problem.Violation(prefix + "scheduledTo", "notBeforeStart", "must not be before scheduledFrom"));
        }
        LocalDate pf = periodFrom != null ? periodFrom : LocalDate.of(year, 1, 1).isBefore(from) ? LocalDate.of(year, 1, 1)
                : from.withDayOfYear(1);
        LocalDate pt = periodTo != null ? periodTo : from.minusDays(1).isBefore(pf) ? pf : from.minusDays(1);
        if (pt.isBefore(pf)) {
            v.add(new Problem.Violation(prefix + "periodTo", "notBeforeStart", "must not be before periodFrom"));
        }
        if (pt.isAfter(from)) {
            v.add(new Problem.Violation(prefix + "periodTo", "notAfterVisit", "the evidence period ends by the visit"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        inspection.schedule(from, to, pf, pt);
    }

    private void checkGroups(List<String> codes) {
        for (int k = 0; k < codes.size(); k++) {
            if (groups.findById(codes.get(k)) == null) {
                throw ProblemException.invalid("contentGroups[" + k + "]", "knownGroup", "unknown content group " + codes.get(k));
            }
        }
    }

    PlanView view(InspectionPlan plan) {
        return new PlanView(plan.getId(), plan.getNumber(), plan.getPlanDate(), plan.getIssuer(), plan.getYear(),
                plan.getScope(), plan.getProvinceCode(), List.copyOf(plan.getContentGroups()),
                mapper.toTeamViews(team.ofPlan(plan.getId())),
                inspections.ofPlan(plan.getId()).stream().map(i -> views.inspection(i, plan)).toList(), plan.getVersion());
    }
}
