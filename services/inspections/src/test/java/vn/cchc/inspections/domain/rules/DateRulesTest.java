package vn.cchc.inspections.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.shared.problem.Violations;

/** The date rules of visits, remediation deadlines and conclusion notices (statutory calendar, no decisions). */
class DateRulesTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.of(List.of());
    private static final LocalDate PLAN_DATE = LocalDate.of(2026, 1, 15);

    private static List<String> rules(Violations v) {
        return v.list().stream().map(x -> x.field() + "/" + x.rule()).toList();
    }

    @Test
    void aVisitOnWorkingDaysAfterThePlanDatePasses() {
        Violations v = new Violations();
        DateRules.visit(v, "", PLAN_DATE, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), CALENDAR);
        assertTrue(v.isEmpty(), v.list().toString());
    }

    @Test
    void aVisitOnASundayOrAHolidayIsRefused() {
        Violations v = new Violations();
        DateRules.visit(v, "inspections[0].", PLAN_DATE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), CALENDAR);
        assertEquals(
                List.of("inspections[0].scheduledFrom/workingDay", "inspections[0].scheduledTo/workingDay"), rules(v));
        assertTrue(v.list().get(0).message().contains("SUNDAY"), v.list().get(0).message());
    }

    @Test
    void aVisitOutsideTheCalendarOrBeforeThePlanIsRefused() {
        Violations v = new Violations();
        DateRules.visit(v, "", PLAN_DATE, LocalDate.of(9999, 3, 1), LocalDate.of(9999, 3, 2), CALENDAR);
        assertEquals(List.of("scheduledFrom/calendarRange", "scheduledTo/calendarRange"), rules(v));

        v = new Violations();
        DateRules.visit(v, "", PLAN_DATE, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 9), CALENDAR);
        assertEquals(List.of("scheduledTo/notBeforeStart", "scheduledFrom/notBeforePlanDate"), rules(v));
    }

    @Test
    void aRemediationDeadlineIsAWorkingDayNotBeforeTheVisitEnded() {
        LocalDate ended = LocalDate.of(2026, 3, 3);
        Violations v = new Violations();
        DateRules.remediationDeadline(v, "deadline", LocalDate.of(2026, 5, 15), ended, CALENDAR);
        assertTrue(v.isEmpty());

        v = new Violations();
        DateRules.remediationDeadline(v, "deadline", LocalDate.of(2026, 5, 17), ended, CALENDAR); // Sunday
        assertEquals(List.of("deadline/workingDay"), rules(v));
        v = new Violations();
        DateRules.remediationDeadline(v, "deadline", LocalDate.of(2026, 9, 2), ended, CALENDAR); // Quốc khánh
        assertEquals(List.of("deadline/workingDay"), rules(v));
        assertTrue(
                v.list().get(0).message().contains("HOLIDAY"), v.list().get(0).message());
        v = new Violations();
        DateRules.remediationDeadline(v, "deadline", LocalDate.of(2026, 3, 2), ended, CALENDAR);
        assertEquals(List.of("deadline/afterVisit"), rules(v));
        v = new Violations();
        DateRules.remediationDeadline(v, "deadline", LocalDate.of(2101, 3, 2), ended, CALENDAR);
        assertEquals(List.of("deadline/calendarRange"), rules(v));
    }

    @Test
    void theNoticeIsNotDatedBeforeTheVisitEnded() {
        LocalDate ended = LocalDate.of(2026, 3, 3);
        Violations v = new Violations();
        DateRules.noticeDate(v, "noticeDate", ended, ended);
        DateRules.noticeDate(v, "noticeDate", null, ended);
        assertTrue(v.isEmpty());
        DateRules.noticeDate(v, "noticeDate", LocalDate.of(2026, 3, 2), ended);
        DateRules.noticeDate(v, "noticeDate", LocalDate.of(2021, 3, 2), ended);
        assertEquals(List.of("noticeDate/notBeforeEnd", "noticeDate/notBeforeEnd"), rules(v));
        v = new Violations();
        DateRules.noticeDate(v, "noticeDate", LocalDate.of(1899, 3, 2), ended);
        assertEquals(List.of("noticeDate/calendarRange", "noticeDate/notBeforeEnd"), rules(v));
    }

    @Test
    void theCalendarRangeIsTheWorkingCalendars() {
        assertTrue(DateRules.inCalendar(LocalDate.of(WorkingCalendar.DEFAULT_FIRST_YEAR, 1, 1)));
        assertTrue(DateRules.inCalendar(LocalDate.of(WorkingCalendar.DEFAULT_LAST_YEAR, 12, 31)));
        assertTrue(!DateRules.inCalendar(LocalDate.of(WorkingCalendar.DEFAULT_LAST_YEAR + 1, 1, 1)));
    }
}
