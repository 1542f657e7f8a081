package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.inspections.config.InspectionsConfig;
import vn.cchc.inspections.domain.ChecklistItem;
import vn.cchc.inspections.domain.ConclusionQueue;
import vn.cchc.inspections.domain.ContentGroup;
import vn.cchc.inspections.domain.Finding;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.InspectionStatus;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.domain.SelfReport;
import vn.cchc.inspections.domain.rules.DateRules;
import vn.cchc.inspections.domain.rules.WorkingDays;
import vn.cchc.inspections.mapping.InspectionMapper;
import vn.cchc.inspections.repository.ChecklistItemRepository;
import vn.cchc.inspections.repository.ContentGroupRepository;
import vn.cchc.inspections.repository.FindingRepository;
import vn.cchc.inspections.repository.InspectionRepository;
import vn.cchc.inspections.repository.PlanRepository;
import vn.cchc.inspections.repository.RemediationRepository;
import vn.cchc.inspections.repository.SelfReportRepository;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.InspectionDtos.ChecklistEntry;
import vn.cchc.inspections.service.InspectionDtos.ChecklistGroup;
import vn.cchc.inspections.service.InspectionDtos.EndInput;
import vn.cchc.inspections.service.InspectionDtos.InspectionView;
import vn.cchc.inspections.service.InspectionDtos.InspectionWorkCounts;
import vn.cchc.inspections.service.InspectionDtos.ScheduleInput;
import vn.cchc.inspections.service.InspectionDtos.SelfReportInput;
import vn.cchc.inspections.service.InspectionDtos.SelfReportItemView;
import vn.cchc.inspections.service.InspectionDtos.SelfReportView;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.time.VietnamTime;

/** The lifecycle of an inspection, its checklist and the unit's self-inspection report. */
@ApplicationScoped
public class InspectionService {

    private final Revisions revisions;
    private final InspectionRepository inspections;
    private final PlanRepository plans;
    private final ContentGroupRepository groups;
    private final ChecklistItemRepository items;
    private final SelfReportRepository selfReports;
    private final FindingRepository findings;
    private final RemediationRepository remediation;
    private final AccessPolicy access;
    private final Inputs inputs;
    private final PlanService planService;
    private final Views views;
    private final InspectionMapper mapper;
    private final CalendarCopyService calendar;
    private final Clock clock;
    private final int conclusionDays;

    public InspectionService(
            InspectionRepository inspections,
            PlanRepository plans,
            ContentGroupRepository groups,
            ChecklistItemRepository items,
            SelfReportRepository selfReports,
            FindingRepository findings,
            RemediationRepository remediation,
            AccessPolicy access,
            Inputs inputs,
            PlanService planService,
            Views views,
            InspectionMapper mapper,
            CalendarCopyService calendar,
            Clock clock,
            InspectionsConfig config,
            Revisions revisions) {
        this.revisions = revisions;
        this.inspections = inspections;
        this.plans = plans;
        this.groups = groups;
        this.items = items;
        this.selfReports = selfReports;
        this.findings = findings;
        this.remediation = remediation;
        this.access = access;
        this.inputs = inputs;
        this.planService = planService;
        this.views = views;
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
        this.conclusionDays = config.conclusionWorkingDays();
    }

