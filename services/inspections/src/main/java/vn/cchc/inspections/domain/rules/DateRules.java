package vn.cchc.inspections.domain.rules;

import java.time.LocalDate;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.shared.problem.Violations;

/**
 * The date rules of inspections, as plain Java (each adds a violation naming the field and the rule):
 * <ul>
 *   <li>dates that a working-day rule reads (visit days, the day a visit ended, the conclusion notice, remediation
 *       deadlines) lie inside the working calendar ({@value WorkingCalendar#DEFAULT_FIRST_YEAR}–{@value
 *       WorkingCalendar#DEFAULT_LAST_YEAR}): {@code calendarRange};</li>
 *   <li>a visit is held on working days of the inspected unit's province ({@code workingDay}), not before the plan's
 *       date ({@code notBeforePlanDate}), and ends on or after it starts ({@code notBeforeStart});</li>
 *   <li>a remediation deadline is a working day ({@code workingDay}) not before the visit ended ({@code afterVisit});</li>
 *   <li>the conclusion notice is dated on or after the day the visit ended ({@code notBeforeEnd}).</li>
 * </ul>
 */
public final class DateRules {

    public static final int FIRST_YEAR = WorkingCalendar.DEFAULT_FIRST_YEAR;
    public static final int LAST_YEAR = WorkingCalendar.DEFAULT_LAST_YEAR;

    private DateRules() {}

    /** Whether the working calendar covers the date. */
    public static boolean inCalendar(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** {@code calendarRange} unless the date is inside the working calendar; returns whether it is. */
    public static boolean requireInCalendar(Violations v, String field, LocalDate date) {
        if (date == null || inCalendar(date)) {
            return true;
        }
        v.add(field, "calendarRange", Messages.MUST_DATE_BETWEEN_WORKING_CALENDAR, FIRST_YEAR, LAST_YEAR);
        return false;
    }

    /** {@code calendarRange}, then {@code workingDay}: the date is a working day of the calendar. */
    public static void requireWorkingDay(Violations v, String field, LocalDate date, WorkingCalendar calendar) {
        if (date != null && requireInCalendar(v, field, date) && !calendar.isWorkingDay(date)) {
            v.add(
                    field,
                    "workingDay",
                    Messages.WORKING_DAY,
                    date,
                    date.getDayOfWeek(),
                    calendar.entryOn(date)
                            .map(e -> ", " + e.kind() + (e.note() == null ? "" : " " + e.note()))
                            .orElse(""));
        }
    }

    /** The visit: both days working days, in order, not before the plan's date. */
    public static void visit(
            Violations v, String prefix, LocalDate planDate, LocalDate from, LocalDate to, WorkingCalendar calendar) {
        requireWorkingDay(v, prefix + "scheduledFrom", from, calendar);
        requireWorkingDay(v, prefix + "scheduledTo", to, calendar);
        if (from != null && to != null && to.isBefore(from)) {
            v.add(prefix + "scheduledTo", "notBeforeStart", Messages.MUST_BEFORE_SCHEDULEDFROM);
        }
        if (from != null && planDate != null && from.isBefore(planDate)) {
            v.add(prefix + "scheduledFrom", "notBeforePlanDate", Messages.VISIT_BEFORE_PLAN_S_DATE, planDate);
        }
    }

    /** A remediation deadline: a working day, not before the visit ended. */
    public static void remediationDeadline(
            Violations v, String field, LocalDate deadline, LocalDate endedOn, WorkingCalendar calendar) {
        requireWorkingDay(v, field, deadline, calendar);
        if (deadline != null && endedOn != null && deadline.isBefore(endedOn)) {
            v.add(field, "afterVisit", Messages.DEADLINE_BEFORE_INSPECTION_ENDED, endedOn);
        }
    }

    /** The conclusion notice's date: inside the calendar, not before the visit ended. */
    public static void noticeDate(Violations v, String field, LocalDate noticeDate, LocalDate endedOn) {
        if (noticeDate == null) {
            return;
        }
        requireInCalendar(v, field, noticeDate);
        if (endedOn != null && noticeDate.isBefore(endedOn)) {
            v.add(field, "notBeforeEnd", Messages.NOTICE_DATED_AFTER_DAY_INSPECTION, endedOn);
        }
    }
}
