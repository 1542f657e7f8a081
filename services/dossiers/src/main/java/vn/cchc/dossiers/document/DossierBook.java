package vn.cchc.dossiers.document;

import java.time.LocalDate;
import java.util.List;

/**
 * Mẫu 07 — Sổ theo dõi hồ sơ for one unit (kept per lĩnh vực or group of lĩnh vực) and period.
 *
 * @param unitName the unit / lĩnh vực the book is kept for, printed under the title
 */
public record DossierBook(FormHeader header, String unitName, LocalDate from, LocalDate to, List<BookRow> rows) {

    public DossierBook {
        rows = Lists.copy(rows);
    }
}
