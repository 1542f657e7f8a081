package vn.cchc.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cchc.shared.files.FileAttachment;

/**
 * A document attached to a finding or a remediation item: the shared file metadata ({@link FileAttachment}), the bytes in
 * the service's {@code FileStore} under {@code storageKey}.
 */
@Entity
@Table(name = "attachment")
public class Attachment extends FileAttachment {

    public enum OwnerKind {
        FINDING,
        REMEDIATION
    }

    @Id
    private UUID id;

    @Column(name = "inspection_id")
    private UUID inspectionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    private OwnerKind ownerKind;

    @Column(name = "owner_id")
    private String ownerId;

    protected Attachment() {}

    public Attachment(
            UUID id,
            UUID inspectionId,
            OwnerKind ownerKind,
            String ownerId,
            String filename,
            String contentType,
            long sizeBytes,
            String sha256,
            String storageKey,
            String uploadedBy,
            OffsetDateTime uploadedAt) {
        super(filename, contentType, sizeBytes, sha256, storageKey, uploadedBy, uploadedAt);
        this.id = id;
        this.inspectionId = inspectionId;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInspectionId() {
        return inspectionId;
    }

    public OwnerKind getOwnerKind() {
        return ownerKind;
    }

    public String getOwnerId() {
        return ownerId;
    }
}
