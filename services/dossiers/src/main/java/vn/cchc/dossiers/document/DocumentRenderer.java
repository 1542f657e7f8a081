package vn.cchc.dossiers.document;

import static vn.cchc.dossiers.document.VnText.DOTS;
import static vn.cchc.dossiers.document.VnText.count;
import static vn.cchc.dossiers.document.VnText.dateTime;
import static vn.cchc.dossiers.document.VnText.orDots;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import vn.cchc.dossiers.document.PdfDoc.Signature;
import vn.cchc.dossiers.domain.RegisterKind;

/**
 * Renders the one-stop forms of TT 03/2025/TT-VPCP Phụ lục I (Mẫu 01–07) as PDF, and the dossier book
 * (Mẫu 07) also as XLSX.
 *
 * <p>Plain Java, no container types. Thread-safe: the only state is the bundled DejaVu Serif fonts,
 * read once from the classpath ({@code /fonts/}) and embedded (subset, Identity-H with ToUnicode) in
 * every PDF. All text is NFC-normalised before it is drawn; a missing value prints as "…………"; times
 * print as "09 giờ 30 phút, ngày 16/02/2026".
 */
public final class DocumentRenderer {

    static final String RECEIPT_TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
    static final String SUPPLEMENT_TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
    static final String REFUSAL_TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
    static final String APOLOGY_TITLE = "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";
    static final String STOP_TITLE = "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ";
    static final String CONTROL_TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
    static final String BOOK_TITLE = "SỔ THEO DÕI HỒ SƠ";
    /** Mẫu 06 has no register of its own (its number is the dossier's code): only its identifier. */
    static final String CONTROL_SLIP_FORM = "Mẫu số 06";

    private static final float BODY = 12f;
    private static final float BOOK_BODY = 7.5f;
    private static final String SIGN_NOTE = "(Ký và ghi rõ họ tên)";
    private static final String HEAD_NOTE = "(Ký, ghi rõ họ tên và đóng dấu)";
    private static final String APPLICANT = "Ông/Bà/Tổ chức";
    /** Rows handed to the PDF at a time, so a long book does not keep every row in memory. */
    private static final int BOOK_CHUNK = 100;

    /** The fonts are parsed once per class loader, on first use, and shared by every instance. */
    private static final class SharedFonts {
        static final PdfFonts FONTS = PdfFonts.load();
    }

    private final PdfFonts fonts;

    /** Loads the bundled fonts (first instance only); fails fast if they are missing from the classpath. */
    public DocumentRenderer() {
        this.fonts = SharedFonts.FONTS;
    }

    // ------------------------------------------------------------------ Mẫu 01

