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

    /** "Quyển số: 2026" (or "2025, 2026" for a period over two books); null when no row names its volume. */
    public String volumes() {
        String v = rows.stream()
                .mapToInt(BookRow::volume)
                .filter(x -> x > 0)
                .distinct()
                .sorted()
                .mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        return v.isEmpty() ? null : v;
    }
}
