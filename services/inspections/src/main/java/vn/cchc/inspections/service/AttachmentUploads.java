package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import vn.cchc.inspections.config.InspectionsConfig;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.shared.files.FileStore;
import vn.cchc.shared.files.MediaTypes;
import vn.cchc.shared.files.UploadGuard;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.text.Hashes;

/**
 * Checks an attached document and puts it in the service's {@link FileStore} (shared library; file system or an
 * S3-compatible store, {@code cchc.files.*}) under {@code <first two hex>/<id>}. Only PDF, JPEG, PNG, DOCX and XLSX,
 * recognised by their content ({@link UploadGuard}: an HTML page or an executable named {@code .pdf}, an SVG named
 * {@code .png} are refused), up to {@code cchc.inspections.documents.max-bytes}; the name kept for the download is
 * sanitised ({@link UploadGuard#safeFileName}). The stored file is never served under its own name or type guess:
 * downloads are {@code attachment} with the type detected here and {@code nosniff}.
 */
@ApplicationScoped
public class AttachmentUploads {

    /** The media types accepted, by content. */
    public static final Set<String> ALLOWED =
            Set.of(MediaTypes.PDF, MediaTypes.JPEG, MediaTypes.PNG, MediaTypes.DOCX, MediaTypes.XLSX);

    /** What was stored: where, the detected type, size, digest and the sanitised file name. */
    public record Stored(String storageKey, String contentType, long size, String sha256, String filename) {}

    private final FileStore files;
    private final long maxBytes;

    public AttachmentUploads(FileStore files, InspectionsConfig config) {
        this.files = files;
        this.maxBytes = config.documents().maxBytes();
    }

    /** Checks name, size and content, then stores the upload; 400 naming the field ({@code file}) on a bad file. */
    public Stored store(UUID id, String filename, Path upload) {
        if (upload == null) {
            throw ProblemException.invalid("file", "required", Messages.MULTIPART_PART_NAMED_FILE_REQUIRED);
        }
        if (filename == null || filename.isBlank()) {
            throw ProblemException.invalid("file", "filename", Messages.FILE_PART_NEEDS_FILE_NAME);
        }
        try {
            long size = Files.size(upload);
            if (size == 0 || size > maxBytes) {
                throw ProblemException.invalid("file", "maxSize", Messages.FILE_MUST_HAVE_BYTES, maxBytes);
            }
            byte[] content = Files.readAllBytes(upload);
            String type = UploadGuard.verify(content, filename, ALLOWED, "file");
            String safeName = UploadGuard.safeFileName(filename);
            if (safeName == null || safeName.isBlank()) {
                throw ProblemException.invalid("file", "filename", Messages.FILE_NAME_HAS_USABLE_CHARACTERS);
            }
            String key = FileStore.keyFor(id);
            files.put(key, content, type);
            return new Stored(key, type, size, Hashes.sha256Hex(content), safeName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document " + id, e);
        }
    }

    /** The stored content of an attachment, streamed. */
    public FileStore.StoredFile open(String storageKey) {
        return files.get(storageKey)
                .orElseThrow(() -> new IllegalStateException("attached file " + storageKey + " is missing"));
    }

    /** Removes a stored file (after a failed transaction); missing files are ignored. */
    public void delete(String storageKey) {
        files.delete(storageKey);
    }
}
