package vn.cchc.parindex.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cchc.shared.files.FileAttachment;

/**
 * Tài liệu kiểm chứng: uploaded once per assessment, linked to any number of criteria. The shared file metadata
 * ({@link FileAttachment}); the bytes in the service's {@code FileStore} under {@code storageKey}.
 */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument extends FileAttachment {

    @Id
    private UUID id;

    @Column(name = "assessment_id")
    private Long assessmentId;

    protected EvidenceDocument() {}

    public EvidenceDocument(
            UUID id,
            Long assessmentId,
            String filename,
            String contentType,
            long sizeBytes,
            String sha256,
            String storageKey,
            String uploadedBy,
            OffsetDateTime uploadedAt) {
        super(filename, contentType, sizeBytes, sha256, storageKey, uploadedBy, uploadedAt);
        this.id = id;
        this.assessmentId = assessmentId;
    }

    public UUID getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }
}