    /** Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    public byte[] receipt(ReceiptForm f) {
        Objects.requireNonNull(f, "form");
        PdfDoc d = new PdfDoc(fonts, false, BODY, RECEIPT_TITLE);
        Party a = party(f.applicant());
        d.header(f.header(), RegisterKind.RECEIPT.formId());
        d.title(RECEIPT_TITLE, d.t("Mã hồ sơ: "), d.bv(f.dossierCode()));
        d.para(d.v(f.receivingUnit()), d.t(" tiếp nhận hồ sơ của:"));
        applicant(d, a);
        d.field("Nội dung yêu cầu giải quyết", f.requestContent());
        d.para(d.t("1. Thành phần hồ sơ nộp gồm:"));
        d.add(components(d, f.components()));
        d.gap(d.size * 0.4f);
        d.para(d.t("2. Số lượng hồ sơ: "), d.t(count(f.sets())), d.t(" (bộ)"));
        d.para(d.t("3. Thời gian giải quyết hồ sơ theo quy định: "), d.v(f.processingTime()));
        d.para(d.t("4. Thời gian nhận hồ sơ: "), d.t(dateTime(f.receivedAt())));
        d.para(d.t("5. Thời gian trả kết quả giải quyết hồ sơ: "), bold(d, f.dueAt()));
        d.para(d.t("6. Đăng ký nhận kết quả tại: "), d.v(f.returnPlace()));
        d.para(
                d.t("Vào Sổ theo dõi hồ sơ, Quyển số: "),
                d.v(f.bookNumber()),
                d.t(", Số thứ tự: "),
                d.t(f.bookSequence() > 0 ? Integer.toString(f.bookSequence()) : DOTS));
        d.signatures(
                new Signature("Người nộp hồ sơ", SIGN_NOTE, a.name()),
                new Signature("Người tiếp nhận hồ sơ", SIGN_NOTE, f.receiverName()));
        return d.finish();
    }

    private PdfPTable components(PdfDoc d, List<ComponentLine> lines) {
        PdfPTable t = new PdfPTable(new float[] {9, 71, 20});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.addCell(d.cell("STT", d.bold, Element.ALIGN_CENTER));
        t.addCell(d.cell("Tên giấy tờ", d.bold, Element.ALIGN_CENTER));
        t.addCell(d.cell("Số lượng (bản)", d.bold, Element.ALIGN_CENTER));
        if (lines.isEmpty()) {
            lines = List.of(new ComponentLine(null, 0));
        }
        int n = 1;
        for (ComponentLine c : lines) {
            t.addCell(d.cell(Integer.toString(n++), d.regular, Element.ALIGN_CENTER));
            t.addCell(d.valueCell(c.name(), d.regular, Element.ALIGN_LEFT));
            t.addCell(d.cell(count(c.copies()), d.regular, Element.ALIGN_CENTER));
        }
        return t;
    }

    // ------------------------------------------------------------------ Mẫu 02

    /** Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    public byte[] supplement(SupplementForm f) {
        Objects.requireNonNull(f, "form");
        PdfDoc d = new PdfDoc(fonts, false, BODY, SUPPLEMENT_TITLE);
        Party a = party(f.applicant());
        d.header(f.header(), RegisterKind.SUPPLEMENT.formId());
        d.title(SUPPLEMENT_TITLE, d.t("Mã hồ sơ: "), d.bv(f.dossierCode()));
        d.boldField("Hồ sơ của", a.name());
        d.field("Số định danh cá nhân/tổ chức", a.idNumber());
        d.field("Nội dung yêu cầu giải quyết", f.requestContent());
        d.field("Địa chỉ", a.address());
        phoneEmail(d, a);
        d.para(d.t("Yêu cầu " + APPLICANT + " bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"));
        d.numbered(f.items());
        d.field("Lý do", f.reason());
        d.prose(
                d.t("Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, " + APPLICANT + " liên hệ với "),
                d.v(f.guideName()),
                d.t(", số điện thoại "),
                d.v(f.guidePhone()),
                d.t(" để được hướng dẫn."));
        d.signatures(new Signature("Người hướng dẫn", SIGN_NOTE, f.guideName()));
        return d.finish();
    }

    // ------------------------------------------------------------------ Mẫu 03

    /** Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    public byte[] refusal(RefusalForm f) {
        Objects.requireNonNull(f, "form");
        PdfDoc d = new PdfDoc(fonts, false, BODY, REFUSAL_TITLE);
        Party a = party(f.applicant());
        d.header(f.header(), RegisterKind.REFUSAL.formId());
        d.title(REFUSAL_TITLE);
        d.para(d.v(f.receivingUnit()), d.t(" tiếp nhận hồ sơ của:"));
        applicant(d, a);
        d.field("Mã hồ sơ (nếu có)", f.dossierCode());
        d.field("Nội dung yêu cầu giải quyết", f.requestContent());
        d.prose(
                d.t("Qua xem xét, "),
                d.v(f.receivingUnit()),
                d.t(" thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"));
        d.bullets(f.reasons());
        d.prose(d.t("Xin thông báo cho " + APPLICANT + " được biết và thực hiện./."));
        d.signatures(
                new Signature("Người nộp hồ sơ", SIGN_NOTE, a.name()),
                new Signature("Người tiếp nhận hồ sơ", SIGN_NOTE, f.receiverName()));
        return d.finish();
    }

    // ------------------------------------------------------------------ Mẫu 04

    /** Mẫu 04 — Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết. */
    public byte[] apology(ApologyForm f) {
        Objects.requireNonNull(f, "form");
        PdfDoc d = new PdfDoc(fonts, false, BODY, APOLOGY_TITLE);
        Party a = party(f.applicant());
        String unit = orDots(f.decidingUnit());
        d.header(f.header(), RegisterKind.APOLOGY.formId());
        d.title(APOLOGY_TITLE.replace(" THỜI GIAN", "\nTHỜI GIAN"));
        d.centered(d.t("Kính gửi: "), d.bv(a.name()));
        d.prose(
                d.t("Vào lúc " + dateTime(f.receivedAt()) + ", " + unit + " tiếp nhận giải quyết hồ sơ của " + APPLICANT
                        + " đề nghị giải quyết thủ tục hành chính: "),
                d.v(f.procedureName()),
                d.t("."));
        d.field("Số định danh cá nhân/tổ chức", a.idNumber());
        d.boldField("Mã số hồ sơ", f.dossierCode());
        d.para(d.t("Thời gian hẹn trả kết quả giải quyết hồ sơ: "), d.t(dateTime(f.originalDueAt())));
        d.prose(d.t("Tuy nhiên đến nay, " + unit + " chưa trả kết quả giải quyết hồ sơ cho " + APPLICANT
                + " theo thời gian đã hẹn."));
        d.field("Lý do", f.reason());
        d.prose(d.t(unit + " xin trân trọng gửi lời xin lỗi đến " + APPLICANT + " vì sự chậm trễ trong giải quyết"
                + " hồ sơ, có thể gây phiền hà, tốn kém về chi phí, công sức của " + APPLICANT + "."));
        d.prose(
                d.t(unit + " đề nghị gia hạn thời gian giải quyết và sẽ trả kết quả giải quyết hồ sơ cho " + APPLICANT
                        + " vào "),
                bold(d, f.newDueAt()),
                d.t("."));
        d.prose(d.t("Xin trân trọng cảm ơn./."));
        String title = VnText.blank(f.signerTitle()) ? "Thủ trưởng cơ quan, đơn vị" : f.signerTitle();
        d.signatures(List.of("- Như trên;", "- Lưu: VT."), new Signature(title, HEAD_NOTE, f.signerName()));
        return d.finish();
    }

