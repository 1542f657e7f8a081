package vn.cchc.inspections.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.cchc.inspections.config.InspectionsConfig;
import vn.cchc.inspections.domain.Attachment;
import vn.cchc.inspections.domain.Conclusion;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.InspectionStatus;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.domain.rules.DateRules;
import vn.cchc.inspections.domain.rules.WorkingDays;
import vn.cchc.inspections.event.InspectionEvents;
import vn.cchc.inspections.mapping.InspectionMapper;
import vn.cchc.inspections.repository.AttachmentRepository;
import vn.cchc.inspections.repository.ConclusionRepository;
import vn.cchc.inspections.repository.InspectionRepository;
import vn.cchc.inspections.repository.PlanRepository;
import vn.cchc.inspections.repository.RemediationRepository;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.InspectionDtos.DocumentView;
import vn.cchc.inspections.service.InspectionDtos.RemediationInput;
import vn.cchc.inspections.service.InspectionDtos.RemediationReportInput;
import vn.cchc.inspections.service.InspectionDtos.RemediationView;
import vn.cchc.inspections.service.InspectionDtos.ReturnInput;
import vn.cchc.shared.contract.InspectionEventV1;
import vn.cchc.shared.jobs.ClusterLock;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/** Remediation items: created by the team, reported by the responsible unit, accepted or returned; the overdue watch. */
@ApplicationScoped
public class RemediationService {

    private static final Logger LOG = Logger.getLogger(RemediationService.class);
    private static final int BATCH = 200;
    /** Most remediation items of one inspection. */
    public static final int MAX_ITEMS = 200;

    private final RemediationRepository items;
    private final InspectionRepository inspections;
    private final PlanRepository plans;
    private final ConclusionRepository conclusions;
    private final UnitCopyRepository units;
    private final AttachmentRepository attachments;
    private final FindingService findings;
    private final InspectionEvents events;
    private final AccessPolicy access;
    private final Inputs inputs;
    private final Views views;
    private final InspectionMapper mapper;
    private final CalendarCopyService calendar;
    private final Clock clock;
    private final int remediationDays;

    private final ClusterLock clusterLock;

    public RemediationService(
            RemediationRepository items,
            InspectionRepository inspections,
            PlanRepository plans,
            ConclusionRepository conclusions,
            UnitCopyRepository units,
            AttachmentRepository attachments,
            FindingService findings,
            InspectionEvents events,
            AccessPolicy access,
            Inputs inputs,
            Views views,
            InspectionMapper mapper,
            CalendarCopyService calendar,
            Clock clock,
            InspectionsConfig config,
            ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.items = items;
        this.inspections = inspections;
        this.plans = plans;
        this.conclusions = conclusions;
        this.units = units;
        this.attachments = attachments;
        this.findings = findings;
        this.events = events;
        this.access = access;
        this.inputs = inputs;
        this.views = views;
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
        this.remediationDays = config.remediationWorkingDays();
    }

    @Transactional
    public List<RemediationView> ofInspection(UUID id, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        return views(items.ofInspection(i.getId()), Map.of(i.getId(), i));
    }

