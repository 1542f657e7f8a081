package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.text.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Attached documents on the file system under {@code cchc.inspections.documents.dir}, one file per id
 * ({@code <first two hex>/<uuid>}), written to a temporary name and moved in place. Only the listed types,
 * up to {@code cchc.inspections.documents.max-bytes}.
 */
@ApplicationScoped
public class DocumentStore {

    /** Allowed extensions and their content types. */
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public record Stored(String storageKey, String contentType, long size, String sha256) {
    }

    private final Path root;
    private final long maxBytes;

    public DocumentStore(@ConfigProperty(name = "cchc.inspections.documents.dir", defaultValue = "data/inspections-documents") String dir,
                         @ConfigProperty(name = "cchc.inspections.documents.max-bytes", defaultValue = "10485760") long maxBytes) {
        this.root = Path.of(dir);
        this.maxBytes = maxBytes;
    }

    /** Checks name, type and size, then stores the upload; 400 naming the field on a bad file. */
    public Stored store(UUID id, String filename, Path upload) {
        if (filename == null || filename.isBlank() || filename.length() > 255) {
            throw ProblemException.invalid("file", "filename", "a file name of 1 to 255 characters is required");
        }
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(ext);
        if (type == null) {
            throw ProblemException.invalid("file", "fileType", "allowed types: pdf, jpg, jpeg, png, docx, xlsx");
        }
        try {
            long size = Files.size(upload);
            if (size == 0 || size > maxBytes) {
                throw ProblemException.invalid("file", "maxSize", "the file must have 1 to " + maxBytes + " bytes");
            }
            String key = id.toString().substring(0, 2) + "/" + id;
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling(id + ".part");
            MessageDigest sha = Hashes.sha256();
            try (InputStream in = Files.newInputStream(upload)) {
                Files.copy(new java.security.DigestInputStream(in, sha), tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, type, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document " + id, e);
        }
    }

    public Path path(String storageKey) {
        return root.resolve(storageKey);
    }

    /** Removes a stored file (after a failed transaction); missing files are ignored. */
    public void delete(String storageKey) {
        try {
            Files.deleteIfExists(root.resolve(storageKey));
        } catch (IOException ignored) {
            // an orphan file is harmless: nothing refers to it
        }
    }
}
