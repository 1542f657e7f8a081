package vn.cchc.dossiers.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.OfficialCalendar2026;
import vn.cchc.calendar.WorkingCalendar;

class DueSoonTest {

    private static final WorkingCalendar CAL = WorkingCalendar.of(OfficialCalendar2026.ENTRIES);

    private static boolean dueSoon(String now, String dueAt) {
        return DueSoon.isDueSoon(LocalDateTime.parse(now), LocalDateTime.parse(dueAt), CAL);
    }

    @Test
    void fromTheWorkingDayBeforeUntilTheDueTime() {
        String due = "2026-03-12T10:00";
        assertFalse(dueSoon("2026-03-10T17:00", due), "two working days before");
        assertTrue(dueSoon("2026-03-11T00:00", due), "the working day before");
        assertTrue(dueSoon("2026-03-12T09:00", due));
        assertTrue(dueSoon("2026-03-12T10:00", due), "at the due time it is not yet overdue");
        assertFalse(dueSoon("2026-03-12T10:01", due), "overdue, no longer 'due soon'");
    }

    @Test
    void overAWeekend() {
        String due = "2026-03-16T10:00";
        assertFalse(dueSoon("2026-03-12T16:00", due));
        assertTrue(dueSoon("2026-03-13T08:00", due), "Friday before a Monday due date");
        assertTrue(dueSoon("2026-03-14T08:00", due));
    }

    @Test
    void overTheWorkedSaturday() {
        // Due Mon 24/8/2026: the previous working day is the worked Saturday 22/8.
        String due = "2026-08-24T10:00";
        assertFalse(dueSoon("2026-08-21T16:00", due));
        assertTrue(dueSoon("2026-08-22T08:00", due));
    }

    @Test
    void theWindowEndIsTheStartOfTheDayAfterTheNextWorkingDay() {
        // Friday 13/02/2026 before the Tết week 16–20/02: the next working day is Monday 23/02
        assertEquals(
                LocalDateTime.parse("2026-02-24T00:00"),
                DueSoon.windowEnd(LocalDateTime.parse("2026-02-13T16:00"), CAL));
        assertEquals(
                LocalDateTime.parse("2026-03-12T00:00"),
                DueSoon.windowEnd(LocalDateTime.parse("2026-03-10T08:00"), CAL),
                "Tuesday: Wednesday is the next working day");
        // Friday 21/8/2026: the worked Saturday 22/8 is the next working day
        assertEquals(
                LocalDateTime.parse("2026-08-23T00:00"),
                DueSoon.windowEnd(LocalDateTime.parse("2026-08-21T10:00"), CAL));
    }

    /** The range the queries use ({@link DueSoon#windowEnd}) and the row warning ({@link DueSoon#isDueSoon}) agree. */
    @Test
    void theWindowAgreesWithTheRowWarningOnEveryDayOf2026() {
        List<LocalTime> times =
                List.of(LocalTime.of(0, 0), LocalTime.of(7, 30), LocalTime.of(11, 59), LocalTime.of(23, 59));
        int checked = 0;
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            for (LocalTime t : times) {
                LocalDateTime now = day.atTime(t);
                LocalDateTime end = DueSoon.windowEnd(now, CAL);
                for (int d = -2; d <= 16; d++) {
                    for (LocalTime dueTime : times) {
                        LocalDateTime due = day.plusDays(d).atTime(dueTime);
                        boolean inWindow = !due.isBefore(now) && due.isBefore(end);
                        assertEquals(DueSoon.isDueSoon(now, due, CAL), inWindow, () -> now + " due " + due);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100_000);
    }
}
