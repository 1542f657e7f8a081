package vn.cchc.dossiers.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.calendar.OfficialCalendar2026;
import vn.cchc.calendar.WorkingCalendar;

/**
 * Due dates around every holiday block of 2025–2031 (issue 12 rule 6; docs/domain/calendar.md §7): a dossier
 * received at 10:00 on the working day before the block, 5 working days → 10:00 on the 5th working day after it.
 * The expected dates were counted by hand (and by an independent script) from the days-off table of
 * {@code DefaultCalendarTableTest}, not from the code under test. Before issue 12 the rows over a Tết with weekend
 * days (2025, 2027, 2028, 2030 twice, 2031) came out earlier and the rows received on 01/9 of 2026 and 2027 (then the
 * default adjacent day) differed; in 2028–2031 the old and the new 2/9 give the same days off. The 2026 rows as
 * decided are the same before and after (the schedule is unchanged).
 */
class DueDatesAroundHolidaysTest {

    private static final DueDateCalculator DEFAULT = new DueDateCalculator(WorkingCalendar.of(List.of()));
    private static final DueDateCalculator OFFICIAL_2026 =
            new DueDateCalculator(WorkingCalendar.of(OfficialCalendar2026.ENTRIES));

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static LocalDateTime due(DueDateCalculator calc, String receivedAt, String value, String unit) {
        return calc.due(t(receivedAt), new BigDecimal(value), unit, null, List.of(), null)
                .dueAt();
    }

    @ParameterizedTest(name = "{2}: received {0}, 5 working days → {1}")
    @CsvSource({
        "2024-12-31T10:00, 2025-01-08T10:00, 2025 Tết Dương lịch",
        "2025-01-27T10:00, 2025-02-10T10:00, 2025 Tết (Sat 01/02 → nghỉ bù Mon 03/02)",
        "2025-04-04T10:00, 2025-04-14T10:00, 2025 Giỗ Tổ Mon 07/04",
        "2025-04-29T10:00, 2025-05-08T10:00, 2025 30/4–1/5",
        "2025-08-29T10:00, 2025-09-09T10:00, 2025 Quốc khánh Mon 01/9–Tue 02/9",
        "2025-12-31T10:00, 2026-01-08T10:00, 2026 Tết Dương lịch",
        "2026-02-13T10:00, 2026-02-27T10:00, 2026 Tết Mon 16/02–Fri 20/02",
        "2026-04-24T10:00, 2026-05-06T10:00, 2026 Giỗ Tổ Sun 26/04 → nghỉ bù Mon 27/04, then 30/4–1/5",
        "2026-04-29T10:00, 2026-05-08T10:00, 2026 30/4–1/5",
        "2026-09-01T10:00, 2026-09-10T10:00, 2026 Quốc khánh Wed 02/9–Thu 03/9 (default)",
        "2026-12-31T10:00, 2027-01-08T10:00, 2027 Tết Dương lịch",
        "2027-02-04T10:00, 2027-02-18T10:00, 2027 Tết Fri 05/02–Tue 09/02 + nghỉ bù Wed 10, Thu 11",
        "2027-04-15T10:00, 2027-04-23T10:00, 2027 Giỗ Tổ Fri 16/04",
        "2027-04-29T10:00, 2027-05-10T10:00, 2027 30/4 Fri, 1/5 Sat → nghỉ bù Mon 03/5",
        "2027-09-01T10:00, 2027-09-10T10:00, 2027 Quốc khánh Thu 02/9–Fri 03/9",
        "2027-12-31T10:00, 2028-01-10T10:00, 2028 Tết Dương lịch Sat → nghỉ bù Mon 03/01",
        "2028-01-24T10:00, 2028-02-07T10:00, 2028 Tết Tue 25/01–Sat 29/01 + nghỉ bù Mon 31/01",
        "2028-04-03T10:00, 2028-04-11T10:00, 2028 Giỗ Tổ Tue 04/04",
        "2028-04-28T10:00, 2028-05-09T10:00, 2028 30/4 Sun, 1/5 Mon → nghỉ bù Tue 02/5",
        "2028-08-31T10:00, 2028-09-11T10:00, 2028 Quốc khánh Fri 01/9, Sat 02/9 → nghỉ bù Mon 04/9",
        "2028-12-29T10:00, 2029-01-08T10:00, 2029 Tết Dương lịch",
        "2029-02-09T10:00, 2029-02-23T10:00, 2029 Tết Mon 12/02–Fri 16/02",
        "2029-04-20T10:00, 2029-05-02T10:00, 2029 Giỗ Tổ Mon 23/04",
        "2029-04-27T10:00, 2029-05-08T10:00, 2029 30/4–1/5",
        "2029-08-31T10:00, 2029-09-11T10:00, 2029 Quốc khánh Sun 02/9, Mon 03/9 → nghỉ bù Tue 04/9",
        "2029-12-31T10:00, 2030-01-08T10:00, 2030 Tết Dương lịch",
        "2030-01-31T10:00, 2030-02-14T10:00, 2030 Tết Fri 01/02–Tue 05/02 + nghỉ bù Wed 06, Thu 07",
        "2030-01-30T10:00, 2030-02-13T10:00, 2030 the issue's example (2030-02-11 before issue 12)",
        "2030-04-11T10:00, 2030-04-19T10:00, 2030 Giỗ Tổ Fri 12/04",
        "2030-04-29T10:00, 2030-05-08T10:00, 2030 30/4–1/5",
        "2030-08-30T10:00, 2030-09-10T10:00, 2030 Quốc khánh Mon 02/9–Tue 03/9",
        "2030-12-31T10:00, 2031-01-08T10:00, 2031 Tết Dương lịch",
        "2031-01-21T10:00, 2031-02-04T10:00, 2031 Tết Wed 22/01–Sun 26/01 + nghỉ bù Mon 27, Tue 28",
        "2031-03-31T10:00, 2031-04-08T10:00, 2031 Giỗ Tổ Tue 01/04",
        "2031-04-29T10:00, 2031-05-08T10:00, 2031 30/4–1/5",
        "2031-08-29T10:00, 2031-09-09T10:00, 2031 Quốc khánh Mon 01/9–Tue 02/9"
    })
    void fiveWorkingDaysFromTheWorkingDayBeforeEachHolidayBlock(String receivedAt, String expected, String block) {
        assertEquals(t(expected), due(DEFAULT, receivedAt, "5", "WORKING_DAYS"), block);
    }

