package vn.cchc.dossiers.document;

import static vn.cchc.dossiers.document.DocumentRenderer.BOOK_COLUMNS;
import static vn.cchc.dossiers.document.DocumentRenderer.BOOK_GROUP;
import static vn.cchc.dossiers.document.DocumentRenderer.BOOK_GROUP_FIRST;
import static vn.cchc.dossiers.document.DocumentRenderer.BOOK_GROUP_LAST;
import static vn.cchc.dossiers.document.DocumentRenderer.BOOK_TITLE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Mẫu 07 as XLSX (fastexcel writer). Rows (0-based): 0 title, 1 unit, 2 period, 3 group heading
 * "Nhận và trả kết quả" over columns G–J, 4 column titles (the same as the PDF), 5… one row per
 * {@link BookRow}. Times are real Excel date-times formatted dd/mm/yyyy hh:mm; missing values are
 * empty cells so that the sheet stays sortable and filterable.
 */
final class BookXlsx {
    static final String SHEET = "Sổ theo dõi hồ sơ";
    static final int HEADER_ROW = 4;
    static final int FIRST_DATA_ROW = 5;
    static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";
    private static final double[] WIDTHS = {6, 24, 40, 26, 32, 28, 17, 17, 17, 20, 12};
    private static final int FLUSH_EVERY = 500;

    private BookXlsx() {}

    static byte[] write(DossierBook f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        int last = BOOK_COLUMNS.size() - 1;
        try {
            Workbook wb = new Workbook(out, "CCHC dossiers", "1.0");
            Worksheet ws = wb.newWorksheet(SHEET);
            ws.pageOrientation("landscape");
            ws.paperSize(PaperSize.A4_PAPER);
            ws.fitToWidth((short) 1);
            ws.repeatRows(3, HEADER_ROW);
            for (int c = 0; c <= last; c++) {
                ws.width(c, WIDTHS[c]);
            }
            title(ws, 0, BOOK_TITLE, last);
            ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
            title(
                    ws,
                    1,
                    VnText.orDots(f.unitName()) + (f.volumes() == null ? "" : " — Quyển số: " + f.volumes()),
                    last);
            ws.style(1, 0).horizontalAlignment("center").set();
            title(ws, 2, "Từ ngày " + VnText.date(f.from()) + " đến ngày " + VnText.date(f.to()), last);
            ws.style(2, 0).italic().horizontalAlignment("center").set();

            ws.value(3, BOOK_GROUP_FIRST, VnText.nfc(BOOK_GROUP));
            ws.range(3, BOOK_GROUP_FIRST, 3, BOOK_GROUP_LAST).merge();
            ws.range(3, BOOK_GROUP_FIRST, 3, BOOK_GROUP_LAST)
                    .style()
                    .bold()
                    .horizontalAlignment("center")
                    .borderStyle(BorderStyle.THIN)
                    .set();
            for (int c = 0; c <= last; c++) {
                ws.value(HEADER_ROW, c, VnText.nfc(BOOK_COLUMNS.get(c)));
            }
            ws.range(HEADER_ROW, 0, HEADER_ROW, last)
                    .style()
                    .bold()
                    .wrapText(true)
                    .horizontalAlignment("center")
                    .verticalAlignment("center")
                    .borderStyle(BorderStyle.THIN)
                    .fillColor("D9E1F2")
                    .set();
            ws.freezePane(0, FIRST_DATA_ROW);

            int r = FIRST_DATA_ROW;
            for (BookRow row : f.rows()) {
                if (row.no() > 0) {
                    ws.value(r, 0, row.no());
                }
                text(ws, r, 1, row.dossierCode());
                text(ws, r, 2, row.procedureName());
                text(ws, r, 3, row.applicantName());
                text(ws, r, 4, row.addressPhone());
                text(ws, r, 5, row.decidingUnit());
                time(ws, r, 6, row.receivedAt());
                time(ws, r, 7, row.dueAt());
                time(ws, r, 8, row.returnedAt());
                text(ws, r, 9, row.returnMethod());
                ws.range(r, 0, r, 5)
                        .style()
                        .wrapText(true)
                        .verticalAlignment("top")
                        .borderStyle(BorderStyle.THIN)
                        .set();
                ws.range(r, 6, r, 8)
                        .style()
                        .format(DATE_TIME_FORMAT)
                        .verticalAlignment("top")
                        .horizontalAlignment("center")
                        .borderStyle(BorderStyle.THIN)
                        .set();
                ws.range(r, 9, r, last)
                        .style()
                        .wrapText(true)
                        .verticalAlignment("top")
                        .borderStyle(BorderStyle.THIN)
                        .set();
                if (++r % FLUSH_EVERY == 0) {
                    ws.flush();
                }
            }
            if (r > FIRST_DATA_ROW) {
                ws.setAutoFilter(HEADER_ROW, 0, r - 1, last);
            }
            wb.finish();
        } catch (IOException e) {
            throw new DocumentRenderingException("cannot write the dossier book workbook", e);
        }
        return out.toByteArray();
    }

    private static void title(Worksheet ws, int row, String text, int last) {
        ws.value(row, 0, VnText.nfc(text));
        ws.range(row, 0, row, last).merge();
    }

    private static void text(Worksheet ws, int r, int c, String s) {
        if (!VnText.blank(s)) {
            ws.value(r, c, VnText.nfc(s.strip()));
        }
    }

    private static void time(Worksheet ws, int r, int c, LocalDateTime t) {
        if (t != null) {
            ws.value(r, c, t);
        }
    }
}