    // ------------------------------------------------------------------ Mẫu 05

    /** Mẫu 05 — Thông báo dừng giải quyết hồ sơ. */
    public byte[] stop(StopForm f) {
        Objects.requireNonNull(f, "form");
        PdfDoc d = new PdfDoc(fonts, false, BODY, STOP_TITLE);
        Party a = party(f.applicant());
        String unit = f.header() == null || VnText.blank(f.header().unitName())
                ? "Bộ phận tiếp nhận và trả kết quả"
                : orDots(f.header().unitName());
        d.header(f.header(), RegisterKind.STOP.formId());
        d.title(STOP_TITLE);
        d.centered(d.t("Kính gửi: "), d.bv(a.name()));
        d.prose(d.t(
                "Vào lúc " + dateTime(f.requestedAt()) + ", " + APPLICANT + " có yêu cầu dừng giải quyết hồ sơ sau:"));
        d.boldField("Mã hồ sơ", f.dossierCode());
        d.field("Thủ tục hành chính", f.procedureName());
        d.field("Số định danh cá nhân/tổ chức", a.idNumber());
        d.field("Địa chỉ", a.address());
        phoneEmail(d, a);
        d.field("Lý do", f.reason());
        d.prose(d.t(unit + " thông báo dừng giải quyết hồ sơ nêu trên theo yêu cầu của " + APPLICANT + "."));
        d.prose(d.t("Xin thông báo để " + APPLICANT + " được biết./."));
        d.signatures(
                List.of("- Như trên;", "- Lưu: VT."),
                new Signature("Bộ phận tiếp nhận và trả kết quả", SIGN_NOTE, null));
        return d.finish();
    }

    // ------------------------------------------------------------------ Mẫu 06

