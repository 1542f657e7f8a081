package vn.cchc.dossiers.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.dossiers.document.DocumentRendererTest.RENDERER;
import static vn.cchc.dossiers.document.DocumentRendererTest.assertContains;
import static vn.cchc.dossiers.document.DocumentRendererTest.assertFontsEmbedded;
import static vn.cchc.dossiers.document.DocumentRendererTest.flat;
import static vn.cchc.dossiers.document.DocumentRendererTest.header;
import static vn.cchc.dossiers.document.DocumentRendererTest.pages;
import static vn.cchc.dossiers.document.DocumentRendererTest.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** Mẫu 07 Sổ theo dõi hồ sơ: PDF (landscape table) and XLSX. */
class DossierBookTest {

    private static final Pattern CODE = Pattern.compile("H57\\.22\\.11-2602\\d\\d-\\d{4}");

    private static final String[] NAMES = {
        "Nguyễn Thị Hồng Nhung",
        "Trần Văn Đức",
        "Lê Thị Ánh Tuyết",
        "Phạm Quốc Hưng",
        "Hoàng Thị Lựu",
        "Công ty TNHH Thương mại Sông Hương"
    };
    private static final String[] PROCEDURES = {
        "Đăng ký khai sinh",
        "Đăng ký kết hôn",
        "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
        "Đăng ký thường trú",
        "Cấp giấy phép kinh doanh hộ cá thể"
    };
    private static final String[] METHODS = {"Trực tiếp", "Dịch vụ bưu chính công ích", "Trực tuyến"};

    static BookRow row(int i) {
        LocalDateTime received = LocalDateTime.of(2026, 2, 2, 7, 30).plusMinutes(37L * i);
        String code = String.format(
                Locale.ROOT,
                "H57.22.11-%s-%04d",
                received.toLocalDate().format(DateTimeFormatter.ofPattern("yyMMdd")),
                i);
        return new BookRow(
                i,
                code,
                PROCEDURES[i % PROCEDURES.length],
                NAMES[i % NAMES.length],
                "Phường Đúc, thành phố Huế / 0905 " + String.format(Locale.ROOT, "%06d", i),
                i % 2 == 0 ? "Công chức Tư pháp - Hộ tịch" : "Công an phường Đúc",
                received,
                received.plusDays(3),
                i % 3 == 0 ? null : received.plusDays(2).withHour(15),
                i % 3 == 0 ? null : METHODS[i % METHODS.length]);
    }

