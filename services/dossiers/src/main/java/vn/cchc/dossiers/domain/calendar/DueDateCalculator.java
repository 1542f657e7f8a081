package vn.cchc.dossiers.domain.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.cchc.calendar.WorkingCalendar;

/**
 * Computes the clock start and the return date (ngày hẹn trả kết quả) of a dossier from the
 * statutory processing time (thời hạn giải quyết) of its procedure, following docs/domain/calendar.md §7.
 *
 * <p><b>Clock start</b> (thời điểm bắt đầu tính thời hạn):
 * <ul>
 *   <li>received inside the working hours of a working day, and not after the procedure's
 *       afternoon cut-off (e.g. 15:00, "tiếp nhận sau 15 giờ thì tính từ ngày làm việc tiếp theo")
 *       when it has one → the receipt time itself;</li>
 *   <li>received before the morning start of a working day → that day's start;</li>
 *   <li>received during the lunch break (not after the cut-off) → the start of the afternoon;</li>
 *   <li>received after the cut-off, at or after the end of the afternoon, or on a non-working
 *       day → the start of the next working day.</li>
 * </ul>
 *
 * <p><b>Due time</b> by unit (đơn vị tính):
 * <ul>
 *   <li>{@code WORKING_DAYS} (ngày làm việc): value × one working day of working time (8 h with the
 *       default hours); fractions such as 0.25 or 0.5 allowed;</li>
 *   <li>{@code HOURS} (giờ): value working hours;</li>
 *   <li>{@code DAYS} (ngày, calendar days): the last day is the clock start's date + value days; the deadline ends at
 *       the <em>end</em> of that day (end of office hours), Bộ luật Dân sự 2015 Điều 148 khoản 1, and when that
 *       last day is a day off (weekend, holiday, nghỉ bù) at the end of the next working day, Điều 148 khoản 5
 *       (docs/domain/calendar.md §7.3); whole numbers only;</li>
 *   <li>{@code MONTHS} (tháng): the same with calendar months (Điều 148 applies to months alike); whole numbers
 *       only.</li>
 * </ul>
 *
 * <p><b>Pauses</b> (tạm dừng: chờ bổ sung hồ sơ, chờ thực hiện nghĩa vụ tài chính): the working time
 * of each pause, clipped to start no earlier than the clock start (an open pause runs until
 * {@code now}), is added to the due time, pause after pause in order of start. Overlapping pauses
 * are merged first so that no time is counted twice.
 *
 * <p>The calculator never reads a clock: {@code now} is a parameter. Thread-safe.
 */
public final class DueDateCalculator {

    /** Unit of a processing time, as in the catalogue (DonViTinh). */
    public enum Unit {
        /** giờ: working hours. */
        HOURS,
        /** ngày: calendar days. */
        DAYS,
        /** ngày làm việc: working days. */
        WORKING_DAYS,
        /** tháng: calendar months. */
        MONTHS;

        /**
         * Parses a unit name as stored in the catalogue.
         *
         * @param unit a unit name, case-insensitive
         * @return the unit
         * @throws IllegalArgumentException for an unknown or null name
         */
        public static Unit parse(String unit) {
            if (unit == null) {
                throw new IllegalArgumentException("unit is required");
            }
            try {
                return valueOf(unit.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown processing time unit: " + unit, e);
            }
        }
    }

    /**
     * A stop of the clock.
     *
     * @param from start of the pause
     * @param to   end of the pause, or null while the dossier is still paused
     */
    public record Pause(LocalDateTime from, LocalDateTime to) {

        /** Checks that {@code from} is present and not after {@code to}. */
        public Pause {
            Objects.requireNonNull(from, "from");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("pause ends before it starts: " + from + " → " + to);
            }
        }
    }

    /**
     * Outcome of the computation.
     *
     * @param clockStartAt when the processing time starts to run
     * @param dueAt        the return date and time, pauses included
     */
    public record Result(LocalDateTime clockStartAt, LocalDateTime dueAt) {}

    private final WorkingCalendar calendar;

    /**
     * Creates a calculator on a calendar.
     *
     * @param calendar the working calendar of the jurisdiction that processes the dossier
     */
    public DueDateCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /**
     * Computes clock start and due time.
     *
     * @param receivedAt      when the complete, valid dossier was received (ngày tiếp nhận)
     * @param value           the processing time, &gt; 0
     * @param unit            "HOURS", "DAYS", "WORKING_DAYS" or "MONTHS"
     * @param afternoonCutoff the procedure's cut-off time (e.g. 15:00), or null when it has none
     * @param pauses          the pauses so far (may be empty or null)
     * @param now             the current time, used for an open pause (may be null when no pause is open)
     * @return clock start and due time
     */
    public Result due(
            LocalDateTime receivedAt,
            BigDecimal value,
            String unit,
            LocalTime afternoonCutoff,
            List<Pause> pauses,
            LocalDateTime now) {
        return due(receivedAt, value, Unit.parse(unit), afternoonCutoff, pauses, now);
    }

