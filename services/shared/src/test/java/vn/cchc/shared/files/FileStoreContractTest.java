package vn.cchc.shared.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FileStore} does, run against each implementation (file system, S3-compatible server): put, get
 * streamed back byte for byte with its size, replace, delete (twice), absent keys, bounded and exact sizes, bad keys.
 */
abstract class FileStoreContractTest {

    /** A store accepting at most {@code maxBytes}. */
    abstract FileStore store(long maxBytes);

    static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }

    static byte[] read(FileStore.StoredFile f) throws IOException {
        try (f) {
            return f.content().readAllBytes();
        }
    }

    @Test
    void aFilePutUnderAKeyComesBackByteForByteWithItsSize() throws IOException {
        FileStore store = store(1 << 20);
        byte[] content = random(300_000);
        String key = FileStore.keyFor(UUID.randomUUID());
        store.put(key, new ByteArrayInputStream(content), content.length, MediaTypes.PDF);

        FileStore.StoredFile f = store.get(key).orElseThrow();
        assertEquals(content.length, f.size());
        assertArrayEquals(content, read(f));
    }

    @Test
    void putReplacesAndDeleteRemovesEvenTwice() throws IOException {
        FileStore store = store(1 << 20);
        String key = "reports/" + UUID.randomUUID();
        store.put(key, "first".getBytes(StandardCharsets.UTF_8), MediaTypes.TEXT);
        store.put(key, "second".getBytes(StandardCharsets.UTF_8), MediaTypes.TEXT);
        assertEquals("second", new String(read(store.get(key).orElseThrow()), StandardCharsets.UTF_8));

        store.delete(key);
        assertTrue(store.get(key).isEmpty());
        store.delete(key);
        assertTrue(store.get("ab/" + UUID.randomUUID()).isEmpty(), "a key never written");
    }

    @Test
    void anEmptyFileIsAFile() throws IOException {
        FileStore store = store(1 << 20);
        String key = FileStore.keyFor(UUID.randomUUID());
        store.put(key, new byte[0], MediaTypes.TEXT);
        FileStore.StoredFile f = store.get(key).orElseThrow();
        assertEquals(0, f.size());
        assertEquals(0, read(f).length);
    }

    @Test
    void aFileLargerThanTheBoundIsRefusedBeforeAnythingIsStored() {
        FileStore store = store(1000);
        String key = FileStore.keyFor(UUID.randomUUID());
        assertThrows(IllegalArgumentException.class, () -> store.put(key, random(1001), MediaTypes.PDF));
        assertThrows(
                IllegalArgumentException.class,
                () -> store.put(key, InputStream.nullInputStream(), -1, MediaTypes.PDF));
        assertTrue(store.get(key).isEmpty());
        store.put(key, random(1000), MediaTypes.PDF);
        assertEquals(1000, store.get(key).orElseThrow().size());
    }

    @Test
    void contentShorterOrLongerThanDeclaredIsNotStored() {
        FileStore store = store(1 << 20);
        String shorter = FileStore.keyFor(UUID.randomUUID());
        String longer = FileStore.keyFor(UUID.randomUUID());
        assertThrows(
                RuntimeException.class,
                () -> store.put(shorter, new ByteArrayInputStream(random(100)), 200, MediaTypes.PDF));
        assertThrows(
                RuntimeException.class,
                () -> store.put(longer, new ByteArrayInputStream(random(300)), 200, MediaTypes.PDF));
        assertTrue(store.get(shorter).isEmpty());
        assertTrue(store.get(longer).isEmpty());
    }

    @Test
    void keysThatCouldLeaveTheStoreAreRefused() {
        FileStore store = store(1 << 20);
        for (String bad : new String[] {
            "../x",
            "a/../../x",
            "/etc/passwd",
            "a//b",
            ".hidden",
            "a/./b",
            "",
            "a b",
            "a\\b",
            "a/b/c/d/e",
            "x".repeat(301)
        }) {
            assertThrows(IllegalArgumentException.class, () -> store.put(bad, new byte[] {1}, MediaTypes.TEXT), bad);
            assertThrows(IllegalArgumentException.class, () -> store.get(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> store.delete(bad), bad);
        }
    }
}
