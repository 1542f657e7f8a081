package vn.cchc.inspections.service;

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
import vn.cchc.inspections.domain.Attachment;
import vn.cchc.inspections.domain.ChecklistItem;
import vn.cchc.inspections.domain.Finding;
import vn.cchc.inspections.domain.FindingFigure;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.InspectionStatus;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.domain.RemediationItem;
import vn.cchc.inspections.domain.rules.EvidenceFigures.Figure;
import vn.cchc.inspections.mapping.InspectionMapper;
import vn.cchc.inspections.repository.AttachmentRepository;
import vn.cchc.inspections.repository.ChecklistItemRepository;
import vn.cchc.inspections.repository.FindingRepository;
import vn.cchc.inspections.repository.PlanRepository;
import vn.cchc.inspections.repository.RemediationRepository;
import vn.cchc.inspections.security.AccessPolicy;
import vn.cchc.inspections.service.InspectionDtos.DocumentView;
import vn.cchc.inspections.service.InspectionDtos.FigureInput;
import vn.cchc.inspections.service.InspectionDtos.FindingInput;
import vn.cchc.inspections.service.InspectionDtos.FindingView;
import vn.cchc.inspections.service.InspectionDtos.PullInput;
import vn.cchc.shared.files.FileStore;
import vn.cchc.shared.http.ETags;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

/** Findings (ưu điểm, tồn tại), their figures (typed or pulled from the evidence) and attached documents. */
@ApplicationScoped
public class FindingService {

    private final Revisions revisions;
    private final FindingRepository findings;
    private final PlanRepository plans;
    private final ChecklistItemRepository items;
    private final AttachmentRepository attachments;
    private final RemediationRepository remediation;
    private final LiveEvidenceService evidence;
    private final AttachmentUploads store;
    private final AccessPolicy access;
    private final Inputs inputs;
    private final InspectionMapper mapper;
    private final Clock clock;

    /** Most findings of one inspection. */
    public static final int MAX_FINDINGS = 1000;
    /** Most figures of one finding (typed and pulled). */
    public static final int MAX_FIGURES_PER_FINDING = 100;
    /** Most documents attached to one finding or remediation item. */
    public static final int MAX_DOCUMENTS = 20;

