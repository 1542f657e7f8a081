package vn.cchc.dossiers.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
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
}