    /**
     * Same as {@link #due(LocalDateTime, BigDecimal, String, LocalTime, List, LocalDateTime)} with a typed unit.
     *
     * @param receivedAt      when the dossier was received
     * @param value           the processing time, &gt; 0
     * @param unit            the unit
     * @param afternoonCutoff the cut-off time, or null
     * @param pauses          the pauses so far (may be empty or null)
     * @param now             the current time (may be null when no pause is open)
     * @return clock start and due time
     */
    public Result due(
            LocalDateTime receivedAt,
            BigDecimal value,
            Unit unit,
            LocalTime afternoonCutoff,
            List<Pause> pauses,
            LocalDateTime now) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("processing time must be positive: " + value);
        }
        LocalDateTime start = clockStart(receivedAt, afternoonCutoff);
        LocalDateTime due = switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingTime(start, multiply(calendar.workingDayLength(), value));
            case HOURS -> calendar.addWorkingHours(start, value);
            case DAYS -> onWorkingDay(start.plusDays(wholeNumber(value, unit)));
            case MONTHS -> onWorkingDay(start.plusMonths(wholeNumber(value, unit)));
        };
        for (Pause pause : mergedPauses(pauses, start, now)) {
            due = calendar.addWorkingTime(due, calendar.workingTimeBetween(pause.from(), pause.to()));
        }
        return new Result(start, due);
    }

    /**
     * When the processing time starts to run for a dossier received at {@code receivedAt}.
     *
     * @param receivedAt      the receipt time
     * @param afternoonCutoff the procedure's cut-off, or null
     * @return the clock start
     */
    public LocalDateTime clockStart(LocalDateTime receivedAt, LocalTime afternoonCutoff) {
        LocalDate date = receivedAt.toLocalDate();
        LocalTime time = receivedAt.toLocalTime();
        WorkingCalendar.WorkingHours hours = calendar.hours();
        if (!calendar.isWorkingDay(date)
                || (afternoonCutoff != null && time.isAfter(afternoonCutoff))
                || !time.isBefore(hours.afternoonEnd())) {
            return calendar.startOfDay(calendar.nextWorkingDay(date));
        }
        if (time.isBefore(hours.morningStart())) {
            return calendar.startOfDay(date);
        }
        if (!time.isBefore(hours.morningEnd()) && time.isBefore(hours.afternoonStart())) {
            return date.atTime(hours.afternoonStart()); // nghỉ trưa: counts from the afternoon
        }
        return receivedAt;
    }

    /**
     * BLDS 2015 Điều 148: a day-counted deadline ends at the end of its last day (khoản 1); a last day that is a day off
     * → the end of the next working day (khoản 5).
     */
    private LocalDateTime onWorkingDay(LocalDateTime at) {
        LocalDate last = at.toLocalDate();
        return calendar.endOfDay(calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last));
    }

    private static long wholeNumber(BigDecimal value, Unit unit) {
        try {
            return value.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(unit + " must be a whole number: " + value, e);
        }
    }

    private static Duration multiply(Duration d, BigDecimal factor) {
        BigDecimal nanos = new BigDecimal(d.toNanos()).multiply(factor);
        return Duration.ofNanos(nanos.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** Pauses clipped to [clockStart, ∞), open ones closed at {@code now}, empty ones dropped, overlaps merged. */
    private static List<Pause> mergedPauses(List<Pause> pauses, LocalDateTime clockStart, LocalDateTime now) {
        List<Pause> clipped = new ArrayList<>();
        if (pauses == null) {
            return clipped;
        }
        for (Pause p : pauses) {
            LocalDateTime to = p.to();
            if (to == null) {
                if (now == null) {
                    throw new IllegalArgumentException("an open pause needs the current time");
                }
                to = now;
            }
            LocalDateTime from = p.from().isBefore(clockStart) ? clockStart : p.from();
            if (to.isAfter(from)) {
                clipped.add(new Pause(from, to));
            }
        }
        clipped.sort(Comparator.comparing(Pause::from));
        List<Pause> merged = new ArrayList<>();
        for (Pause p : clipped) {
            Pause last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !p.from().isAfter(last.to())) {
                merged.set(merged.size() - 1, new Pause(last.from(), p.to().isAfter(last.to()) ? p.to() : last.to()));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }
}