    public FindingService(
            FindingRepository findings,
            PlanRepository plans,
            ChecklistItemRepository items,
            AttachmentRepository attachments,
            RemediationRepository remediation,
            LiveEvidenceService evidence,
            AttachmentUploads store,
            AccessPolicy access,
            Inputs inputs,
            InspectionMapper mapper,
            Clock clock,
            Revisions revisions) {
        this.revisions = revisions;
        this.findings = findings;
        this.plans = plans;
        this.items = items;
        this.attachments = attachments;
        this.remediation = remediation;
        this.evidence = evidence;
        this.store = store;
        this.access = access;
        this.inputs = inputs;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public List<FindingView> list(UUID inspectionId, Caller caller) {
        Inspection i = access.inspection(inspectionId, caller, AccessPolicy.Level.TEAM);
        List<Finding> list = findings.ofInspection(i.getId());
        Map<String, List<Attachment>> docs =
                attachments
                        .ofOwners(
                                Attachment.OwnerKind.FINDING,
                                list.stream().map(f -> f.getId().toString()).toList())
                        .stream()
                        .collect(Collectors.groupingBy(Attachment::getOwnerId));
        return list.stream()
                .map(f -> view(f, docs.getOrDefault(f.getId().toString(), List.of())))
                .toList();
    }

    @Transactional
    public FindingView create(UUID inspectionId, FindingInput in, Caller caller) {
        Inspection i = writable(inspectionId, in, caller);
        if (findings.countOfInspection(i.getId()) >= MAX_FINDINGS) {
            throw ProblemException.conflict(Messages.INSPECTION_HAS_MOST_FINDINGS, MAX_FINDINGS);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Finding f = new Finding(i.getId(), caller.username(), now);
        apply(i, f, in, now);
        if (in.figures() != null) {
            for (FigureInput fig : in.figures()) {
                f.addFigure(
                        new FindingFigure(
                                fig.key(),
                                fig.label(),
                                fig.value(),
                                fig.unit(),
                                fig.source() == null || fig.source().isBlank() ? "manual" : fig.source(),
                                fig.asOf() != null ? fig.asOf() : now,
                                i.getPeriodFrom(),
                                i.getPeriodTo(),
                                fig.detail()),
                        now);
            }
        }
        if (in.evidenceKeys() != null && !in.evidenceKeys().isEmpty()) {
            List<Figure> figures = evidence.figures(i, i.evidenceDate());
            for (int k = 0; k < in.evidenceKeys().size(); k++) {
                f.addFigure(pick(figures, in.evidenceKeys().get(k), "evidenceKeys[" + k + "]"), now);
            }
        }
        findings.persist(f);
        return view(f, List.of());
    }

    @Transactional
    public ETags.Tagged<FindingView> update(
            UUID inspectionId, UUID findingId, FindingInput in, String ifMatch, Caller caller) {
        Inspection i = writable(inspectionId, in, caller);
        revisions.require(ifMatch, i, caller);
        Finding f = finding(i, findingId);
        apply(i, f, in, OffsetDateTime.now(clock));
        long revision = revisions.next(i);
        return new ETags.Tagged<>(
                view(
                        f,
                        attachments.ofOwners(
                                Attachment.OwnerKind.FINDING, List.of(f.getId().toString()))),
                revision);
    }

    @Transactional
    public long delete(UUID inspectionId, UUID findingId, String ifMatch, Caller caller) {
        Inspection i = writable(inspectionId, null, caller);
        revisions.require(ifMatch, i, caller);
        Finding f = finding(i, findingId);
        attachments
                .ofOwners(Attachment.OwnerKind.FINDING, List.of(f.getId().toString()))
                .forEach(attachments::delete);
        findings.delete(f);
        return revisions.next(i);
    }

    /** "Pull into a finding": the evidence figure as of the inspection date (or {@code asOf}) is stored in the finding. */
    @Transactional
    public FindingView pull(UUID inspectionId, UUID findingId, PullInput in, Caller caller) {
        Inspection i = writable(inspectionId, in, caller);
        Finding f = finding(i, findingId);
        if (f.getFigures().size() >= MAX_FIGURES_PER_FINDING) {
            throw ProblemException.conflict(Messages.FINDING_HOLDS_MOST_FIGURES, MAX_FIGURES_PER_FINDING);
        }
        LocalDate date = in.asOf() != null ? in.asOf() : i.evidenceDate();
        f.addFigure(pick(evidence.figures(i, date), in.key(), "key"), OffsetDateTime.now(clock));
        return view(
                f,
                attachments.ofOwners(
                        Attachment.OwnerKind.FINDING, List.of(f.getId().toString())));
    }

    @Transactional
    public DocumentView attachToFinding(
            UUID inspectionId, UUID findingId, String filename, Path upload, Caller caller) {
        Inspection i = writable(inspectionId, null, caller);
        Finding f = finding(i, findingId);
        requireRoomForDocument(Attachment.OwnerKind.FINDING, f.getId().toString());
        return mapper.toView(attach(i, Attachment.OwnerKind.FINDING, f.getId().toString(), filename, upload, caller));
    }

    /** 409 when the owner already holds {@link #MAX_DOCUMENTS} documents. */
    void requireRoomForDocument(Attachment.OwnerKind kind, String ownerId) {
        if (attachments.countOfOwner(kind, ownerId) >= MAX_DOCUMENTS) {
            throw ProblemException.conflict(Messages.MOST_DOCUMENTS_ATTACHED_ONE_ITEM, MAX_DOCUMENTS);
        }
    }

    /**
     * Checks the upload by its content (pdf, jpeg, png, docx, xlsx; {@link AttachmentUploads}), stores the file under
     * its id and the row with the sanitised name; the file is removed again if the transaction rolls back.
     */
    Attachment attach(
            Inspection i, Attachment.OwnerKind kind, String ownerId, String filename, Path upload, Caller caller) {
        UUID id = UUID.randomUUID();
        AttachmentUploads.Stored s = store.store(id, filename, upload);
        try {
            Attachment a = new Attachment(
                    id,
                    i.getId(),
                    kind,
                    ownerId,
                    s.filename(),
                    s.contentType(),
                    s.size(),
                    s.sha256(),
                    s.storageKey(),
                    caller.username(),
                    OffsetDateTime.now(clock));
            attachments.persist(a);
            attachments.flush();
            return a;
        } catch (RuntimeException e) {
            store.delete(s.storageKey());
            throw e;
        }
    }

    /** A document of the inspection, if the caller may read its owner. */
    @Transactional
    public Attachment document(UUID inspectionId, UUID documentId, Caller caller) {
        Inspection i = access.inspection(inspectionId, caller, AccessPolicy.Level.UNIT);
        Attachment a = attachments.findById(documentId);
        if (a == null || !a.getInspectionId().equals(i.getId())) {
            throw ProblemException.notFound(Messages.DOCUMENT_FOUND, documentId);
        }
        if (a.getOwnerKind() == Attachment.OwnerKind.FINDING) {
            access.inspection(inspectionId, caller, AccessPolicy.Level.TEAM);
        } else {
            RemediationItem item = remediation.findById(UUID.fromString(a.getOwnerId()));
            access.requireRemediationDocumentReader(i, item, caller);
        }
        return a;
    }

    public FileStore.StoredFile file(Attachment a) {
        return store.open(a.getStorageKey());
    }

    /** Access (manager), then the body, then the state: findings change while IN_PROGRESS or ENDED. */
    private Inspection writable(UUID inspectionId, Object body, Caller caller) {
        Inspection i = access.inspection(inspectionId, caller, AccessPolicy.Level.MANAGE);
        if (body != null) {
            inputs.check(body);
        }
        if (!i.getStatus().acceptsFindings()) {
            throw ProblemException.conflict(Messages.FINDINGS_RECORDED_WHILE_INSPECTION_PROGRESS, i.getStatus());
        }
        return i;
    }

    private Finding finding(Inspection i, UUID findingId) {
        Finding f = findings.findById(findingId);
        if (f == null || !f.getInspectionId().equals(i.getId())) {
            throw ProblemException.notFound(Messages.FINDING_FOUND, findingId);
        }
        return f;
    }

    private void apply(Inspection i, Finding f, FindingInput in, OffsetDateTime now) {
        InspectionPlan plan = plans.findById(i.getPlanId());
        if (!plan.getContentGroups().contains(in.groupCode())) {
            throw ProblemException.invalid("groupCode", "inPlan", Messages.CONTENT_GROUP_PLAN, in.groupCode());
        }
        if (in.itemId() != null) {
            ChecklistItem item = items.findById(in.itemId());
            if (item == null || !item.getGroupCode().equals(in.groupCode())) {
                throw ProblemException.invalid(
                        "itemId", "inGroup", Messages.CHECKLIST_ITEM_GROUP, in.itemId(), in.groupCode());
            }
        }
        f.update(
                Finding.Kind.valueOf(in.kind()),
                in.groupCode(),
                in.itemId(),
                in.text().strip(),
                now);
    }

    private static FindingFigure pick(List<Figure> figures, String key, String field) {
        Figure fig = figures.stream()
                .filter(x -> x.key().equals(key))
                .findFirst()
                .orElseThrow(
                        () -> ProblemException.invalid(field, "knownFigure", Messages.EVIDENCE_FIGURE_INSPECTION, key));
        return new FindingFigure(
                fig.key(),
                fig.label(),
                fig.value(),
                fig.unit(),
                fig.source(),
                fig.asOf(),
                fig.periodFrom(),
                fig.periodTo(),
                fig.detail());
    }

    private FindingView view(Finding f, List<Attachment> docs) {
        return new FindingView(
                f.getId(),
                f.getInspectionId(),
                f.getKind().name(),
                f.getGroupCode(),
                f.getChecklistItemId(),
                f.getText(),
                f.getFigures().stream().map(mapper::toView).toList(),
                docs.stream().map(mapper::toView).toList(),
                f.getCreatedBy(),
                f.getCreatedAt(),
                f.getUpdatedAt());
    }

    static boolean concluded(Inspection i) {
        return i.getStatus() == InspectionStatus.CONCLUDED;
    }
}
