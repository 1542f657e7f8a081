package vn.cchc.parindex.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.cchc.parindex.config.ParIndexConfig;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.EvidenceDocument;
import vn.cchc.parindex.domain.Messages;
import vn.cchc.parindex.repository.EvidenceRepository;
import vn.cchc.parindex.security.AccessPolicy;
import vn.cchc.shared.files.FileStore;
import vn.cchc.shared.files.MediaTypes;
import vn.cchc.shared.files.UploadGuard;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;
import vn.cchc.shared.text.Hashes;

/**
 * Evidence documents: checked (size, type by content with {@link UploadGuard}, name sanitised), stored once in the shared {@link FileStore}, then recorded;
 * if recording fails the stored file is removed, so nothing is half-written.
 */
@ApplicationScoped
public class EvidenceService {

    /** Accepted evidence types, as detected from the content (Apache Tika names). */
    public static final Set<String> TYPES = Set.of(
            MediaTypes.PDF,
            MediaTypes.JPEG,
            MediaTypes.PNG,
            "application/msword",
            MediaTypes.DOCX,
            "application/vnd.ms-excel",
            MediaTypes.XLSX,
            "application/zip");

    public record Download(EvidenceDocument document, InputStream content) {}

    private final AssessmentService assessments;
    private final AccessPolicy access;
    private final EvidenceRepository documents;
    private final FileStore files;
    private final long maxBytes;
    private final Clock clock;

    public EvidenceService(
            AssessmentService assessments,
            AccessPolicy access,
            EvidenceRepository documents,
            FileStore files,
            ParIndexConfig config,
            Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.documents = documents;
        this.files = files;
        this.maxBytes = config.evidence().maxBytes();
        this.clock = clock;
    }

    @Transactional
    public EvidenceDocument upload(long assessmentId, byte[] body, String contentType, String filename, Caller caller) {
        Assessment a = assessments.visible(assessmentId, caller);
        access.requireUnitActor(caller, a);
        if (!a.getStatus().evidenceEditable()) {
            throw ProblemException.conflict(Messages.EVIDENCE_CAN_ADDED_WHILE_ASSESSMENT, a.getStatus());
        }
        String declared =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!TYPES.contains(declared)) {
            throw ProblemException.invalid(
                    "Content-Type",
                    "type",
                    Messages.ACCEPTED_USE_ONE,
                    TYPES.stream().sorted().toList());
        }
        if (filename == null || filename.isBlank()) {
            throw ProblemException.invalid("filename", "required", Messages.FILE_NAME_FILENAME_REQUIRED);
        }
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "notEmpty", Messages.FILE_EMPTY);
        }
        if (body.length > maxBytes) {
            throw Bodies.tooLarge(maxBytes);
        }
        String name = UploadGuard.safeFileName(filename);
        // what the bytes are, not what the client says: an HTML page or an executable "declared as PDF" is refused
        String type = UploadGuard.verify(body, name, TYPES, "body");
        if (!type.equals(declared)) {
            throw ProblemException.invalid("body", "fileType", Messages.CONTENT_DECLARED, type, declared);
        }
        UUID id = UUID.randomUUID();
        String key = FileStore.keyFor(id);
        files.put(key, body, type);
        try {
            EvidenceDocument d = new EvidenceDocument(
                    id,
                    a.getId(),
                    name,
                    type,
                    body.length,
                    Hashes.sha256Hex(body),
                    key,
                    caller.username(),
                    OffsetDateTime.now(clock));
            documents.persist(d);
            documents.flush();
            return d;
        } catch (RuntimeException e) {
            files.delete(key);
            throw e;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvidenceDocument> list(long assessmentId, Caller caller) {
        Assessment a = assessments.visible(assessmentId, caller);
        return documents.ofAssessment(a.getId());
    }

    /** Document id → criteria codes it backs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<String>> linkedCriteria(long assessmentId) {
        Map<UUID, List<String>> out = new java.util.HashMap<>();
        documents
                .linksByCriterion(assessmentId)
                .forEach((code, ids) -> ids.forEach(id -> out.computeIfAbsent(id, k -> new java.util.ArrayList<>())
                        .add(code)));
        out.values().forEach(l -> l.sort(null));
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(long assessmentId, UUID documentId, Caller caller) {
        Assessment a = assessments.visible(assessmentId, caller);
        EvidenceDocument d = documents
                .find(a.getId(), documentId)
                .orElseThrow(() -> ProblemException.notFound(Messages.DOCUMENT_ASSESSMENT, documentId, assessmentId));
        return new Download(
                d,
                files.get(d.getStorageKey())
                        .orElseThrow(() -> new IllegalStateException("evidence file " + d.getId() + " is missing"))
                        .content());
    }
}
