package vn.cchc.dossiers.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

/**
 * Renders every form and reads it back with PDFBox: the exact Vietnamese strings must come back
 * (which needs the right glyphs and ToUnicode map) and every font must be embedded.
 */
class DocumentRendererTest {

    static final DocumentRenderer RENDERER = new DocumentRenderer();

    static final String NHUNG = "Nguyễn Thị Hồng Nhung";
    static final String KHAI_SINH = "Đăng ký khai sinh";
    static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 2, 16, 9, 30);
    static final LocalDateTime DUE = LocalDateTime.of(2026, 2, 20, 17, 0);

    // ------------------------------------------------------------------ sample forms

    static FormHeader header(String number) {
        return new FormHeader(
                "Ủy ban nhân dân phường Đúc",
                "Bộ phận tiếp nhận và trả kết quả",
                number,
                "Phường Đúc",
                LocalDate.of(2026, 2, 16));
    }

    static Party nhung() {
        return new Party(
                NHUNG,
                "046190001234",
                "Số 12 kiệt 34 đường Điện Biên Phủ, phường Đúc, thành phố Huế",
                "0905123456",
                "nhung.nth@example.vn");
    }

    static ReceiptForm receipt() {
        return new ReceiptForm(
                header("125/TNHS-BPTNTKQ"),
                "H57.22.11-260216-0001",
                "Bộ phận Một cửa Ủy ban nhân dân phường Đúc",
                nhung(),
                KHAI_SINH,
                List.of(
                        new ComponentLine("Tờ khai đăng ký khai sinh theo mẫu", 1),
                        new ComponentLine("Giấy chứng sinh (bản chính)", 1),
                        new ComponentLine("Giấy chứng nhận kết hôn của cha, mẹ trẻ (bản sao)", 2)),
                1,
                "03 ngày làm việc",
                RECEIVED,
                DUE,
                "Bộ phận Một cửa phường Đúc",
                "02/2026",
                37,
                "Trần Văn Đức");
    }

    static SupplementForm supplement() {
        return new SupplementForm(
                header("18/PBS-BPTNTKQ"),
                "H57.22.11-260216-0002",
                nhung(),
                KHAI_SINH,
                List.of("Bổ sung bản sao Giấy chứng nhận kết hôn của cha, mẹ", "Ghi đầy đủ nơi sinh trong tờ khai"),
                "Hồ sơ chưa đủ thành phần theo quy định",
                "Lê Thị Ánh Tuyết",
                "0234 3822 111");
    }

    static RefusalForm refusal() {
        return new RefusalForm(
                header("07/PTC-BPTNTKQ"),
                "H57.22.11-260216-0003",
                "Bộ phận Một cửa Ủy ban nhân dân phường Đúc",
                nhung(),
                KHAI_SINH,
                List.of(
                        "Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Hương Thọ",
                        "Yêu cầu không thuộc thẩm quyền giải quyết của phường"),
                "Trần Văn Đức");
    }

    static ApologyForm apology() {
        return new ApologyForm(
                header("03/PXL-UBND"),
                "H57.22.11-260216-0001",
                nhung(),
                KHAI_SINH,
                "Ủy ban nhân dân phường Đúc",
                RECEIVED,
                DUE,
                "Cần xác minh thông tin nơi cư trú của người mẹ",
                LocalDateTime.of(2026, 2, 25, 10, 0),
                "Chủ tịch",
                "Phạm Quốc Hưng");
    }

    static StopForm stop() {
        return new StopForm(
                header("02/TBD-BPTNTKQ"),
                "H57.22.11-260216-0004",
                nhung(),
                KHAI_SINH,
                "Người yêu cầu đề nghị rút hồ sơ để bổ sung giấy tờ",
                LocalDateTime.of(2026, 2, 17, 14, 5));
    }

    static ControlSlip controlSlip() {
        return new ControlSlip(
                header("125/PKS-BPTNTKQ"),
                "H57.22.11-260216-0001",
                "Công chức Tư pháp - Hộ tịch phường Đúc",
                "Công an phường Đúc",
                RECEIVED,
                DUE,
                List.of(
                        new ControlSlipRow(
                                "Bộ phận tiếp nhận và trả kết quả",
                                "Trần Văn Đức",
                                "Công chức Tư pháp - Hộ tịch",
                                "Hoàng Thị Lựu",
                                LocalDateTime.of(2026, 2, 16, 10, 15),
                                "Trước hạn",
                                null),
                        new ControlSlipRow(
                                "Công chức Tư pháp - Hộ tịch",
                                "Hoàng Thị Lựu",
                                "Lãnh đạo Ủy ban nhân dân phường",
                                "Phạm Quốc Hưng",
                                LocalDateTime.of(2026, 2, 18, 8, 0),
                                "Đúng hạn",
                                "Trình ký"),
                        new ControlSlipRow(
                                "Lãnh đạo Ủy ban nhân dân phường",
                                "Phạm Quốc Hưng",
                                "Bộ phận tiếp nhận và trả kết quả",
                                "Trần Văn Đức",
                                LocalDateTime.of(2026, 2, 21, 8, 30),
                                "Quá hạn",
                                "Đã có phiếu xin lỗi")));
    }

    // ------------------------------------------------------------------ PDF helpers

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(false); // content order: a table cell's lines stay together
            return s.getText(doc);
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    /** Whitespace (including line breaks from wrapping) collapsed to single spaces. */
    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static void assertContains(String text, String... expected) {
        String flat = flat(text);
        for (String e : expected) {
            assertTrue(flat.contains(e), () -> "missing «" + e + "» in:\n" + text);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Base names of all fonts used on all pages; fails unless every one is embedded. */
    static Set<String> assertFontsEmbedded(byte[] pdf) {
        Set<String> names = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont font = res.getFont(n);
                    assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
                    names.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertFalse(names.isEmpty(), "no fonts found");
        assertTrue(names.stream().allMatch(n -> n.startsWith("DejaVuSerif")), () -> "unexpected fonts " + names);
        return names;
    }

    /** The Unicode text of every glyph drawn, as the PDF's ToUnicode maps define it (before any merging). */
    static List<String> glyphs(byte[] pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) throws IOException {
                    out.add(font.toUnicode(code));
                    super.showGlyph(m, font, code, displacement);
                }
            };
            s.getText(doc);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    static void assertHeader(String text) {
        assertContains(
                text,
                "ỦY BAN NHÂN DÂN PHƯỜNG ĐÚC",
                "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Phường Đúc, ngày 16 tháng 02 năm 2026");
    }

    // ------------------------------------------------------------------ the forms

    @Test
    void receiptMau01() {
        byte[] pdf = RENDERER.receipt(receipt());
        String text = text(pdf);
        assertHeader(text);
        assertContains(
                text,
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Số: 125/TNHS-BPTNTKQ",
                "Mã hồ sơ: H57.22.11-260216-0001",
                "Ông/Bà/Tổ chức: " + NHUNG,
                "Số định danh cá nhân/tổ chức: 046190001234",
                "Nội dung yêu cầu giải quyết: " + KHAI_SINH,
                "Giấy chứng nhận kết hôn của cha, mẹ trẻ (bản sao)",
                "Số lượng hồ sơ: 01 (bộ)",
                "03 ngày làm việc",
                "Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 16/02/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 20/02/2026",
                "Đăng ký nhận kết quả tại: Bộ phận Một cửa phường Đúc",
                "Quyển số: 02/2026, Số thứ tự: 37",
                "NGƯỜI NỘP HỒ SƠ",
                "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "(Ký và ghi rõ họ tên)",
                "Trần Văn Đức",
                "nhung.nth@example.vn");
        assertEquals(1, pages(pdf));
        Set<String> fonts = assertFontsEmbedded(pdf);
        assertTrue(fonts.containsAll(Set.of("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic")), fonts::toString);
    }

    @Test
    void supplementMau02() {
        byte[] pdf = RENDERER.supplement(supplement());
        String text = text(pdf);
        assertHeader(text);
        assertContains(
                text,
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "Số: 18/PBS-BPTNTKQ",
                "Hồ sơ của: " + NHUNG,
                "Nội dung yêu cầu giải quyết: " + KHAI_SINH,
                "1. Bổ sung bản sao Giấy chứng nhận kết hôn của cha, mẹ",
                "2. Ghi đầy đủ nơi sinh trong tờ khai",
                "Lý do: Hồ sơ chưa đủ thành phần theo quy định",
                "liên hệ với Lê Thị Ánh Tuyết, số điện thoại 0234 3822 111",
                "NGƯỜI HƯỚNG DẪN");
        assertFontsEmbedded(pdf);
    }

    @Test
    void refusalMau03() {
        byte[] pdf = RENDERER.refusal(refusal());
        String text = text(pdf);
        assertHeader(text);
        assertContains(
                text,
                "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                "Ông/Bà/Tổ chức: " + NHUNG,
                "Mã hồ sơ (nếu có): H57.22.11-260216-0003",
                KHAI_SINH,
                "- Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Hương Thọ",
                "- Yêu cầu không thuộc thẩm quyền giải quyết của phường",
                "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "Trần Văn Đức");
        assertFontsEmbedded(pdf);
    }

    @Test
    void apologyMau04() {
        byte[] pdf = RENDERER.apology(apology());
        String text = text(pdf);
        assertHeader(text);
        assertContains(
                text,
                "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                "Kính gửi: " + NHUNG,
                "Vào lúc 09 giờ 30 phút, ngày 16/02/2026, Ủy ban nhân dân phường Đúc tiếp nhận",
                "thủ tục hành chính: " + KHAI_SINH,
                "Mã số hồ sơ: H57.22.11-260216-0001",
                "Thời gian hẹn trả kết quả giải quyết hồ sơ: 17 giờ 00 phút, ngày 20/02/2026",
                "Lý do: Cần xác minh thông tin nơi cư trú của người mẹ",
                "xin trân trọng gửi lời xin lỗi",
                "tốn kém về chi phí, công sức",
                "vào 10 giờ 00 phút, ngày 25/02/2026",
                "CHỦ TỊCH",
                "Phạm Quốc Hưng",
                "Nơi nhận:");
        assertFontsEmbedded(pdf);
    }

    @Test
    void apologyWithoutSignerTitleIsSignedByTheHeadOfTheBody() {
        ApologyForm a = apology();
        ApologyForm noTitle = new ApologyForm(
                a.header(),
                a.dossierCode(),
                a.applicant(),
                a.procedureName(),
                a.decidingUnit(),
                a.receivedAt(),
                a.originalDueAt(),
                a.reason(),
                a.newDueAt(),
                null,
                null);
        assertContains(text(RENDERER.apology(noTitle)), "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ");
    }

    @Test
    void stopMau05() {
        byte[] pdf = RENDERER.stop(stop());
        String text = text(pdf);
        assertHeader(text);
        assertContains(
                text,
                "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                "Kính gửi: " + NHUNG,
                "Vào lúc 14 giờ 05 phút, ngày 17/02/2026",
                "Mã hồ sơ: H57.22.11-260216-0004",
                "Thủ tục hành chính: " + KHAI_SINH,
                "Lý do: Người yêu cầu đề nghị rút hồ sơ để bổ sung giấy tờ",
                "thông báo dừng giải quyết hồ sơ nêu trên");
        assertFontsEmbedded(pdf);
    }

    @Test
    void controlSlipMau06() {
        byte[] pdf = RENDERER.controlSlip(controlSlip());
        String text = text(pdf);
        assertHeader(text);
        assertContains(
                text,
                "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Mã số hồ sơ: H57.22.11-260216-0001",
                "Cơ quan (bộ phận) giải quyết hồ sơ: Công chức Tư pháp - Hộ tịch phường Đúc",
                "Cơ quan phối hợp giải quyết hồ sơ: Công an phường Đúc",
                "Ngày nhận hồ sơ: 09 giờ 30 phút, ngày 16/02/2026",
                "Hẹn trả kết quả: 17 giờ 00 phút, ngày 20/02/2026",
                "TÊN CƠ QUAN",
                "THỜI GIAN GIAO, NHẬN HỒ SƠ",
                "GHI CHÚ",
                "Người giao: Hoàng Thị Lựu",
                "Người nhận: Phạm Quốc Hưng",
                "10 giờ 15 phút ngày 16/02/2026",
                "Trước hạn",
                "Đúng hạn",
                "Quá hạn",
                "Đã có phiếu xin lỗi",
                "Hệ thống thông tin giải quyết");
        assertFontsEmbedded(pdf);
    }

    /** Each form carries its identifier as TT 03/2025 Phụ lục I numbers them (docs/domain/forms.md §1). */
    @Test
    void everyFormPrintsItsTt03Identifier() {
        assertContains(text(RENDERER.receipt(receipt())), "Mẫu số 01");
        assertContains(text(RENDERER.supplement(supplement())), "Mẫu số 02");
        assertContains(text(RENDERER.refusal(refusal())), "Mẫu số 03");
        assertContains(text(RENDERER.apology(apology())), "Mẫu số 04");
        assertContains(text(RENDERER.stop(stop())), "Mẫu số 05");
        assertContains(text(RENDERER.controlSlip(controlSlip())), "Mẫu số 06");
        assertContains(
                text(RENDERER.book(new DossierBook(
                        header(null), "Hộ tịch", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), List.of()))),
                "Mẫu số 07");
        assertFalse(flat(text(RENDERER.receipt(receipt()))).contains("Mẫu số 02"), "one identifier per form");
    }

    // ------------------------------------------------------------------ Vietnamese text handling

    @Test
    void decomposedInputIsDrawnAsPrecomposedGlyphs() {
        String nfd = Normalizer.normalize(NHUNG, Normalizer.Form.NFD);
        assertTrue(nfd.length() > NHUNG.length(), "test input must really be decomposed");
        ReceiptForm r = receipt();
        ReceiptForm decomposed = new ReceiptForm(
                r.header(),
                r.dossierCode(),
                r.receivingUnit(),
                new Party(nfd, null, null, null, null),
                Normalizer.normalize(KHAI_SINH, Normalizer.Form.NFD),
                r.components(),
                r.sets(),
                r.processingTime(),
                r.receivedAt(),
                r.dueAt(),
                r.returnPlace(),
                r.bookNumber(),
                r.bookSequence(),
                r.receiverName());
        byte[] pdf = RENDERER.receipt(decomposed);
        assertContains(text(pdf), "Ông/Bà/Tổ chức: " + NHUNG, "Nội dung yêu cầu giải quyết: " + KHAI_SINH);
        List<String> glyphs = glyphs(pdf);
        assertTrue(glyphs.contains("ễ") && glyphs.contains("ồ") && glyphs.contains("Đ"), glyphs::toString);
        assertTrue(
                glyphs.stream().noneMatch(g -> g == null || g.chars().anyMatch(c -> c >= 0x300 && c <= 0x36F)),
                "a combining mark or an unmapped glyph was drawn: " + glyphs);
    }

    @Test
    void everyVietnameseLetterSurvivesTheRoundTrip() {
        // the 72 vowel forms, the 17 consonants and f j w z (and their capitals), in syllable-sized words so lines can
        // break
        String lower = "aàảãáạ ăằẳẵắặ âầẩẫấậ bcdđ eèẻẽéẹ êềểễếệ fgh iìỉĩíị jklmn oòỏõóọ ôồổỗốộ ơờởỡớợ pqrst"
                + " uùủũúụ ưừửữứự vwx yỳỷỹýỵ z";
        String upper = lower.toUpperCase(VnText.VI);
        assertEquals(93, lower.replace(" ", "").length());
        byte[] pdf =
                RENDERER.stop(new StopForm(header(null), null, new Party(lower), upper, lower + " " + upper, null));
        assertContains(
                text(pdf), "Kính gửi: " + lower, "Thủ tục hành chính: " + upper, "Lý do: " + lower + " " + upper);
        assertFontsEmbedded(pdf);
    }

    @Test
    void missingValuesPrintAsDottedLines() {
        ReceiptForm empty =
                new ReceiptForm(null, null, null, null, null, null, 0, null, null, null, null, null, 0, null);
        String text = text(RENDERER.receipt(empty));
        assertContains(
                text,
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Số: …………",
                "……, ngày …… tháng …… năm ……",
                "Mã hồ sơ: …………",
                "Ông/Bà/Tổ chức: …………",
                "Số lượng hồ sơ: ………… (bộ)",
                "Thời gian nhận hồ sơ: …………",
                "Thời gian trả kết quả giải quyết hồ sơ: …………",
                "Quyển số: …………, Số thứ tự: …………");
        for (byte[] pdf : List.of(
                RENDERER.supplement(new SupplementForm(null, null, null, null, null, null, null, null)),
                RENDERER.refusal(new RefusalForm(null, null, null, null, null, null, null)),
                RENDERER.apology(new ApologyForm(null, null, null, null, null, null, null, null, null, null, null)),
                RENDERER.stop(new StopForm(null, null, null, null, null, null)),
                RENDERER.controlSlip(new ControlSlip(null, null, null, null, null, null, null)))) {
            String t = text(pdf);
            assertContains(t, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "…………");
            assertFontsEmbedded(pdf);
        }
    }

    @Test
    void rendersConcurrentlyWithOneSharedRenderer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> jobs = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int k = i;
                jobs.add(pool.submit(() -> switch (k % 4) {
                    case 0 -> text(RENDERER.receipt(receipt()));
                    case 1 -> text(RENDERER.apology(apology()));
                    case 2 -> text(RENDERER.controlSlip(controlSlip()));
                    default -> text(RENDERER.supplement(supplement()));
                }));
            }
            List<String> titles = List.of(
                    DocumentRenderer.RECEIPT_TITLE,
                    DocumentRenderer.APOLOGY_TITLE,
                    DocumentRenderer.CONTROL_TITLE,
                    DocumentRenderer.SUPPLEMENT_TITLE);
            for (int i = 0; i < jobs.size(); i++) {
                String text = jobs.get(i).get();
                assertContains(
                        text, titles.get(i % 4), "Phường Đúc, ngày 16 tháng 02 năm 2026", "H57.22.11-260216-000");
                if (i % 4 != 2) {
                    assertContains(text, NHUNG);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
