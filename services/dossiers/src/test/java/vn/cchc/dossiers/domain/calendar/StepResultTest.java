package vn.cchc.dossiers.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.dossiers.domain.calendar.Classification.Result;
import vn.cchc.dossiers.domain.calendar.StepResult.Pause;

/** The result column of Mẫu 06: each step against its own budget (docs/domain/forms.md §4). */
class StepResultTest {

    static final WorkingCalendar CAL = WorkingCalendar.of(List.of());
    static final BigDecimal HALF_DAY = new BigDecimal("4");
    static final BigDecimal DAY_AND_HALF = new BigDecimal("12");

    static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    static Optional<Result> step(String since, String at, BigDecimal budget, List<Pause> pauses, String due) {
        return StepResult.of(since == null ? null : t(since), t(at), budget, pauses, due == null ? null : t(due), CAL);
    }

    @Test
    void aStepIsLateAfterItsBudgetEarlyOnAnEarlierDayOnTimeOnTheDeadlineDay() {
        // Monday 02/03/2026 08:00 + 12 working hours = Tuesday 13:30
        assertEquals(
                t("2026-03-03T13:30"),
                StepResult.deadline(t("2026-03-02T08:00"), t("2026-03-03T13:30"), DAY_AND_HALF, List.of(), null, CAL)
                        .orElseThrow());
        assertEquals(
                Optional.of(Result.EARLY), step("2026-03-02T08:00", "2026-03-02T16:00", DAY_AND_HALF, List.of(), null));
        assertEquals(
                Optional.of(Result.ON_TIME),
                step("2026-03-02T08:00", "2026-03-03T13:30", DAY_AND_HALF, List.of(), null));
        assertEquals(
                Optional.of(Result.LATE), step("2026-03-02T08:00", "2026-03-03T13:31", DAY_AND_HALF, List.of(), null));
        // half a day from 08:00 ends at 13:30 the same day: handed over that morning is on time (same day)
        assertEquals(
                Optional.of(Result.ON_TIME), step("2026-03-02T08:00", "2026-03-02T10:00", HALF_DAY, List.of(), null));
        assertEquals(Optional.of(Result.LATE), step("2026-03-02T08:00", "2026-03-02T14:00", HALF_DAY, List.of(), null));
    }

    @Test
    void theBudgetRunsOnWorkingTimeOnly() {
        // Friday 15:00 + 4 h: 2 h on Friday, 2 h on Monday → Monday 09:30
        assertEquals(
                Optional.of(Result.EARLY), step("2026-03-06T15:00", "2026-03-06T16:00", HALF_DAY, List.of(), null));
        assertEquals(
                Optional.of(Result.ON_TIME), step("2026-03-06T15:00", "2026-03-09T09:00", HALF_DAY, List.of(), null));
        assertEquals(Optional.of(Result.LATE), step("2026-03-06T15:00", "2026-03-09T10:00", HALF_DAY, List.of(), null));
        // over Tết Bính Ngọ (16–20/02/2026): Friday 13/02 15:00 + 4 h → Monday 23/02 09:30
        assertEquals(
                Optional.of(Result.ON_TIME), step("2026-02-13T15:00", "2026-02-23T09:00", HALF_DAY, List.of(), null));
    }

    @Test
    void timeWaitingForTheCitizenMovesTheStepsDeadline() {
        // Monday 09:00 → Tuesday 09:00 paused = 8 working hours: the 13:30 deadline moves to Tuesday 13:30
        List<Pause> pause = List.of(new Pause(t("2026-03-02T09:00"), t("2026-03-03T09:00")));
        assertEquals(Optional.of(Result.LATE), step("2026-03-02T08:00", "2026-03-03T11:00", HALF_DAY, List.of(), null));
        assertEquals(Optional.of(Result.ON_TIME), step("2026-03-02T08:00", "2026-03-03T11:00", HALF_DAY, pause, null));
        // a pause before the step started does not count; one still open counts up to the hand-over
        List<Pause> before = List.of(new Pause(t("2026-02-25T09:00"), t("2026-02-27T09:00")));
        assertEquals(Optional.of(Result.LATE), step("2026-03-02T08:00", "2026-03-03T11:00", HALF_DAY, before, null));
        List<Pause> open = List.of(new Pause(t("2026-03-02T09:00"), null));
        assertEquals(Optional.of(Result.ON_TIME), step("2026-03-02T08:00", "2026-03-03T11:00", HALF_DAY, open, null));
    }

    @Test
    void aStepWithoutABudgetIsMeasuredAgainstTheDossiersDueDate() {
        assertEquals(
                Optional.of(Result.EARLY),
                step("2026-03-02T08:00", "2026-03-03T11:00", null, List.of(), "2026-03-05T17:00"));
        assertEquals(
                Optional.of(Result.ON_TIME),
                step("2026-03-02T08:00", "2026-03-05T16:00", null, List.of(), "2026-03-05T17:00"));
        assertEquals(
                Optional.of(Result.LATE),
                step("2026-03-02T08:00", "2026-03-06T08:00", null, List.of(), "2026-03-05T17:00"));
        assertEquals(Optional.empty(), step("2026-03-02T08:00", "2026-03-06T08:00", null, List.of(), null));
        assertEquals("Trước hạn", StepResult.label(Result.EARLY));
        assertEquals("Đúng hạn", StepResult.label(Result.ON_TIME));
        assertEquals("Quá hạn", StepResult.label(Result.LATE));
    }
}