    static DossierBook book(int rows) {
        List<BookRow> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(row(i));
        }
        return new DossierBook(
                header("01/SỔ-BPTNTKQ"),
                "Lĩnh vực Hộ tịch - Chứng thực",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28),
                list);
    }

    static List<String> codes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void bookPdfHasOneTableRowPerBookRow() {
        DossierBook book = book(24);
        byte[] pdf = RENDERER.book(book);
        String text = text(pdf);
        assertContains(
                text,
                "SỔ THEO DÕI HỒ SƠ",
                "Lĩnh vực Hộ tịch - Chứng thực",
                "Từ ngày 01/02/2026 đến ngày 28/02/2026",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Phường Đúc, ngày 16 tháng 02 năm 2026",
                "Nhận và trả kết quả",
                "Tên thủ tục hành chính",
                "Tên tổ chức, cá nhân",
                "Cơ quan chủ trì giải quyết",
                "Phương thức nhận kết quả",
                "Ký nhận",
                "(11)");
        // every dossier code exactly once, in book order: one table row per BookRow
        assertEquals(book.rows().stream().map(BookRow::dossierCode).toList(), codes(text));
        BookRow first = book.rows().get(0);
        assertContains(
                text,
                first.dossierCode() + " " + first.procedureName() + " " + first.applicantName(),
                "Nguyễn Thị Hồng Nhung",
                "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
                "Dịch vụ bưu chính công ích",
                "08 giờ 07 phút ngày 02/02/2026",
                "08 giờ 07 phút ngày 05/02/2026");
        assertFontsEmbedded(pdf);
    }

    @Test
    void emptyBookStillRendersTheHeader() {
        DossierBook empty = new DossierBook(null, null, null, null, null);
        String text = text(RENDERER.book(empty));
        assertContains(text, "SỔ THEO DÕI HỒ SƠ", "Từ ngày ………… đến ngày …………", "Mã hồ sơ");
        assertEquals(List.of(), codes(text));
    }

    @Test
    void thousandRowBookRendersOnManyPagesWithTheHeaderOnEach() throws IOException {
        DossierBook book = book(1000);
        long t0 = System.nanoTime();
        byte[] pdf = RENDERER.book(book);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int pages = pages(pdf);
        System.out.printf(Locale.ROOT, "Mẫu 07 with 1000 rows: %d pages, %,d bytes, %d ms%n", pages, pdf.length, ms);
        assertTrue(pages > 20, "pages: " + pages);
        assertEquals(book.rows().stream().map(BookRow::dossierCode).toList(), codes(text(pdf)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                String page = flat(s.getText(doc));
                assertTrue(
                        page.contains("Mã hồ sơ") && page.contains("Nhận và trả kết quả"),
                        "table header missing on page " + p);
                assertTrue(page.contains("Trang " + p), "page number missing on page " + p);
            }
        }
        assertFontsEmbedded(pdf);
        byte[] xlsx = RENDERER.bookXlsx(book);
        System.out.printf(Locale.ROOT, "Mẫu 07 with 1000 rows as xlsx: %,d bytes%n", xlsx.length);
        assertEquals(1000, dataRows(xlsx).size());
    }

    // ------------------------------------------------------------------ xlsx

    static List<Row> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getFirstSheet();
            assertEquals("Sổ theo dõi hồ sơ", sheet.getName());
            return sheet.read();
        }
    }

    static List<Row> dataRows(byte[] xlsx) throws IOException {
        return rows(xlsx).stream()
                .filter(r -> r.getRowNum() > BookXlsx.FIRST_DATA_ROW)
                .toList();
    }

    @Test
    void bookXlsxReadsBackWithTheHeaderRowAndTheValues() throws IOException {
        DossierBook book = book(30);
        byte[] xlsx = RENDERER.bookXlsx(book);
        List<Row> rows = rows(xlsx);
        Row title = rows.get(0);
        assertEquals("SỔ THEO DÕI HỒ SƠ", title.getCellText(0));
        assertEquals("Lĩnh vực Hộ tịch - Chứng thực", rows.get(1).getCellText(0));
        assertEquals("Từ ngày 01/02/2026 đến ngày 28/02/2026", rows.get(2).getCellText(0));
        Row group = rows.stream()
                .filter(r -> r.getRowNum() == BookXlsx.HEADER_ROW)
                .findFirst()
                .orElseThrow();
        assertEquals("Nhận và trả kết quả", group.getCellText(DocumentRenderer.BOOK_GROUP_FIRST));
        Row header = rows.stream()
                .filter(r -> r.getRowNum() == BookXlsx.HEADER_ROW + 1)
                .findFirst()
                .orElseThrow();
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < header.getCellCount(); c++) {
            columns.add(header.getCellText(c));
        }
        assertEquals(
                List.of(
                        "STT",
                        "Mã hồ sơ",
                        "Tên thủ tục hành chính",
                        "Tên tổ chức, cá nhân",
                        "Địa chỉ, số điện thoại",
                        "Cơ quan chủ trì giải quyết",
                        "Nhận hồ sơ",
                        "Hẹn trả kết quả",
                        "Trả kết quả",
                        "Phương thức nhận kết quả",
                        "Ký nhận"),
                columns);

        List<Row> data = dataRows(xlsx);
        assertEquals(book.rows().size(), data.size());
        for (int i = 0; i < data.size(); i++) {
            BookRow expected = book.rows().get(i);
            Row r = data.get(i);
            assertEquals(new BigDecimal(expected.no()), r.getCellAsNumber(0).orElseThrow());
            assertEquals(expected.dossierCode(), r.getCellText(1));
            assertEquals(expected.procedureName(), r.getCellText(2));
            assertEquals(expected.applicantName(), r.getCellText(3));
            assertEquals(expected.addressPhone(), r.getCellText(4));
            assertEquals(expected.decidingUnit(), r.getCellText(5));
            assertEquals(expected.receivedAt(), r.getCellAsDate(6).orElseThrow());
            assertEquals(expected.dueAt(), r.getCellAsDate(7).orElseThrow());
            if (expected.returnedAt() == null) {
                assertTrue(r.getCellAsDate(8).isEmpty(), "not returned yet: empty cell");
                assertEquals("", r.getCellText(9));
            } else {
                assertEquals(expected.returnedAt(), r.getCellAsDate(8).orElseThrow());
                assertEquals(expected.returnMethod(), r.getCellText(9));
            }
        }
    }

    /** STT is the entry in the book; the volume (the year's book) is printed, and under each entry across two books. */
    @Test
    void theBookPrintsItsVolumeAndEachDossiersEntryNumber() throws IOException {
        BookRow a = row(1);
        BookRow b = row(2);
        List<BookRow> oneVolume = List.of(
                new BookRow(
                        412,
                        a.dossierCode(),
                        a.procedureName(),
                        a.applicantName(),
                        null,
                        null,
                        a.receivedAt(),
                        a.dueAt(),
                        null,
                        null,
                        2026),
                new BookRow(
                        413,
                        b.dossierCode(),
                        b.procedureName(),
                        b.applicantName(),
                        null,
                        null,
                        b.receivedAt(),
                        b.dueAt(),
                        null,
                        null,
                        2026));
        DossierBook book = new DossierBook(
                header(null), "Bộ phận Một cửa", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), oneVolume);
        String text = flat(text(RENDERER.book(book)));
        assertContains(text, "Quyển số: 2026", "412 " + a.dossierCode(), "413 " + b.dossierCode());
        List<Row> data = dataRows(RENDERER.bookXlsx(book));
        assertEquals(new BigDecimal(412), data.get(0).getCellAsNumber(0).orElseThrow());
        assertEquals(
                "Bộ phận Một cửa — Quyển số: 2026",
                rows(RENDERER.bookXlsx(book)).get(1).getCellText(0));

        DossierBook twoVolumes = new DossierBook(
                header(null),
                "Bộ phận Một cửa",
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 1, 31),
                List.of(
                        new BookRow(3001, a.dossierCode(), null, null, null, null, null, null, null, null, 2025),
                        new BookRow(1, b.dossierCode(), null, null, null, null, null, null, null, null, 2026)));
        assertContains(
                flat(text(RENDERER.book(twoVolumes))),
                "Quyển số: 2025, 2026",
                "3001 (2025) " + a.dossierCode(),
                "1 (2026) " + b.dossierCode());
    }

    @Test
    void bookXlsxNormalisesDecomposedText() throws IOException {
        String nfd = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);
        BookRow r = row(1);
        DossierBook book = new DossierBook(
                null,
                "Hộ tịch",
                null,
                null,
                List.of(new BookRow(
                        1,
                        r.dossierCode(),
                        r.procedureName(),
                        nfd,
                        null,
                        null,
                        r.receivedAt(),
                        r.dueAt(),
                        null,
                        null)));
        Row row = dataRows(RENDERER.bookXlsx(book)).get(0);
        assertEquals("Nguyễn Thị Hồng Nhung", row.getCellText(3));
        assertEquals("", row.getCellText(4));
    }
}