    /** Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ: one table row per hand-over. */
    public byte[] controlSlip(ControlSlip f) {
        Objects.requireNonNull(f, "form");
        PdfDoc d = new PdfDoc(fonts, false, BODY, CONTROL_TITLE);
        d.header(f.header(), CONTROL_SLIP_FORM);
        d.title(CONTROL_TITLE);
        d.boldField("Mã số hồ sơ", f.dossierCode());
        d.field("Cơ quan (bộ phận) giải quyết hồ sơ", f.decidingUnit());
        d.field("Cơ quan phối hợp giải quyết hồ sơ", f.coordinatingUnits());
        d.para(d.t("Ngày nhận hồ sơ: "), d.t(dateTime(f.receivedAt())));
        d.para(d.t("Hẹn trả kết quả: "), bold(d, f.dueAt()));

        Font small = new Font(d.regular.getBaseFont(), BODY - 2);
        Font smallBold = new Font(d.bold.getBaseFont(), BODY - 2);
        PdfPTable t = new PdfPTable(new float[] {29, 33, 21, 17});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.addCell(d.cell("TÊN CƠ QUAN", smallBold, Element.ALIGN_CENTER));
        t.addCell(d.cell("THỜI GIAN GIAO, NHẬN HỒ SƠ", smallBold, Element.ALIGN_CENTER));
        Phrase result = new Phrase();
        result.add(PdfDoc.chunk("KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n", smallBold));
        result.add(PdfDoc.chunk("(Trước hạn/đúng hạn/quá hạn)", new Font(d.italic.getBaseFont(), BODY - 2.5f)));
        t.addCell(d.cell(result, Element.ALIGN_CENTER));
        t.addCell(d.cell("GHI CHÚ", smallBold, Element.ALIGN_CENTER));
        List<ControlSlipRow> rows =
                f.rows().isEmpty() ? List.of(new ControlSlipRow(null, null, null, null, null, null, null)) : f.rows();
        for (ControlSlipRow r : rows) {
            t.addCell(d.cell(
                    phrase(small, "1. Giao: " + orDots(r.fromUnit()) + "\n2. Nhận: " + orDots(r.toUnit())),
                    Element.ALIGN_LEFT));
            t.addCell(d.cell(
                    phrase(
                            small,
                            bookTime(r.at()) + "\nNgười giao: " + orDots(r.fromUser()) + "\nNgười nhận: "
                                    + orDots(r.toUser())),
                    Element.ALIGN_LEFT));
            t.addCell(d.valueCell(r.result(), small, Element.ALIGN_CENTER));
            t.addCell(d.cell(r.note(), small, Element.ALIGN_LEFT));
        }
        d.gap(d.size * 0.4f);
        d.add(t);
        d.gap(d.size * 0.6f);
        d.prose(d.i("Ghi chú: Kết quả giải quyết hồ sơ do bên nhận nhập thông tin khi nhận bàn giao hồ sơ. "
                + "Việc lưu vết được thực hiện tự động theo chức năng của Hệ thống thông tin giải quyết "
                + "thủ tục hành chính."));
        return d.finish();
    }

    // ------------------------------------------------------------------ Mẫu 07

    /** Column titles of the Sổ theo dõi hồ sơ, shared by the PDF and the XLSX. */
    static final List<String> BOOK_COLUMNS = List.of(
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
            "Ký nhận");
    /** The group heading over columns 7–10. */
    static final String BOOK_GROUP = "Nhận và trả kết quả";

    static final int BOOK_GROUP_FIRST = 6;
    static final int BOOK_GROUP_LAST = 9;

