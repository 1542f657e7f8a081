package vn.cchc.shared.files;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where uploaded files live; the database keeps only their key and metadata ({@link FileAttachment}). One bean per
 * service, chosen by {@code cchc.files.store}: {@code filesystem} (the default, {@link FileSystemFileStore}) or
 * {@code s3} (an S3-compatible object store, {@link S3FileStore}); see {@link FileStores}.
 *
 * <p>Keys are one to four segments of {@code [A-Za-z0-9][A-Za-z0-9._-]*} separated by {@code /} (at most 300
 * characters, never {@code .} or {@code ..}); {@link #keyFor(UUID)} gives the usual one. Every write is bounded: at most
 * the store's {@code cchc.files.max-bytes}, and exactly the declared size.
 */
public interface FileStore {

    /** Stores exactly {@code size} bytes of {@code content} under {@code key} with their media type, replacing any. */
    void put(String key, InputStream content, long size, String contentType);

    default void put(String key, byte[] content, String contentType) {
        put(key, new ByteArrayInputStream(content), content.length, contentType);
    }

    /** The file under {@code key}, streamed (the caller closes it); empty when there is none. */
    Optional<StoredFile> get(String key);

    /** Removes the file under {@code key}; a missing file is not an error. */
    void delete(String key);

    /** The largest file this store accepts ({@code cchc.files.max-bytes}). */
    long maxBytes();

    /** A stored file: its content as a stream, its size, and its media type where the store keeps one. */
    record StoredFile(InputStream content, long size, Optional<String> contentType) implements Closeable {
        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    /** The key of a file named by an id: {@code <first two hex digits>/<id>}, spreading files over 256 folders. */
    static String keyFor(UUID id) {
        String s = id.toString();
        return s.substring(0, 2) + "/" + s;
    }

    Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*){0,3}");

    /** {@code key} when it is a valid key, else {@link IllegalArgumentException}. */
    static String checkKey(String key) {
        if (key == null || key.length() > 300 || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("bad file key");
        }
        return key;
    }

    /** Refuses a size outside 0…{@code maxBytes} before anything is written. */
    static void checkSize(long size, long maxBytes) {
        if (size < 0 || size > maxBytes) {
            throw new IllegalArgumentException("a stored file has 0 to " + maxBytes + " bytes, not " + size);
        }
    }
}