    @ParameterizedTest(name = "2026 as decided (TB 9441): received {0}, 5 working days → {1}")
    @CsvSource({
        "2026-02-13T10:00, 2026-02-27T10:00",
        "2026-08-21T10:00, 2026-08-27T10:00",
        "2026-08-25T10:00, 2026-09-04T10:00",
        "2026-08-28T10:00, 2026-09-09T10:00"
    })
    void the2026OfficialSchedule(String receivedAt, String expected) {
        // Sat 22/8 worked, Mon 31/8–Wed 02/9 off, Thu 03/9 worked
        assertEquals(t(expected), due(OFFICIAL_2026, receivedAt, "5", "WORKING_DAYS"));
    }

    /** BLDS 2015 Điều 148.5 at holidays: the deadline ends at 17:00 of the next working day. */
    @Test
    void calendarDayDeadlinesEndingOnAHolidayEndAtTheEndOfTheNextWorkingDay() {
        // Mon 28/01/2030 + 5 days = Sat 02/02 (mùng 1 Tết); 1–7/02 off by default → Fri 08/02 17:00
        assertEquals(t("2030-02-08T17:00"), due(DEFAULT, "2030-01-28T10:00", "5", "DAYS"));
        // Thu 27/8/2026 + 5 days = Tue 01/9, off by TB 9441; Wed 02/9 off, Thu 03/9 worked → 17:00
        assertEquals(t("2026-09-03T17:00"), due(OFFICIAL_2026, "2026-08-27T10:00", "5", "DAYS"));
        // Fri 30/4/2027 + 1 day = Sat 01/5 → Mon 03/5 is its nghỉ bù → Tue 04/5 17:00
        assertEquals(t("2027-05-04T17:00"), due(DEFAULT, "2027-04-29T10:00", "2", "DAYS"));
        // a last day that is a working day ends at its end (Điều 148 khoản 1): Mon 11/02/2030 17:00
        assertEquals(t("2030-02-11T17:00"), due(DEFAULT, "2030-01-28T10:00", "14", "DAYS"));
        // months alike: 31/3/2026 + 1 month = Thu 30/4 → Mon 04/5 17:00
        assertEquals(t("2026-05-04T17:00"), due(OFFICIAL_2026, "2026-03-31T10:00", "1", "MONTHS"));
    }
}
