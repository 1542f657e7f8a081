package vn.cchc.parindex.storage;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.parindex.config.ParIndexConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Default storage: one file per document under {@code cchc.par-index.evidence.dir}, in a folder per first two
 * characters of the key; written to a temporary file, forced to disk and moved atomically.
 */
@ApplicationScoped
@DefaultBean
public class FileSystemEvidenceStorage implements EvidenceStorage {

    private final Path root;

    public FileSystemEvidenceStorage(ParIndexConfig config) {
        this.root = Path.of(config.evidence().dir()).toAbsolutePath();
    }

    @Override
    public String put(byte[] content) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(key + ".part");
        try (var ch = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(content));
            ch.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException ignored) {
            // an orphaned file is harmless; the row is what counts
        }
    }

    private Path resolve(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
