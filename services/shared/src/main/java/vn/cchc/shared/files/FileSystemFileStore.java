package vn.cchc.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;

/**
 * The local default: one file per key under a root directory ({@code cchc.files.dir}), the key's segments as folders.
 * A file is written to a temporary name beside its place, forced to disk and moved in atomically, so a reader sees the
 * whole file or none. The media type is not kept here (the database row has it).
 */
public final class FileSystemFileStore implements FileStore {

    private final Path root;
    private final long maxBytes;

    public FileSystemFileStore(Path root, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    @Override
    public void put(String key, InputStream content, long size, String contentType) {
        FileStore.checkSize(size, maxBytes);
        Path target = resolve(key);
        Path tmp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(ch)) {
                new ExactLengthInputStream(content, size).transferTo(out);
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot store file " + key, e);
        }
    }

    @Override
    public Optional<StoredFile> get(String key) {
        Path file = resolve(key);
        try {
            long size = Files.size(file);
            return Optional.of(new StoredFile(Files.newInputStream(file), size, Optional.empty()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read file " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        deleteQuietly(resolve(key));
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    private Path resolve(String key) {
        Path file = root.resolve(FileStore.checkKey(key)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("bad file key");
        }
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an orphaned file is harmless: no row refers to it
        }
    }
}
