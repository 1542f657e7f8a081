package vn.cchc.shared.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.problem.ProblemException;

class UploadGuardTest {

    static final Set<String> DOCUMENTS =
            Set.of(MediaTypes.PDF, MediaTypes.PNG, MediaTypes.JPEG, MediaTypes.DOCX, MediaTypes.XLSX);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void realFilesAreAccepted() throws IOException {
        assertEquals(MediaTypes.PDF, UploadGuard.verify(PDF, "bien-ban.pdf", DOCUMENTS, "file"));
        assertEquals(MediaTypes.PNG, UploadGuard.verify(PNG, "anh.png", DOCUMENTS, "file"));
        assertEquals(
                MediaTypes.DOCX, UploadGuard.verify(ooxml("word/document.xml"), "bao-cao.docx", DOCUMENTS, "file"));
    }

    @Test
    void contentThatIsNotWhatItClaimsIsRefused() {
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000This program cannot be run in DOS mode"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        for (Object[] c :
                new Object[][] {{exe, "a.pdf"}, {html, "b.pdf"}, {svg, "c.png"}, {"hello".getBytes(), "d.pdf"}}) {
            ProblemException e = assertThrows(
                    ProblemException.class,
                    () -> UploadGuard.verify((byte[]) c[0], (String) c[1], DOCUMENTS, "evidence"));
            assertEquals(400, e.status());
            assertEquals("evidence", e.violations().get(0).field());
            assertEquals("fileType", e.violations().get(0).rule());
        }
        assertThrows(ProblemException.class, () -> UploadGuard.verify(new byte[0], "e.pdf", DOCUMENTS, "file"));
    }

    @Test
    void storedNamesAreSanitised() {
        assertEquals("passwd", UploadGuard.safeFileName("../../etc/passwd"));
        String hostile = UploadGuard.safeFileName("a\"\r\nX-Evil: 1;<b>.pdf");
        assertFalse(
                hostile.contains("\"") || hostile.contains("\r") || hostile.contains("\n") || hostile.contains("<"));
        assertTrue(hostile.endsWith(".pdf"));
        String nfd = "Bie\u0302\u0300n ba\u0309n.pdf";
        assertEquals("Biền bản.pdf", UploadGuard.safeFileName(nfd));
        String longName = UploadGuard.safeFileName("x".repeat(400) + ".docx");
        assertEquals(150, longName.length());
        assertTrue(longName.endsWith(".docx"));
        assertEquals("file", UploadGuard.safeFileName(".."));
    }

    static byte[] ooxml(String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