    /** One page of the plan's remediation tracker (by deadline); {@code total} counts every match. */
    @Transactional
    public Listing<RemediationView> ofPlan(UUID planId, boolean overdueOnly, PageRequest page, Caller caller) {
        InspectionPlan plan = access.plan(planId, caller, AccessPolicy.Level.TEAM);
        Map<UUID, Inspection> byId =
                inspections.ofPlan(plan.getId()).stream().collect(Collectors.toMap(Inspection::getId, x -> x));
        var query = items.ofPlan(plan.getId(), overdueOnly ? views.today() : null);
        List<RemediationItem> found = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size()))
                .list();
        return new Listing<>(views(found, byId), query.count());
    }

    /**
     * One page of the remediation items of every inspection the caller sees (the inspection list's scope, {@link
     * AccessPolicy#listScope}) by deadline; {@code overdueOnly} keeps those overdue today. Its total with {@code overdueOnly} is the
     * inspector's work count {@code remediationOverdue}.
     */
    @Transactional
    public Listing<RemediationView> visible(boolean overdueOnly, PageRequest page, Caller caller) {
        access.requireStaffWithUnit(caller);
        var query = items.visible(access.listScope(caller), overdueOnly ? views.today() : null);
        List<RemediationItem> found = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size()))
                .list();
        Map<UUID, Inspection> byId =
                inspections
                        .byIds(found.stream()
                                .map(RemediationItem::getInspectionId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Inspection::getId, x -> x));
        return new Listing<>(views(found, byId), query.count());
    }

    /**
     * A remediation item of an ENDED or CONCLUDED inspection, for the inspected unit or one below it; the deadline is
     * a working day of the unit's province, not before the visit ended (default: N working days after the notice).
     */
    @Transactional
    public RemediationView create(UUID id, RemediationInput in, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        inputs.check(in);
        if (i.getStatus() != InspectionStatus.ENDED && i.getStatus() != InspectionStatus.CONCLUDED) {
            throw ProblemException.conflict(Messages.REMEDIATION_ITEMS_FOLLOW_VISIT_INSPECTION, i.getStatus());
        }
        if (items.countOfInspection(i.getId()) >= MAX_ITEMS) {
            throw ProblemException.conflict(Messages.INSPECTION_HAS_MOST_REMEDIATION_ITEMS, MAX_ITEMS);
        }
        String unitCode =
                in.responsibleUnitCode() == null || in.responsibleUnitCode().isBlank()
                        ? i.getUnitCode()
                        : in.responsibleUnitCode().strip();
        UnitCopy unit = units.findById(unitCode);
        String path = unitCode.equals(i.getUnitCode()) ? i.getUnitPath() : unit == null ? null : unit.getPath();
        if (path == null || !path.startsWith(i.getUnitPath())) {
            throw ProblemException.invalid(
                    "responsibleUnitCode", "inInspectedUnit", Messages.RESPONSIBLE_UNIT_INSPECTED_UNIT_ONE);
        }
        LocalDate deadline = in.deadline();
        if (deadline == null) {
            Conclusion c = conclusions.findById(i.getId());
            LocalDate base = c != null && c.getNoticeDate() != null ? c.getNoticeDate() : views.today();
            try {
                deadline = WorkingDays.after(calendar.forUnitPath(i.getUnitPath()), base, remediationDays);
            } catch (IllegalArgumentException e) { // beyond the working calendar (docs/domain/calendar.md §9)
                throw ProblemException.invalid(
                        "deadline",
                        "calendarRange",
                        Messages.DEFAULT_DEADLINE_WOULD_AFTER_WORKING,
                        DateRules.LAST_YEAR);
            }
        } else {
            Violations v = new Violations();
            DateRules.remediationDeadline(
                    v, "deadline", deadline, i.getEndedOn(), calendar.forUnitPath(i.getUnitPath()));
            v.throwIfAny();
        }
        RemediationItem item = new RemediationItem(
                i.getId(), in.requirement().strip(), unitCode, path, deadline, OffsetDateTime.now(clock));
        items.persist(item);
        return views(List.of(item), Map.of(i.getId(), i)).get(0);
    }

    @Transactional
    public RemediationView report(UUID id, UUID itemId, RemediationReportInput in, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        RemediationItem item = item(i, itemId);
        access.requireResponsibleLeader(item, caller);
        inputs.check(in);
        item.report(in.report().strip(), caller.username(), OffsetDateTime.now(clock));
        return views(List.of(item), Map.of(i.getId(), i)).get(0);
    }

    @Transactional
    public DocumentView attach(UUID id, UUID itemId, String filename, Path upload, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.UNIT);
        RemediationItem item = item(i, itemId);
        access.requireResponsibleLeader(item, caller);
        if (item.getStatus() == vn.cchc.inspections.domain.RemediationStatus.COMPLETED) {
            throw ProblemException.conflict(Messages.REMEDIATION_ITEM_COMPLETED);
        }
        findings.requireRoomForDocument(
                Attachment.OwnerKind.REMEDIATION, item.getId().toString());
        return mapper.toView(findings.attach(
                i, Attachment.OwnerKind.REMEDIATION, item.getId().toString(), filename, upload, caller));
    }

    @Transactional
    public RemediationView complete(UUID id, UUID itemId, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        RemediationItem item = item(i, itemId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        item.complete(now);
        events.remediation(
                InspectionEventV1.REMEDIATION_COMPLETED,
                i,
                plans.findById(i.getPlanId()),
                item,
                items.ofInspection(i.getId()),
                views.today(),
                now);
        return views(List.of(item), Map.of(i.getId(), i)).get(0);
    }

    @Transactional
    public RemediationView returnToUnit(UUID id, UUID itemId, ReturnInput in, Caller caller) {
        Inspection i = access.inspection(id, caller, AccessPolicy.Level.MANAGE);
        inputs.check(in);
        RemediationItem item = item(i, itemId);
        item.returnToUnit(in.reason().strip());
        return views(List.of(item), Map.of(i.getId(), i)).get(0);
    }

    // ---------------------------------------------------------------- overdue watch

    @Scheduled(
            every = "{cchc.inspections.watch.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        clusterLock.runExclusively("inspections.remediation-watch", () -> {
            int n = runOverdueWatch();
            if (n > 0) {
                LOG.infof("remediation watch: %d items newly overdue", n);
            }
        });
    }

    /** Marks open items past their deadline overdue and announces each once; returns how many. */
    public int runOverdueWatch() {
        int total = 0;
        int n;
        do {
            n = markBatch();
            total += n;
        } while (n == BATCH);
        return total;
    }

    @Transactional
    int markBatch() {
        LocalDate today = views.today();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<RemediationItem> batch = items.newlyOverdue(today, BATCH);
        for (RemediationItem item : batch) {
            if (item.markOverdueIfDue(today, now)) {
                Inspection i = inspections.findById(item.getInspectionId());
                events.remediation(
                        InspectionEventV1.REMEDIATION_OVERDUE,
                        i,
                        plans.findById(i.getPlanId()),
                        item,
                        items.ofInspection(i.getId()),
                        today,
                        now);
            }
        }
        return batch.size();
    }

    private RemediationItem item(Inspection i, UUID itemId) {
        RemediationItem item = items.findById(itemId);
        if (item == null || !item.getInspectionId().equals(i.getId())) {
            throw ProblemException.notFound(Messages.REMEDIATION_ITEM_FOUND, itemId);
        }
        return item;
    }

    private List<RemediationView> views(List<RemediationItem> list, Map<UUID, Inspection> byId) {
        LocalDate today = views.today();
        Map<String, List<Attachment>> docs = attachments
                .ofOwners(
                        Attachment.OwnerKind.REMEDIATION,
                        list.stream().map(r -> r.getId().toString()).toList())
                .stream()
                .collect(Collectors.groupingBy(Attachment::getOwnerId));
        return list.stream()
                .map(r -> new RemediationView(
                        r.getId(),
                        r.getInspectionId(),
                        byId.containsKey(r.getInspectionId())
                                ? byId.get(r.getInspectionId()).getUnitName()
                                : null,
                        r.getRequirement(),
                        r.getResponsibleUnitCode(),
                        r.getDeadline(),
                        r.getStatus().name(),
                        r.isOverdue(today),
                        r.getReport(),
                        r.getReportedBy(),
                        r.getReportedAt(),
                        r.getReturnReason(),
                        r.getCompletedAt(),
                        docs.getOrDefault(r.getId().toString(), List.of()).stream()
                                .map(mapper::toView)
                                .toList()))
                .toList();
    }

    static boolean covers(String unitCode, String path) {
        return Jurisdiction.covers(unitCode, path);
    }
}
