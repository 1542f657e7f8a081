package vn.cchc.shared.files;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.text.Normalizer;
import java.time.OffsetDateTime;

/**
 * What a service records about a stored file, the same in every table that keeps files (inspections
 * {@code attachment}, par-index {@code evidence_document}): the file name (sanitised, NFC), the media type detected
 * from the content, the size, the SHA-256 of the bytes, the {@link FileStore} key, who uploaded it and when. The
 * entity adds its id and what the file belongs to.
 */
@MappedSuperclass
public abstract class FileAttachment {

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

    protected FileAttachment() {}

    protected FileAttachment(
            String filename,
            String contentType,
            long sizeBytes,
            String sha256,
            String storageKey,
            String uploadedBy,
            OffsetDateTime uploadedAt) {
        this.filename = filename == null ? null : Normalizer.normalize(filename, Normalizer.Form.NFC);
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = FileStore.checkKey(storageKey);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime getUploadedAt() {
        return uploadedAt;
    }
}