    /** Mẫu 07 — Sổ theo dõi hồ sơ, A4 landscape, one table row per {@link BookRow}, header repeated per page. */
    public byte[] book(DossierBook f) {
        Objects.requireNonNull(f, "book");
        PdfDoc d = new PdfDoc(fonts, true, BOOK_BODY, BOOK_TITLE);
        d.pageNumbers(fonts);
        d.header(f.header(), RegisterKind.BOOK.formId());
        d.title(BOOK_TITLE, bookSubtitle(d, f));

        Font cellFont = d.regular;
        Font head = d.bold;
        Font numFont = d.italic;
        PdfPTable t = new PdfPTable(
                new float[] {5, 13.8f, 12.7f, 11, 11, 10.5f, 9.8f, 9.8f, 9.8f, 8.5f, 5}); // STT holds 6 digits
        t.setWidthPercentage(100);
        t.setHeaderRows(3);
        t.setComplete(false);
        for (int c = 0; c < BOOK_COLUMNS.size(); c++) {
            if (c == BOOK_GROUP_FIRST) {
                PdfPCell g = d.cell(BOOK_GROUP, head, Element.ALIGN_CENTER);
                g.setColspan(BOOK_GROUP_LAST - BOOK_GROUP_FIRST + 1);
                t.addCell(g);
            }
            if (c < BOOK_GROUP_FIRST || c > BOOK_GROUP_LAST) {
                PdfPCell h = d.cell(BOOK_COLUMNS.get(c), head, Element.ALIGN_CENTER);
                h.setRowspan(2);
                t.addCell(h);
            }
        }
        for (int c = BOOK_GROUP_FIRST; c <= BOOK_GROUP_LAST; c++) {
            t.addCell(d.cell(BOOK_COLUMNS.get(c), head, Element.ALIGN_CENTER));
        }
        for (int c = 1; c <= BOOK_COLUMNS.size(); c++) {
            t.addCell(d.cell("(" + c + ")", numFont, Element.ALIGN_CENTER));
        }
        int n = 0;
        boolean severalVolumes = f.volumes() != null && f.volumes().contains(",");
        for (BookRow r : f.rows()) {
            t.addCell(d.cell(entry(r, severalVolumes), cellFont, Element.ALIGN_CENTER));
            t.addCell(d.valueCell(r.dossierCode(), cellFont, Element.ALIGN_LEFT));
            t.addCell(d.valueCell(r.procedureName(), cellFont, Element.ALIGN_LEFT));
            t.addCell(d.valueCell(r.applicantName(), cellFont, Element.ALIGN_LEFT));
            t.addCell(d.valueCell(r.addressPhone(), cellFont, Element.ALIGN_LEFT));
            t.addCell(d.valueCell(r.decidingUnit(), cellFont, Element.ALIGN_LEFT));
            t.addCell(d.cell(bookTime(r.receivedAt()), cellFont, Element.ALIGN_CENTER));
            t.addCell(d.cell(bookTime(r.dueAt()), cellFont, Element.ALIGN_CENTER));
            // not yet returned: left empty for the clerk, like the signature column
            t.addCell(d.cell(r.returnedAt() == null ? null : bookTime(r.returnedAt()), cellFont, Element.ALIGN_CENTER));
            t.addCell(d.cell(r.returnMethod(), cellFont, Element.ALIGN_LEFT));
            t.addCell(d.cell(null, cellFont, Element.ALIGN_LEFT));
            if (++n % BOOK_CHUNK == 0) {
                d.add(t); // writes the finished rows and frees them; the header rows stay
            }
        }
        if (n == 0) { // a table of header rows only is not drawn: give an empty book one blank line
            for (int c = 0; c < BOOK_COLUMNS.size(); c++) {
                PdfPCell blank = d.cell(null, cellFont, Element.ALIGN_LEFT);
                blank.setMinimumHeight(BOOK_BODY * 2.5f);
                t.addCell(blank);
            }
        }
        t.setComplete(true);
        d.add(t);
        return d.finish();
    }

    static Chunk[] bookSubtitle(PdfDoc d, DossierBook f) {
        return new Chunk[] {
            d.t(orDots(f.unitName()) + "\n"),
            d.t("Quyển số: " + orDots(f.volumes()) + "\n"),
            d.i("Từ ngày " + VnText.date(f.from()) + " đến ngày " + VnText.date(f.to()))
        };
    }

    /** The STT cell: the entry number in its book, over the volume when the export spans several books ("37\n(2025)"). */
    static String entry(BookRow r, boolean withVolume) {
        if (r.no() <= 0) {
            return "";
        }
        return withVolume && r.volume() > 0 ? r.no() + "\n(" + r.volume() + ")" : Integer.toString(r.no());
    }

    /** "09 giờ 30 phút\nngày 16/02/2026": the Vietnamese time style in two lines for a narrow column. */
    static String bookTime(LocalDateTime t) {
        return t == null ? DOTS : dateTime(t).replace(", ", "\n");
    }

    /** Mẫu 07 as an Excel workbook with the same columns as {@link #book(DossierBook)}. */
    public byte[] bookXlsx(DossierBook f) {
        Objects.requireNonNull(f, "book");
        return BookXlsx.write(f);
    }

    // ------------------------------------------------------------------ shared pieces

    private static Party party(Party p) {
        return p == null ? new Party(null) : p;
    }

    private static void applicant(PdfDoc d, Party a) {
        d.boldField(APPLICANT, a.name());
        d.field("Số định danh cá nhân/tổ chức", a.idNumber());
        d.field("Địa chỉ", a.address());
        phoneEmail(d, a);
    }

    private static void phoneEmail(PdfDoc d, Party a) {
        d.para(d.t("Số điện thoại: "), d.v(a.phone()), d.t("     Email: "), d.v(a.email()));
    }

    private static Chunk bold(PdfDoc d, LocalDateTime t) {
        return t == null ? d.t(DOTS) : d.b(dateTime(t));
    }

    private static Phrase phrase(Font f, String s) {
        return new Phrase(f.getSize() * 1.35f, VnText.nfc(s), f);
    }
}
