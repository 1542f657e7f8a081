package vn.cchc.dossiers.domain.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.calendar.WorkingCalendar;

/**
 * The result column of the Phiếu kiểm soát (Mẫu 06): each hand-over ends a step, and the step is trước hạn / đúng
 * hạn / quá hạn against its own deadline (docs/domain/forms.md §4):
 * <ul>
 *   <li>the step starts at the previous hand-over (the first at the clock start) and its deadline is its budget in
 *       the procedure's internal process (quy trình nội bộ), in working time, after the start; the working time the
 *       dossier spent paused during the step (waiting for the citizen's supplement or financial obligation) moves
 *       the deadline later, as it moves the dossier's due date;</li>
 *   <li>a step the internal process gives no budget (hand-overs beyond its last step, a procedure without one) has
 *       the dossier's due date as its deadline;</li>
 *   <li>the hand-over time is then classified by {@link Classification#of} — the same rule as the dossier's own
 *       result: quá hạn after the deadline, trước hạn on an earlier day, đúng hạn on the deadline's day.</li>
 * </ul>
 * Plain Java, the only place this rule is written.
 */
public final class StepResult {

    /** A pause of the dossier; {@code to} null while it lasts. */
    public record Pause(LocalDateTime from, LocalDateTime to) {
        public Pause {
            Objects.requireNonNull(from, "from");
        }
    }

    private StepResult() {}

    /**
     * The deadline of a step.
     *
     * @param since        when the step started (previous hand-over, or the clock start)
     * @param handedOverAt when it was handed over (pauses are counted up to this time)
     * @param budgetHours  the step's budget in working hours, or null when the internal process gives none
     * @param pauses       the dossier's pauses
     * @param dossierDueAt the dossier's due date (the deadline of a step without a budget); may be null
     * @param calendar     the province's working calendar
     * @return the deadline, empty when neither a budget nor a due date is known
     */
    public static Optional<LocalDateTime> deadline(
            LocalDateTime since,
            LocalDateTime handedOverAt,
            BigDecimal budgetHours,
            List<Pause> pauses,
            LocalDateTime dossierDueAt,
            WorkingCalendar calendar) {
        if (budgetHours == null || since == null) {
            return Optional.ofNullable(dossierDueAt);
        }
        Duration paused = Duration.ZERO;
        for (Pause p : pauses) {
            LocalDateTime from = p.from().isAfter(since) ? p.from() : since;
            LocalDateTime to = p.to() == null || p.to().isAfter(handedOverAt) ? handedOverAt : p.to();
            paused = paused.plus(calendar.workingTimeBetween(from, to));
        }
        LocalDateTime afterBudget = calendar.addWorkingHours(since, budgetHours);
        return Optional.of(calendar.addWorkingTime(afterBudget, paused));
    }

    /**
     * The result of a step handed over at {@code handedOverAt}; see {@link #deadline} for the parameters.
     *
     * @return EARLY (trước hạn), ON_TIME (đúng hạn) or LATE (quá hạn); empty when no deadline is known
     */
    public static Optional<Classification.Result> of(
            LocalDateTime since,
            LocalDateTime handedOverAt,
            BigDecimal budgetHours,
            List<Pause> pauses,
            LocalDateTime dossierDueAt,
            WorkingCalendar calendar) {
        Objects.requireNonNull(handedOverAt, "handedOverAt");
        return deadline(since, handedOverAt, budgetHours, pauses, dossierDueAt, calendar)
                .map(d -> Classification.of(handedOverAt, d));
    }

    /** "Trước hạn" / "Đúng hạn" / "Quá hạn", as the form prints the result. */
    public static String label(Classification.Result r) {
        return r == null
                ? null
                : switch (r) {
                    case EARLY -> "Trước hạn";
                    case ON_TIME -> "Đúng hạn";
                    case LATE -> "Quá hạn";
                };
    }
}
