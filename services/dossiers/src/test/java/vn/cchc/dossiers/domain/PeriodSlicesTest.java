package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.domain.PeriodSlices.Grain;
import vn.cchc.dossiers.domain.PeriodSlices.Slice;

class PeriodSlicesTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void longPeriodIsDaysMonthsYearsMonthsDays() {
        assertEquals(
                List.of(
                        new Slice(Grain.DAY, d("2022-03-15"), d("2022-03-31")),
                        new Slice(Grain.MONTH, d("2022-04-01"), d("2022-12-01")),
                        new Slice(Grain.YEAR, d("2023-01-01"), d("2025-01-01")),
                        new Slice(Grain.MONTH, d("2026-01-01"), d("2026-01-01")),
                        new Slice(Grain.DAY, d("2026-02-01"), d("2026-02-10"))),
                PeriodSlices.of(d("2022-03-15"), d("2026-02-10")));
    }

    @Test
    void wholeMonthAndWholeYearAreOneSlice() {
        assertEquals(
                List.of(new Slice(Grain.MONTH, d("2026-10-01"), d("2026-10-01"))),
                PeriodSlices.of(d("2026-10-01"), d("2026-10-31")));
        assertEquals(
                List.of(new Slice(Grain.YEAR, d("2025-01-01"), d("2025-01-01"))),
                PeriodSlices.of(d("2025-01-01"), d("2025-12-31")));
        assertEquals(
                List.of(new Slice(Grain.MONTH, d("2026-01-01"), d("2026-09-01"))),
                PeriodSlices.of(d("2026-01-01"), d("2026-09-30")));
    }

    @Test
    void partOfOneMonthIsDays() {
        assertEquals(
                List.of(new Slice(Grain.DAY, d("2026-02-03"), d("2026-02-03"))),
                PeriodSlices.of(d("2026-02-03"), d("2026-02-03")));
        assertEquals(
                List.of(new Slice(Grain.DAY, d("2026-02-01"), d("2026-02-27"))),
                PeriodSlices.of(d("2026-02-01"), d("2026-02-27")));
        assertTrue(PeriodSlices.of(d("2026-02-02"), d("2026-01-01")).isEmpty());
    }

    @Test
    void yearStartingMidwayIsNotAWholeYear() {
        assertEquals(
                List.of(new Slice(Grain.MONTH, d("2025-12-01"), d("2026-11-01"))),
                PeriodSlices.of(d("2025-12-01"), d("2026-11-30")));
    }

    /** Every day of the period is covered exactly once, for many random periods. */
    @Test
    void slicesCoverEachDayOnce() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            LocalDate from = d("2019-01-01").plusDays(random.nextInt(3000));
            LocalDate to = from.plusDays(random.nextInt(i % 2 == 0 ? 70 : 2500));
            List<Slice> slices = PeriodSlices.of(from, to);
            assertTrue(slices.size() <= 5, slices::toString);
            LocalDate next = from;
            for (Slice s : slices) {
                assertEquals(next, s.first(), from + " … " + to + ": " + slices);
                next = switch (s.grain()) {
                    case DAY -> s.last().plusDays(1);
                    case MONTH -> s.last().plusMonths(1);
                    case YEAR -> s.last().plusYears(1);
                };
            }
            assertEquals(to.plusDays(1), next, from + " … " + to + ": " + slices);
        }
    }
}