    /** One page of the inspections the caller sees (by visit date); {@code total} counts them all. */
    @Transactional
    public Listing<InspectionView> list(
            UUID planId, String status, String conclusion, PageRequest page, Caller caller) {
        access.requireStaffWithUnit(caller);
        InspectionStatus st = null;
        if (status != null && !status.isBlank()) {
            try {
                st = InspectionStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status", "oneOf", Messages.ONE_PLANNED_PROGRESS_ENDED_CONCLUDED);
            }
        }
        ConclusionQueue owed = null;
        if (conclusion != null && !conclusion.isBlank()) {
            try {
                owed = ConclusionQueue.valueOf(conclusion.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("conclusion", "oneOf", Messages.ONE_DUE_OVERDUE);
            }
        }
        var query = inspections.visible(access.listScope(caller), planId, st, owed, views.today());
        List<Inspection> found = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size()))
                .list();
        Map<UUID, InspectionPlan> byPlan = found.stream()
                .map(Inspection::getPlanId)
                .distinct()
                .map(plans::findById)
                .collect(Collectors.toMap(InspectionPlan::getId, Function.identity()));
        return new Listing<>(
                found.stream()
                        .map(i -> views.inspection(i, byPlan.get(i.getPlanId())))
                        .toList(),
                query.count());
    }

    /**
     * The inspector's work counts (issue 17 §4), each the total of the list it links to, over what those lists show
     * the inspector: the inspections of its province's plans and of the plans whose team lists it. 403 for any other
     * caller and for an inspector whose unit this service does not know.
     */
    @Transactional
    public InspectionWorkCounts workCounts(Caller caller) {
        String province = access.requireInspectorProvince(caller);
        InspectionRepository.Scope scope = access.listScope(caller);
        LocalDate today = views.today();
        return new InspectionWorkCounts(
                province,
                today,
                inspections
                        .visible(scope, null, null, ConclusionQueue.DUE, today)
                        .count(),
                inspections
                        .visible(scope, null, null, ConclusionQueue.OVERDUE, today)
                        .count(),
                remediation.visible(scope, today).count());
    }

    @Transactional
    public ETags.Tagged<InspectionView> get(UUID id, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        return new ETags.Tagged<>(views.inspection(i, plans.findById(i.getPlanId())), i.getVersion());
    }

    @Transactional
    public ETags.Tagged<InspectionView> schedule(UUID id, ScheduleInput in, String ifMatch, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        revisions.require(ifMatch, i, caller);
        inputs.check(in);
        InspectionPlan plan = plans.findById(i.getPlanId());
        i.require(InspectionStatus.PLANNED, "reschedule");
        planService.schedule(i, plan, in.scheduledFrom(), in.scheduledTo(), in.periodFrom(), in.periodTo());
        long revision = revisions.next(i);
        return new ETags.Tagged<>(views.inspection(i, plan), revision);
    }

    @Transactional
    public InspectionView start(UUID id, LocalDate day, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        LocalDate today = views.today();
        LocalDate startedOn = day != null ? day : today;
        if (startedOn.isAfter(today)) {
            throw ProblemException.invalid("startedOn", "notInFuture", Messages.VISIT_CANNOT_START_AFTER_TODAY);
        }
        LocalDate planDate = plans.findById(i.getPlanId()).getPlanDate();
        if (startedOn.isBefore(planDate)) {
            throw ProblemException.invalid(
                    "startedOn", "notBeforePlanDate", Messages.VISIT_DOES_START_BEFORE_PLAN, planDate);
        }
        i.start(
                startedOn.equals(today)
                        ? OffsetDateTime.now(clock)
                        : startedOn.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
        return views.inspection(i, plans.findById(i.getPlanId()));
    }

    /** Ends the visit; the conclusion notice is then due within the configured working days. */
    @Transactional
    public InspectionView end(UUID id, EndInput in, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        if (in != null) {
            inputs.check(in);
        }
        LocalDate endedOn = in != null && in.endedOn() != null ? in.endedOn() : views.today();
        Violations v = new Violations();
        DateRules.requireInCalendar(v, "endedOn", endedOn);
        v.throwIfAny();
        if (endedOn.isAfter(views.today())) {
            throw ProblemException.invalid("endedOn", "notInFuture", Messages.VISIT_CANNOT_END_AFTER_TODAY);
        }
        if (i.getStartedAt() != null
                && endedOn.isBefore(
                        i.getStartedAt().atZoneSameInstant(VietnamTime.ZONE).toLocalDate())) {
            throw ProblemException.invalid("endedOn", "notBeforeStart", Messages.MUST_BEFORE_DAY_INSPECTION_STARTED);
        }
        LocalDate due;
        try {
            due = conclusionDue(i.getUnitPath(), endedOn);
        } catch (
                IllegalArgumentException
                        e) { // the due date would leave the working calendar (docs/domain/calendar.md §9)
            throw ProblemException.invalid(
                    "endedOn", "calendarRange", Messages.CONCLUSION_NOTICE_WOULD_DUE_AFTER, DateRules.LAST_YEAR);
        }
        i.end(endedOn, due);
        return views.inspection(i, plans.findById(i.getPlanId()));
    }

    /** The conclusion notice's due date, in the working calendar of the inspected unit's province. */
    public LocalDate conclusionDue(String unitPath, LocalDate endedOn) {
        return WorkingDays.after(calendar.forUnitPath(unitPath), endedOn, conclusionDays);
    }

    @Transactional
    public InspectionView cancel(UUID id, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        i.cancel();
        return views.inspection(i, plans.findById(i.getPlanId()));
    }

    /** The plan's content groups with the items valid on the visit date, self-report answers and finding counts. */
    @Transactional
    public List<ChecklistGroup> checklist(UUID id, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        InspectionPlan plan = plans.findById(i.getPlanId());
        SelfReport report = selfReports.findById(i.getId());
        Map<Long, SelfReport.Item> answers = report == null
                ? Map.of()
                : report.getItems().stream().collect(Collectors.toMap(x -> x.checklistItemId, x -> x));
        boolean team = access.seesFindingCounts(plan, i, caller);
        Map<Long, Long> counts = team
                ? findings.ofInspection(i.getId()).stream()
                        .filter(f -> f.getChecklistItemId() != null)
                        .collect(Collectors.groupingBy(Finding::getChecklistItemId, Collectors.counting()))
                : Map.of();
        List<ChecklistItem> valid = items.validOn(plan.getContentGroups(), i.getScheduledFrom());
        List<ChecklistGroup> result = new ArrayList<>();
        plan.getContentGroups().stream()
                .map(groups::findById)
                .sorted(Comparator.comparingInt(ContentGroup::getSortOrder))
                .forEach(g -> result.add(new ChecklistGroup(
                        g.getCode(),
                        g.getNameVi(),
                        valid.stream()
                                .filter(it -> it.getGroupCode().equals(g.getCode()))
                                .map(it -> new ChecklistEntry(
                                        it.getId(),
                                        it.getCode(),
                                        it.getTextVi(),
                                        answers.containsKey(it.getId()) ? mapper.toView(answers.get(it.getId())) : null,
                                        counts.getOrDefault(it.getId(), 0L)))
                                .toList())));
        return result;
    }

    @Transactional
    public ETags.Tagged<SelfReportView> selfReport(UUID id, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        SelfReport r = selfReports.findById(i.getId());
        if (r == null) {
            throw ProblemException.notFound(Messages.SELF_INSPECTION_REPORT_YET);
        }
        return new ETags.Tagged<>(view(r), i.getVersion());
    }

    /** The inspected unit's leader submits (or replaces) its self-report before the visit starts. */
    @Transactional
    public ETags.Tagged<SelfReportView> submitSelfReport(UUID id, SelfReportInput in, String ifMatch, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        access.requireSelfReporter(i, caller);
        revisions.require(ifMatch, i, caller);
        inputs.check(in);
        i.require(InspectionStatus.PLANNED, "submit a self-inspection report for");
        InspectionPlan plan = plans.findById(i.getPlanId());
        Set<Long> allowed = items.validOn(plan.getContentGroups(), i.getScheduledFrom()).stream()
                .map(ChecklistItem::getId)
                .collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        List<SelfReport.Item> answers = new ArrayList<>();
        for (int k = 0; k < in.items().size(); k++) {
            var it = in.items().get(k);
            if (!allowed.contains(it.itemId())) {
                throw ProblemException.invalid(
                        "items[" + k + "].itemId", "inChecklist", Messages.ITEM_INSPECTION_S_CHECKLIST, it.itemId());
            }
            if (!seen.add(it.itemId())) {
                throw ProblemException.invalid("items[" + k + "].itemId", "unique", Messages.ITEM_ANSWERED_TWICE);
            }
            answers.add(new SelfReport.Item(it.itemId(), SelfReport.Answer.valueOf(it.status()), it.note()));
        }
        SelfReport r = selfReports.findById(i.getId());
        if (r == null) {
            r = new SelfReport(i.getId());
            r.submit(in.summary(), answers, caller.username(), OffsetDateTime.now(clock));
            selfReports.persist(r);
        } else {
            r.submit(in.summary(), answers, caller.username(), OffsetDateTime.now(clock));
        }
        return new ETags.Tagged<>(view(r), revisions.next(i));
    }

    private SelfReportView view(SelfReport r) {
        List<SelfReportItemView> list =
                r.getItems().stream().map(mapper::toView).toList();
        return new SelfReportView(r.getInspectionId(), r.getSummary(), r.getSubmittedBy(), r.getSubmittedAt(), list);
    }
}
