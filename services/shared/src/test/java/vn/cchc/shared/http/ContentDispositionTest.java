package vn.cchc.shared.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void vietnameseNameGetsAsciiFallbackAndUtf8Parameter() {
        String value = ContentDisposition.attachment("Xếp hạng cấp xã 2026.xlsx");
        assertEquals(
                "attachment; filename=\"Xep hang cap xa 2026.xlsx\"; "
                        + "filename*=UTF-8''X%E1%BA%BFp%20h%E1%BA%A1ng%20c%E1%BA%A5p%20x%C3%A3%202026.xlsx",
                value);
    }

    @Test
    void crLfQuotesAndParametersCannotEscapeTheValue() {
        for (String hostile : new String[] {
            "COMMUNE\r\nSet-Cookie: a=b", "X\"; filename=evil.html", "a\\\";b.pdf", "../../etc/passwd", "\u0000x.pdf"
        }) {
            String value = ContentDisposition.inline(hostile);
            assertFalse(value.contains("\r") || value.contains("\n") || value.contains("\u0000"), value);
            // exactly the two quotes around the fallback, and exactly two parameters
            assertEquals(2, value.chars().filter(c -> c == '"').count(), value);
            assertEquals(2, value.chars().filter(c -> c == ';').count(), value);
            assertFalse(value.contains("/"), value);
        }
    }

    @Test
    void emptyOrDotNamesBecomeDownload() {
        assertTrue(ContentDisposition.attachment(null).contains("filename=\"download\""));
        assertTrue(ContentDisposition.attachment("...").contains("filename=\"download\""));
        assertTrue(ContentDisposition.attachment("/").contains("filename=\"download\""));
    }
}
