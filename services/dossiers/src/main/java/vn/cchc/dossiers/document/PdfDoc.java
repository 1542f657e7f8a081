package vn.cchc.dossiers.document;

import static vn.cchc.dossiers.document.VnText.nfc;
import static vn.cchc.dossiers.document.VnText.orDots;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * One PDF being written: page set-up, fonts at this document's sizes and the building blocks the forms
 * share (header block, title, labelled fields, tables, signature blocks). Not thread-safe; one per render.
 * Every string goes through {@link VnText#nfc} before it reaches a {@link Chunk}.
 */
final class PdfDoc {
    private static final float MM = 72f / 25.4f;

    /** A signature block: title in bold capitals, italic note, room to sign, then the name. */
    record Signature(String title, String note, String name) {}

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    private final Document doc;
    private final PdfWriter writer;
    final float size;
    final Font regular;
    final Font bold;
    final Font italic;
    final Font titleFont;
    final Font headerRegular;
    final Font headerBold;
    final Font headerItalic;

    PdfDoc(PdfFonts fonts, boolean landscape, float size, String title) {
        this.size = size;
        float headerSize = Math.max(9f, Math.min(size, 10.5f));
        regular = new Font(fonts.regular, size);
        bold = new Font(fonts.bold, size);
        italic = new Font(fonts.italic, size);
        titleFont = new Font(fonts.bold, Math.max(12f, size + 1.5f));
        headerRegular = new Font(fonts.regular, headerSize);
        headerBold = new Font(fonts.bold, headerSize);
        headerItalic = new Font(fonts.italic, headerSize);
        // landscape as a wide MediaBox, not a /Rotate'd portrait page
        Rectangle page = landscape ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4;
        // Nghị định 30/2020: left 30-35 mm, right 15-20 mm, top/bottom 20-25 mm; the book is printed tighter.
        doc = landscape
                ? new Document(page, 12 * MM, 12 * MM, 12 * MM, 14 * MM)
                : new Document(page, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            writer = PdfWriter.getInstance(doc, out);
        } catch (DocumentException e) {
            throw new DocumentRenderingException("cannot start PDF", e);
        }
        writer.setFullCompression();
        // PDF 1.7 (ISO 32000-1) rather than OpenPDF 3's default 2.0: what signing tools and archives expect.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        // Justify with word spacing only: character spacing spreads the letters of a syllable apart,
        // which looks wrong in Vietnamese and makes text extraction see gaps inside words.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        doc.addTitle(nfc(title));
        doc.addCreator("CCHC dossiers");
        doc.open();
    }

    /** Prints "Trang N" at the bottom of every page (registered before the first page ends). */
    void pageNumbers(PdfFonts fonts) {
        Font f = new Font(fonts.italic, 8);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                Rectangle r = d.getPageSize();
                ColumnText.showTextAligned(
                        w.getDirectContent(),
                        Element.ALIGN_CENTER,
                        new Phrase("Trang " + w.getPageNumber(), f),
                        (r.getLeft() + r.getRight()) / 2,
                        r.getBottom() + 7 * MM,
                        0);
            }
        });
    }

    // ---------------------------------------------------------------- text pieces

    Chunk t(String s) {
        return new Chunk(nfc(s), regular);
    }

    Chunk b(String s) {
        return new Chunk(nfc(s), bold);
    }

    Chunk i(String s) {
        return new Chunk(nfc(s), italic);
    }

    /** A value, or the dotted line when missing. */
    Chunk v(String s) {
        return new Chunk(orDots(s), regular);
    }

    /** A bold value, or the (regular) dotted line when missing. */
    Chunk bv(String s) {
        return VnText.blank(s) ? new Chunk(VnText.DOTS, regular) : new Chunk(orDots(s), bold);
    }

    static Chunk chunk(String s, Font f) {
        return new Chunk(nfc(s), f);
    }

    /*
     * Vertical space is made with leading and with empty spacer tables, never with Paragraph/PdfPTable
     * spacingBefore/After: OpenPDF draws those as a " " in the paragraph's font (Helvetica unless set),
     * which would add a non-embedded font and a stray space to the extracted text.
     */
    private Paragraph paragraph(int align, Chunk... parts) {
        Paragraph p = new Paragraph(size * 1.45f);
        p.setFont(regular);
        for (Chunk c : parts) {
            p.add(c);
        }
        p.setAlignment(align);
        return p;
    }

    /** Empty vertical space of {@code height} points. */
    void gap(float height) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        PdfPCell c = blankCell();
        c.setFixedHeight(height);
        t.addCell(c);
        add(t);
    }

    // ---------------------------------------------------------------- blocks

    void add(Element e) {
        try {
            doc.add(e);
        } catch (DocumentException ex) {
            throw new DocumentRenderingException("cannot lay out PDF", ex);
        }
    }

    /** A left-aligned paragraph (fields, list items). */
    void para(Chunk... parts) {
        add(paragraph(Element.ALIGN_LEFT, parts));
    }

    /** A justified paragraph (running text), first line indented. */
    void prose(Chunk... parts) {
        Paragraph p = paragraph(Element.ALIGN_JUSTIFIED, parts);
        p.setFirstLineIndent(size * 1.5f);
        add(p);
    }

    /** "Label: value" with the dotted line for a missing value. */
    void field(String label, String value) {
        para(t(label + ": "), v(value));
    }

    /** "Label: value" with the value in bold. */
    void boldField(String label, String value) {
        para(t(label + ": "), bv(value));
    }

    void centered(Chunk... parts) {
        add(paragraph(Element.ALIGN_CENTER, parts));
    }

    /** Numbered list "1. …", indented; an empty list prints one dotted line. */
    void numbered(List<String> items) {
        if (items.isEmpty()) {
            indented(t("1. "), v(null));
            return;
        }
        int n = 1;
        for (String item : items) {
            indented(t(n++ + ". "), v(item));
        }
    }

    /** Bulleted list "- …", indented; an empty list prints one dotted line. */
    void bullets(List<String> items) {
        if (items.isEmpty()) {
            indented(t("- "), v(null));
            return;
        }
        for (String item : items) {
            indented(t("- "), v(item));
        }
    }

    private void indented(Chunk... parts) {
        Paragraph p = paragraph(Element.ALIGN_LEFT, parts);
        p.setIndentationLeft(size * 1.5f);
        add(p);
    }

    /**
     * The header block of TT 03/2025 forms: managing body and one-stop unit with the number on the left;
     * national title, motto and "place, ngày … tháng … năm …" on the right.
     */
    void header(FormHeader h, String formId) {
        FormHeader hd = h == null ? new FormHeader(null, null, null, null, null) : h;
        if (formId != null) { // "Mẫu số 01" in the top right corner, as TT 03/2025 Phụ lục I prints it
            Paragraph id = new Paragraph(headerBold.getSize() * 1.3f, chunk(formId, headerBold));
            id.setFont(headerBold);
            id.setAlignment(Element.ALIGN_RIGHT);
            add(id);
        }
        PdfPTable t = new PdfPTable(new float[] {44, 56});
        t.setWidthPercentage(100);
        PdfPCell left = blankCell();
        left.addElement(line(VnText.upper(hd.authorityName()), headerRegular));
        left.addElement(line(VnText.upper(hd.unitName()), headerBold));
        left.addElement(rule(30));
        left.addElement(line("Số: " + orDots(hd.number()), headerRegular));
        PdfPCell right = blankCell();
        right.addElement(line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", headerBold));
        right.addElement(line("Độc lập - Tự do - Hạnh phúc", headerBold));
        right.addElement(rule(52));
        right.addElement(line(VnText.placeDate(hd.place(), hd.date()), headerItalic));
        t.addCell(left);
        t.addCell(right);
        add(t);
        gap(size);
    }

    private Paragraph line(String s, Font f) {
        Paragraph p = new Paragraph(f.getSize() * 1.3f, chunk(s, f));
        p.setFont(f);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** The short centred rule under the unit name and under the motto. */
    private Paragraph rule(float percent) {
        Paragraph p = new Paragraph(headerRegular.getSize() * 0.6f);
        p.setFont(headerRegular);
        Chunk c = new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, -1.5f));
        c.setFont(headerRegular);
        p.add(c);
        return p;
    }

    /** Form title in bold capitals, centred, with optional regular subtitles below. */
    void title(String title, Chunk... subtitle) {
        Paragraph p = new Paragraph(titleFont.getSize() * 1.3f, chunk(title, titleFont));
        p.setFont(titleFont);
        p.setAlignment(Element.ALIGN_CENTER);
        add(p);
        if (subtitle.length > 0) {
            add(paragraph(Element.ALIGN_CENTER, subtitle));
        }
        gap(size * 0.8f);
    }

    /** Signature blocks side by side; a single block sits on the right half. */
    void signatures(Signature... sigs) {
        signatures(null, sigs);
    }

    /** Signature blocks with an optional "Nơi nhận" block on the left. */
    void signatures(List<String> recipients, Signature... sigs) {
        int cols = Math.max(2, sigs.length);
        gap(size * 0.6f);
        PdfPTable t = new PdfPTable(cols);
        t.setWidthPercentage(100);
        t.setKeepTogether(true);
        if (sigs.length < cols) {
            PdfPCell c = blankCell();
            if (recipients != null) {
                Font sb = new Font(bold.getBaseFont(), size - 1.5f);
                Font sr = new Font(regular.getBaseFont(), size - 2);
                c.addElement(leftLine(chunk("Nơi nhận:", sb)));
                for (String r : recipients) {
                    c.addElement(leftLine(chunk(r, sr)));
                }
            }
            for (int k = sigs.length; k < cols; k++) {
                t.addCell(c);
            }
        }
        for (Signature s : sigs) {
            PdfPCell c = blankCell();
            c.addElement(centeredLine(chunk(VnText.upper(s.title()), bold)));
            c.addElement(centeredLine(chunk(s.note(), italic)));
            Paragraph room = new Paragraph(size * 5.5f, new Chunk(" ", regular));
            room.setFont(regular);
            c.addElement(room);
            c.addElement(centeredLine(
                    VnText.blank(s.name()) ? new Chunk(VnText.DOTS, regular) : chunk(orDots(s.name()), bold)));
            t.addCell(c);
        }
        add(t);
    }

    private Paragraph centeredLine(Chunk c) {
        Paragraph p = new Paragraph(size * 1.3f, c);
        p.setFont(c.getFont());
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    private static Paragraph leftLine(Chunk c) {
        Paragraph p = new Paragraph(c.getFont().getSize() * 1.3f, c);
        p.setFont(c.getFont());
        return p;
    }

    // ---------------------------------------------------------------- tables

    static PdfPCell blankCell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    /** A bordered cell holding one phrase (which may contain "\n"). */
    PdfPCell cell(Phrase p, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setLeading(0, 1.3f); // text-mode cells ignore the phrase leading; room for stacked diacritics
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(size * 0.3f);
        c.setPaddingBottom(size * 0.45f);
        c.setUseAscender(true);
        c.setBorderWidth(0.5f);
        return c;
    }

    /** A bordered cell with {@code s} as given (null prints nothing). */
    PdfPCell cell(String s, Font f, int align) {
        return cell(new Phrase(f.getSize() * 1.35f, s == null ? "" : nfc(s), f), align);
    }

    /** A bordered cell with a value, or the dotted line when it is missing. */
    PdfPCell valueCell(String s, Font f, int align) {
        return cell(new Phrase(f.getSize() * 1.35f, orDots(s), f), align);
    }

    byte[] finish() {
        doc.close();
        return out.toByteArray();
    }
}
