package vn.cchc.shared.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The common attachment metadata: the file name is kept in NFC, the key must be a {@link FileStore} key. */
class FileAttachmentTest {

    static final class Row extends FileAttachment {
        Row(String filename, String key) {
            super(
                    filename,
                    MediaTypes.PDF,
                    3,
                    "ab".repeat(32),
                    key,
                    "chuyenvien",
                    OffsetDateTime.parse("2026-03-02T03:00:00Z"));
        }
    }

    @Test
    void theFileNameIsKeptInNfc() {
        String decomposed = Normalizer.normalize("Báo cáo kết quả.pdf", Normalizer.Form.NFD);
        Row row = new Row(decomposed, FileStore.keyFor(UUID.randomUUID()));
        assertEquals("Báo cáo kết quả.pdf", row.getFilename());
        assertEquals(Normalizer.normalize(decomposed, Normalizer.Form.NFC), row.getFilename());
    }

    @Test
    void theKeyMustBeAFileStoreKey() {
        assertThrows(IllegalArgumentException.class, () -> new Row("a.pdf", "../a.pdf"));
        UUID id = UUID.fromString("ab0c7e2e-4c35-4f7a-9d6a-1b2c3d4e5f60");
        assertEquals("ab/ab0c7e2e-4c35-4f7a-9d6a-1b2c3d4e5f60", new Row("a.pdf", FileStore.keyFor(id)).getStorageKey());
    }
}
