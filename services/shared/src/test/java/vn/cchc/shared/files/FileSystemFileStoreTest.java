package vn.cchc.shared.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system store: the contract, plus where files land and that nothing half-written stays. */
class FileSystemFileStoreTest extends FileStoreContractTest {

    @TempDir
    Path root;

    @Override
    FileStore store(long maxBytes) {
        return new FileSystemFileStore(root, maxBytes);
    }

    @Test
    void aKeyIsAPathUnderTheRootAndAFailedWriteLeavesNoFile() throws IOException {
        FileStore store = store(1 << 20);
        UUID id = UUID.randomUUID();
        String key = FileStore.keyFor(id);
        store.put(key, new byte[] {1, 2, 3}, MediaTypes.PDF);
        assertTrue(
                Files.isRegularFile(root.resolve(id.toString().substring(0, 2)).resolve(id.toString())));

        String broken = FileStore.keyFor(UUID.randomUUID());
        try {
            store.put(broken, new java.io.ByteArrayInputStream(new byte[10]), 20, MediaTypes.PDF);
        } catch (RuntimeException expected) {
            // the content ended early
        }
        try (var files = Files.walk(root)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "only the complete file, no .part left over");
        }
    }
}
