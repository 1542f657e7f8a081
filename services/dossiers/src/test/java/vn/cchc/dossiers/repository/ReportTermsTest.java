package vn.cchc.dossiers.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.domain.PeriodSlices;
import vn.cchc.dossiers.domain.PeriodSlices.Grain;
import vn.cchc.dossiers.repository.ReportQueries.Term;

/** Slices of days read as "month minus the other days" when fewer days of rows are read that way. */
class ReportTermsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theLastMonthOnItsLastDayReadsTwoMonthsAndSixDays() {
        List<Term> terms = ReportQueries.terms(PeriodSlices.of(d("2026-11-07"), d("2026-12-06")), d("2026-12-06"));
        assertEquals(
                List.of(
                        new Term(Grain.MONTH, d("2026-11-01"), d("2026-11-01"), false),
                        new Term(Grain.DAY, d("2026-11-01"), d("2026-11-06"), true),
                        new Term(Grain.MONTH, d("2026-12-01"), d("2026-12-01"), false),
                        new Term(Grain.DAY, d("2026-12-07"), d("2026-12-31"), true)),
                terms);
    }

    @Test
    void aShortSliceKeepsItsDays() {
        List<Term> terms = ReportQueries.terms(PeriodSlices.of(d("2025-02-03"), d("2025-02-07")), d("2026-12-06"));
        assertEquals(List.of(new Term(Grain.DAY, d("2025-02-03"), d("2025-02-07"), false)), terms);
    }

    @Test
    void wholeMonthsAndYearsAreUntouched() {
        List<Term> terms = ReportQueries.terms(PeriodSlices.of(d("2023-01-01"), d("2025-06-30")), d("2026-12-06"));
        assertEquals(
                List.of(
                        new Term(Grain.YEAR, d("2023-01-01"), d("2024-01-01"), false),
                        new Term(Grain.MONTH, d("2025-01-01"), d("2025-06-01"), false)),
                terms);
    }

    @Test
    void aPastPartialMonthSubtractsTheDaysOnBothSides() {
        // 3–27 February 2025: 25 days inside, 2 + 1 outside
        List<Term> terms = ReportQueries.terms(PeriodSlices.of(d("2025-02-03"), d("2025-02-27")), d("2026-12-06"));
        assertEquals(
                List.of(
                        new Term(Grain.MONTH, d("2025-02-01"), d("2025-02-01"), false),
                        new Term(Grain.DAY, d("2025-02-01"), d("2025-02-02"), true),
                        new Term(Grain.DAY, d("2025-02-28"), d("2025-02-28"), true)),
                terms);
    }
}
