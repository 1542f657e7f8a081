package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.inspections.domain.ChecklistItem;
import vn.cchc.inspections.domain.ContentGroup;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.mapping.ContentGroupMapper;
import vn.cchc.inspections.repository.ChecklistItemRepository;
import vn.cchc.inspections.repository.ContentGroupRepository;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.InspectionDtos.ChecklistItemInput;
import vn.cchc.inspections.service.InspectionDtos.ChecklistItemView;
import vn.cchc.inspections.service.InspectionDtos.ContentGroupInput;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.time.VietnamTime;

/**
 * Content groups and their checklist items, as data. They are national (the areas of NQ 76/NQ-CP, one list for every
 * province): read by inspectors, leaders and admins of any province, written by {@code national-admin} only.
 */
@ApplicationScoped
public class ContentGroupService {

    private final ContentGroupRepository groups;
    private final ChecklistItemRepository items;
    private final ContentGroupMapper mapper;
    private final AccessPolicy access;
    private final Inputs inputs;
    private final Clock clock;

    public ContentGroupService(
            ContentGroupRepository groups,
            ChecklistItemRepository items,
            ContentGroupMapper mapper,
            AccessPolicy access,
            Inputs inputs,
            Clock clock) {
        this.access = access;
        this.inputs = inputs;
        this.groups = groups;
        this.items = items;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The groups valid on {@code date} (today in Vietnam when null), each with the items valid that day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentGroupView> validOn(LocalDate date, Caller caller) {
        access.requireContentReader(caller);
        LocalDate d = date != null ? date : LocalDate.now(clock.withZone(VietnamTime.ZONE));
        List<ContentGroup> valid = groups.validOn(d);
        List<ChecklistItem> all = valid.isEmpty()
                ? List.of()
                : items.validOn(valid.stream().map(ContentGroup::getCode).toList(), d);
        return valid.stream()
                .map(g -> mapper.toView(
                        g,
                        all.stream()
                                .filter(i -> i.getGroupCode().equals(g.getCode()))
                                .toList()))
                .toList();
    }

    @Transactional
    public ContentGroupView create(ContentGroupInput in, Caller caller) {
        access.requireContentWriter(caller);
        inputs.check(in);
        if (groups.findById(in.code()) != null) {
            throw ProblemException.conflict(Messages.CONTENT_GROUP_EXISTS, in.code());
        }
        checkValidity(in.validFrom(), in.validTo());
        ContentGroup g = new ContentGroup(in.code());
        g.update(in.nameVi(), in.nameEn(), order(in.sortOrder()), in.validFrom(), in.validTo());
        groups.persist(g);
        return mapper.toView(g, List.of());
    }

    @Transactional
    public ContentGroupView update(String code, ContentGroupInput in, Caller caller) {
        access.requireContentWriter(caller);
        ContentGroup g = group(code);
        inputs.check(in);
        if (!code.equals(in.code())) {
            throw ProblemException.invalid("code", "matchesPath", Messages.CODE_CANNOT_CHANGE);
        }
        checkValidity(in.validFrom(), in.validTo());
        g.update(in.nameVi(), in.nameEn(), order(in.sortOrder()), in.validFrom(), in.validTo());
        return mapper.toView(g, items.ofGroup(code));
    }

    @Transactional
    public ChecklistItemView addItem(String code, ChecklistItemInput in, Caller caller) {
        access.requireContentWriter(caller);
        ContentGroup g = group(code);
        inputs.check(in);
        if (items.exists(code, in.code())) {
            throw ProblemException.conflict(Messages.CHECKLIST_ITEM_EXISTS, in.code(), code);
        }
        LocalDate from = in.validFrom() != null ? in.validFrom() : g.getValidFrom();
        checkValidity(from, in.validTo());
        ChecklistItem item = new ChecklistItem(code, in.code());
        item.update(in.textVi(), order(in.sortOrder()), from, in.validTo());
        items.persist(item);
        return mapper.toView(item);
    }

    @Transactional
    public ChecklistItemView updateItem(String code, long id, ChecklistItemInput in, Caller caller) {
        access.requireContentWriter(caller);
        ChecklistItem item = items.findById(id);
        if (item == null || !item.getGroupCode().equals(code)) {
            throw ProblemException.notFound(Messages.CHECKLIST_ITEM_FOUND, id, code);
        }
        inputs.check(in);
        LocalDate from = in.validFrom() != null ? in.validFrom() : item.getValidFrom();
        checkValidity(from, in.validTo());
        item.update(in.textVi(), order(in.sortOrder()), from, in.validTo());
        return mapper.toView(item);
    }

    private ContentGroup group(String code) {
        ContentGroup g = groups.findById(code);
        if (g == null) {
            throw ProblemException.notFound(Messages.CONTENT_GROUP_FOUND, code);
        }
        return g;
    }

    private static int order(Integer sortOrder) {
        return sortOrder == null ? 0 : sortOrder;
    }

    private static void checkValidity(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalid("validTo", "notBeforeValidFrom", Messages.MUST_BEFORE_VALIDFROM);
        }
    }
}
