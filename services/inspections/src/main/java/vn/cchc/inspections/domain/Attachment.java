package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document attached to a finding or a remediation item; the bytes live on the file system under {@code storageKey}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    public enum OwnerKind { FINDING, REMEDIATION }

    @Id
    private UUID id;
    @Column(name = "inspection_id")
    private UUID inspectionId;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    private OwnerKind ownerKind;
    @Column(name = "owner_id")
    private String ownerId;
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

    protected Attachment() {
    }

    public Attachment(UUID id, UUID inspectionId, OwnerKind ownerKind, String ownerId, String filename, String contentType,
                      long sizeBytes, String sha256, String storageKey, String uploadedBy, OffsetDateTime uploadedAt) {
        this.id = id;
        this.inspectionId = inspectionId;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID getId() { return id; }
    public UUID getInspectionId() { return inspectionId; }
    public OwnerKind getOwnerKind() { return ownerKind; }
    public String getOwnerId() { return ownerId; }
    public String getFilename() { return filename; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public OffsetDateTime getUploadedAt() { return uploadedAt; }
}
