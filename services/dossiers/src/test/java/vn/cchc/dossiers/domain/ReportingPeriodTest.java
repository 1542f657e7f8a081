package vn.cchc.dossiers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    static List<String> labels(List<ReportingPeriod> periods) {
        return periods.stream().map(ReportingPeriod::label).toList();
    }

    @Test
    void periodsAreYearsQuartersOrMonths() {
        assertEquals(
                new ReportingPeriod("2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)),
                ReportingPeriod.parse("2026-Q2"));
        assertEquals(LocalDate.of(2028, 2, 29), ReportingPeriod.parse("2028-02").to());
        assertEquals(LocalDate.of(2026, 12, 31), ReportingPeriod.parse("2026").to());
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2026-13"));
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse(null));
    }

    @Test
    void aChangeMovesItsPeriodAndEveryLaterOneUpToToday() {
        // a dossier received 20/11/2025 changes that month, its quarter and year, and (carried over) all after it
        assertEquals(
                List.of("2025", "2026", "2025-Q4", "2026-Q1", "2025-11", "2025-12", "2026-01", "2026-02"),
                labels(ReportingPeriod.affected(
                        LocalDate.of(2025, 11, 20), LocalDate.of(2026, 2, 3), LocalDate.of(2021, 1, 1))));
        // never before the horizon; nothing when the day is still to come
        assertEquals(
                List.of("2026", "2026-Q1", "2026-01"),
                labels(ReportingPeriod.affected(
                        LocalDate.of(2019, 5, 1), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 1))));
        assertEquals(
                List.of(),
                ReportingPeriod.affected(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2021, 1, 1)));
    }
}
