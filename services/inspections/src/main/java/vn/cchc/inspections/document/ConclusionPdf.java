package vn.cchc.inspections.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders the Thông báo kết luận kiểm tra công tác CCHC (header block of Nghị định 30/2020, ưu điểm, tồn tại
 * hạn chế, yêu cầu/kiến nghị, signature) with the bundled DejaVu Serif font (every Vietnamese glyph).
 */
public final class ConclusionPdf {

    private static final float MM = 72f / 25.4f;
    private static final String DOTS = "…………";
    private static final BaseFont REGULAR = font("DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("DejaVuSerif-Bold.ttf");

    /** What the notice says. */
    public record Content(
            String issuer,
            String teamName,
            String number,
            LocalDate noticeDate,
            String place,
            String unitName,
            String planNumber,
            LocalDate planDate,
            LocalDate visitFrom,
            LocalDate visitTo,
            String strengths,
            String shortcomings,
            String requests,
            List<String> figures,
            String signerTitle,
            String signer,
            boolean draft) {}

    private ConclusionPdf() {}

    public static byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        Font r = new Font(REGULAR, 12);
        Font b = new Font(BOLD, 12);
        Font hb = new Font(BOLD, 11);
        Font hr = new Font(REGULAR, 11);
        Font title = new Font(BOLD, 14);
        try {
            PdfWriter.getInstance(doc, out).setPdfVersion(PdfWriter.VERSION_1_7);
            doc.addTitle(nfc("Thông báo kết luận kiểm tra " + orDots(c.number())));
            doc.addCreator("CCHC inspections");
            doc.open();
            PdfPTable header = new PdfPTable(new float[] {44, 56});
            header.setWidthPercentage(100);
            PdfPCell left = cell();
            left.addElement(center(upper(orDots(c.issuer())), hr));
            left.addElement(center(upper(orDots(c.teamName())), hb));
            left.addElement(center("Số: " + orDots(c.number()), hr));
            PdfPCell right = cell();
            right.addElement(center("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", hb));
            right.addElement(center("Độc lập - Tự do - Hạnh phúc", hb));
            right.addElement(center(placeDate(c.place(), c.noticeDate()), new Font(REGULAR, 11, Font.ITALIC)));
            header.addCell(left);
            header.addCell(right);
            doc.add(header);
            doc.add(new Paragraph(" ", r));
            doc.add(center("THÔNG BÁO", title));
            doc.add(center("Kết luận kiểm tra công tác cải cách hành chính tại " + orDots(c.unitName()), b));
            if (c.draft()) {
                doc.add(center("(DỰ THẢO)", b));
            }
            doc.add(new Paragraph(" ", r));
            doc.add(prose(
                    "Thực hiện Kế hoạch số " + orDots(c.planNumber()) + " ngày " + date(c.planDate())
                            + " về kiểm tra công tác cải cách hành chính, từ ngày " + date(c.visitFrom()) + " đến ngày "
                            + date(c.visitTo()) + ", Đoàn kiểm tra đã tiến hành kiểm tra tại " + orDots(c.unitName())
                            + ". Đoàn kiểm tra thông báo kết luận như sau:",
                    r));
            section(doc, "1. Ưu điểm", c.strengths(), r, b);
            section(doc, "2. Tồn tại, hạn chế", c.shortcomings(), r, b);
            if (c.figures() != null && !c.figures().isEmpty()) {
                doc.add(new Paragraph(nfc("Số liệu kiểm chứng:"), b));
                for (String f : c.figures()) {
                    doc.add(new Paragraph(nfc("- " + f), r));
                }
            }
            section(doc, "3. Yêu cầu, kiến nghị", c.requests(), r, b);
            doc.add(new Paragraph(" ", r));
            PdfPTable sign = new PdfPTable(2);
            sign.setWidthPercentage(100);
            sign.addCell(cell());
            PdfPCell s = cell();
            s.addElement(center(upper(c.signerTitle() == null ? "Trưởng đoàn kiểm tra" : c.signerTitle()), b));
            s.addElement(new Paragraph(60, " ", r));
            s.addElement(center(orDots(c.signer()), b));
            sign.addCell(s);
            doc.add(sign);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the conclusion notice", e);
        }
        return out.toByteArray();
    }

    private static void section(Document doc, String heading, String text, Font r, Font b) throws DocumentException {
        doc.add(new Paragraph(nfc(heading), b));
        if (text == null || text.isBlank()) {
            doc.add(new Paragraph(DOTS, r));
            return;
        }
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                doc.add(prose(line.strip(), r));
            }
        }
    }

    private static Paragraph prose(String s, Font f) {
        Paragraph p = new Paragraph(f.getSize() * 1.45f, nfc(s), f);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(f.getSize() * 1.5f);
        return p;
    }

    private static Paragraph center(String s, Font f) {
        Paragraph p = new Paragraph(f.getSize() * 1.35f, new Chunk(nfc(s), f));
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static PdfPCell cell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(0);
        c.setPadding(0);
        return c;
    }

    static String placeDate(String place, LocalDate d) {
        String p = place == null || place.isBlank() ? "……" : place;
        if (d == null) {
            return p + ", ngày …… tháng …… năm ……";
        }
        return p + ", ngày " + String.format("%02d", d.getDayOfMonth()) + " tháng "
                + String.format("%02d", d.getMonthValue()) + " năm " + d.getYear();
    }

    static String date(LocalDate d) {
        return d == null ? DOTS : String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String upper(String s) {
        return s.toUpperCase(java.util.Locale.forLanguageTag("vi-VN"));
    }

    private static String orDots(String s) {
        return s == null || s.isBlank() ? DOTS : s.strip();
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static BaseFont font(String file) {
        try (InputStream in = ConclusionPdf.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /fonts/" + file + " is missing");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
