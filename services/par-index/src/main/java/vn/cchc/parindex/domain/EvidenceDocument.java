package vn.cchc.parindex.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Tài liệu kiểm chứng: uploaded once per assessment, linked to any number of criteria. */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument {

    @Id
    private UUID id;
    @Column(name = "assessment_id")
    private Long assessmentId;
    private String filename;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Column(name = "storage_key")
    private String storageKey;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private OffsetDateTime uploadedAt;

    protected EvidenceDocument() {
    }

    public EvidenceDocument(UUID id, Long assessmentId, String filename, String contentType, long sizeBytes, String sha256,
                            String storageKey, String uploadedBy, OffsetDateTime uploadedAt) {
        this.id = id;
        this.assessmentId = assessmentId;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID getId() { return id; }
    public Long getAssessmentId() { return assessmentId; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public OffsetDateTime getUploadedAt() { return uploadedAt; }
}
