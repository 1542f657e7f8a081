package vn.cchc.inspections.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.WorkingCalendar;

class WorkingDaysTest {

    private final WorkingCalendar calendar = WorkingCalendar.of(List.of());

    @Test
    void fifteenWorkingDaysSkipWeekends() {
        // Friday 6/3/2026 + 15 working days = Friday 27/3/2026 (three full weeks)
        assertEquals(LocalDate.of(2026, 3, 27), WorkingDays.after(calendar, LocalDate.of(2026, 3, 6), 15));
    }

    @Test
    void fifteenWorkingDaysSkipTetHolidays() {
        // ended Thursday 12/2/2026; Tết 16–20/2/2026 is off: 13/2 is day 1, 23–27/2 days 2–6, 2–6/3 days 7–11,
        // 9–12/3 days 12–15 → Thursday 12/3/2026 (without the holidays it would be 5/3)
        assertEquals(LocalDate.of(2026, 3, 12), WorkingDays.after(calendar, LocalDate.of(2026, 2, 12), 15));
    }

    @Test
    void endingOnASaturdayCountsFromMonday() {
        assertEquals(LocalDate.of(2026, 11, 23), WorkingDays.after(calendar, LocalDate.of(2026, 11, 21), 1));
        assertEquals(LocalDate.of(2026, 11, 21), WorkingDays.after(calendar, LocalDate.of(2026, 11, 21), 0));
    }

    @Test
    void lateWhenDoneOrStillPendingAfterTheDueDate() {
        LocalDate due = LocalDate.of(2026, 3, 27);
        assertFalse(WorkingDays.isLate(due, LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 30)));
        assertTrue(WorkingDays.isLate(due, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 1)));
        assertTrue(WorkingDays.isLate(due, null, LocalDate.of(2026, 3, 28)));
        assertFalse(WorkingDays.isLate(due, null, LocalDate.of(2026, 3, 27)));
        assertFalse(WorkingDays.isLate(null, null, LocalDate.of(2026, 3, 27)));
    }
}
