package vn.cchc.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working days and working hours of the agencies of one jurisdiction (national, or a province
 * that issued its own decisions), for a range of solar years.
 *
 * <p>A day is a working day unless it is a Saturday or Sunday (nghỉ hằng tuần) or a day off of the
 * statutory rule ({@link StatutoryHolidays}), with the official entries taking precedence on their
 * date: a {@link CalendarEntry.Kind#HOLIDAY} or {@link CalendarEntry.Kind#COMPENSATORY_OFF} entry
 * makes the day off, a {@link CalendarEntry.Kind#SWAPPED_WORKDAY} entry makes it a working day
 * (ngày làm bù on a Saturday; on a weekday it cancels a default day off, e.g. when the day adjacent
 * to Quốc khánh is set before 2/9 rather than after).
 *
 * <p>An official entry (a stored decision) replaces the default on its date, whatever the default says there
 * (docs/domain/calendar.md §5): a decision that moves a default day names both the new day off and the default day
 * that is worked. {@link CalendarEntry#source()} tells where the entry in force on a date comes from.
 *
 * <p>Statutory holidays are computed lazily, once per year, on first use. Any date outside the
 * year range given at construction is rejected with {@link IllegalArgumentException}, so that a
 * missing year is noticed instead of silently computed without its official decisions. The default
 * range is {@value #DEFAULT_FIRST_YEAR}–{@value #DEFAULT_LAST_YEAR}, the years the lunar algorithm is
 * verified for (docs/domain/calendar.md §9).
 *
 * <p>A working day has two periods (buổi sáng, buổi chiều), by default 07:30–11:30 and
 * 13:00–17:00, i.e. 8 working hours. Time arithmetic is exact to the nanosecond. Instances are
 * immutable and thread-safe.
 */
public final class WorkingCalendar {

    /** First year of the default range (docs/domain/calendar.md §9). */
    public static final int DEFAULT_FIRST_YEAR = 1900;
    /** Last year of the default range (docs/domain/calendar.md §9). */
    public static final int DEFAULT_LAST_YEAR = 2100;

    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

    /**
     * Daily office hours (giờ làm việc): a morning and an afternoon period.
     *
     * @param morningStart   start of the morning period, e.g. 07:30
     * @param morningEnd     end of the morning period, e.g. 11:30
     * @param afternoonStart start of the afternoon period, e.g. 13:00
     * @param afternoonEnd   end of the afternoon period, e.g. 17:00
     */
    public record WorkingHours(
            LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd) {

        /** 07:30–11:30 and 13:00–17:00: 8 hours. */
        public static final WorkingHours DEFAULT =
                new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0));

        /** Checks that the four times are present and strictly increasing. */
        public WorkingHours {
            Objects.requireNonNull(morningStart, "morningStart");
            Objects.requireNonNull(morningEnd, "morningEnd");
            Objects.requireNonNull(afternoonStart, "afternoonStart");
            Objects.requireNonNull(afternoonEnd, "afternoonEnd");
            if (!(morningStart.isBefore(morningEnd)
                    && morningEnd.isBefore(afternoonStart)
                    && afternoonStart.isBefore(afternoonEnd))) {
                throw new IllegalArgumentException("working hours must be increasing: " + morningStart + "–"
                        + morningEnd + ", " + afternoonStart + "–" + afternoonEnd);
            }
        }

        /**
         * The working time of one full working day.
         *
         * @return 8 hours for {@link #DEFAULT}
         */
        public Duration perDay() {
            return Duration.between(morningStart, morningEnd).plus(Duration.between(afternoonStart, afternoonEnd));
        }

        /**
         * Whether a time of day lies in the morning or the afternoon period (start inclusive, end exclusive).
         *
         * @param time a time of day
         * @return true inside a period
         */
        public boolean contains(LocalTime time) {
            return (!time.isBefore(morningStart) && time.isBefore(morningEnd))
                    || (!time.isBefore(afternoonStart) && time.isBefore(afternoonEnd));
        }

        private LocalTime[][] periods() {
            return new LocalTime[][] {{morningStart, morningEnd}, {afternoonStart, afternoonEnd}};
        }
    }

    private final int firstYear;
    private final int lastYear;
    private final WorkingHours hours;
    private final Map<LocalDate, CalendarEntry> official;
    private final ConcurrentHashMap<Integer, Map<LocalDate, CalendarEntry>> statutoryByYear = new ConcurrentHashMap<>();

    /**
     * Creates a calendar.
     *
     * @param firstYear       first solar year covered
     * @param lastYear        last solar year covered
     * @param officialEntries official decisions for these years (at most one entry per date)
     * @param hours           daily office hours
     * @throws IllegalArgumentException if an entry is outside the range or two entries share a date
     */
    public WorkingCalendar(int firstYear, int lastYear, Collection<CalendarEntry> officialEntries, WorkingHours hours) {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("empty year range " + firstYear + ".." + lastYear);
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.hours = Objects.requireNonNull(hours, "hours");
        Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
        for (CalendarEntry entry : officialEntries) {
            checkYear(entry.date());
            CalendarEntry previous = byDate.putIfAbsent(entry.date(), entry);
            if (previous != null && !previous.equals(entry)) {
                throw new IllegalArgumentException(
                        "two official entries on " + entry.date() + ": " + previous + ", " + entry);
            }
        }
        this.official = Map.copyOf(byDate);
    }

    /**
     * A calendar for {@value #DEFAULT_FIRST_YEAR}–{@value #DEFAULT_LAST_YEAR} with the default office hours.
     *
     * @param officialEntries official decisions (may be empty)
     * @return the calendar
     */
    public static WorkingCalendar of(Collection<CalendarEntry> officialEntries) {
        return new WorkingCalendar(DEFAULT_FIRST_YEAR, DEFAULT_LAST_YEAR, officialEntries, WorkingHours.DEFAULT);
    }

    /**
     * The daily office hours.
     *
     * @return the office hours
     */
    public WorkingHours hours() {
        return hours;
    }

    /**
     * The working time of one working day.
     *
     * @return 8 hours with the default office hours
     */
    public Duration workingDayLength() {
        return hours.perDay();
    }

    // ---------------------------------------------------------------- days

    /**
     * The entry that decides the given date: the official one if any, otherwise the statutory one.
     *
     * @param date a date in the range
     * @return the entry, or empty for an ordinary weekday or weekend day
     */
    public Optional<CalendarEntry> entryOn(LocalDate date) {
        checkYear(date);
        CalendarEntry entry = official.get(date);
        if (entry == null) {
            entry = statutory(date.getYear()).get(date);
        }
        return Optional.ofNullable(entry);
    }

    /**
     * The entries in force in a year (official ones replace statutory ones on the same date), for
     * the admin screen.
     *
     * @param year a year in the range
     * @return the entries sorted by date; unmodifiable
     */
    public List<CalendarEntry> entries(int year) {
        checkYear(year);
        TreeMap<LocalDate, CalendarEntry> merged = new TreeMap<>(statutory(year));
        official.values().stream().filter(e -> e.date().getYear() == year).forEach(e -> merged.put(e.date(), e));
        return Collections.unmodifiableList(new ArrayList<>(merged.values()));
    }

    /**
     * Whether a stored official decision names at least one date of a year.
     *
     * @param year a year in the range
     * @return true when the year has an official entry
     */
    public boolean hasDecision(int year) {
        checkYear(year);
        return official.keySet().stream().anyMatch(d -> d.getYear() == year);
    }

    /**
     * First year covered.
     *
     * @return the first year
     */
    public int firstYear() {
        return firstYear;
    }

    /**
     * Last year covered.
     *
     * @return the last year
     */
    public int lastYear() {
        return lastYear;
    }

    /**
     * Whether the agencies work on a date.
     *
     * @param date a date in the range
     * @return true if the agencies work on that date
     */
    public boolean isWorkingDay(LocalDate date) {
        Optional<CalendarEntry> entry = entryOn(date);
        if (entry.isPresent()) {
            return !entry.get().kind().isDayOff();
        }
        return !isWeekend(date);
    }

    /**
     * The next working day.
     *
     * @param date a date
     * @return the first working day strictly after {@code date}
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The previous working day.
     *
     * @param date a date
     * @return the last working day strictly before {@code date}
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /**
     * When work starts on a date.
     *
     * @param date a date
     * @return the start of the morning period on that date (whether or not it is a working day)
     */
    public LocalDateTime startOfDay(LocalDate date) {
        return date.atTime(hours.morningStart());
    }

    /**
     * When work ends on a date.
     *
     * @param date a date
     * @return the end of the afternoon period on that date (whether or not it is a working day)
     */
    public LocalDateTime endOfDay(LocalDate date) {
        return date.atTime(hours.afternoonEnd());
    }

    /**
     * Whether an instant is working time.
     *
     * @param at an instant
     * @return true if {@code at} is on a working day within the morning or afternoon period
     */
    public boolean isWorkingTime(LocalDateTime at) {
        return isWorkingDay(at.toLocalDate()) && hours.contains(at.toLocalTime());
    }

    /**
     * Monday-to-Friday dates of a year that are not working days (holidays, compensatory days off).
     *
     * @param year a year in the range
     * @return the dates in order
     */
    public List<LocalDate> nonWorkingWeekdays(int year) {
        checkYear(year);
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (!isWeekend(d) && !isWorkingDay(d)) {
                result.add(d);
            }
        }
        return result;
    }

    /**
     * Saturdays and Sundays of a year that are worked (ngày làm bù).
     *
     * @param year a year in the range
     * @return the dates in order
     */
    public List<LocalDate> workedWeekendDays(int year) {
        checkYear(year);
        List<LocalDate> result = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (isWeekend(d) && isWorkingDay(d)) {
                result.add(d);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- time

    /**
     * Adds working hours to an instant, skipping lunch breaks, nights and non-working days.
     * Starting outside working time counts from the next working period. A result that exactly
     * uses up a period is the end of that period (e.g. Monday 07:30 + 8 h = Monday 17:00).
     *
     * @param from  the start
     * @param hours the working hours to add, ≥ 0, fractions allowed (rounded to the nanosecond)
     * @return the instant at which the working hours are used up; {@code from} itself when {@code hours} is 0
     */
    public LocalDateTime addWorkingHours(LocalDateTime from, BigDecimal hours) {
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("negative working hours: " + hours);
        }
        long nanos =
                hours.multiply(NANOS_PER_HOUR).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return addWorkingTime(from, Duration.ofNanos(nanos));
    }

    /**
     * Adds working time to an instant; see {@link #addWorkingHours(LocalDateTime, BigDecimal)}.
     *
     * @param from   the start
     * @param amount the working time to add, ≥ 0
     * @return the instant at which the working time is used up
     */
    public LocalDateTime addWorkingTime(LocalDateTime from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative working time: " + amount);
        }
        if (amount.isZero()) {
            return from;
        }
        Duration remaining = amount;
        LocalDateTime cursor = from;
        while (true) {
            LocalDate date = cursor.toLocalDate();
            if (isWorkingDay(date)) {
                for (LocalTime[] period : hours.periods()) {
                    LocalDateTime start = date.atTime(period[0]);
                    LocalDateTime end = date.atTime(period[1]);
                    if (cursor.isBefore(end)) {
                        LocalDateTime effectiveStart = cursor.isAfter(start) ? cursor : start;
                        Duration available = Duration.between(effectiveStart, end);
                        if (remaining.compareTo(available) <= 0) {
                            return effectiveStart.plus(remaining);
                        }
                        remaining = remaining.minus(available);
                        cursor = end;
                    }
                }
            }
            cursor = date.plusDays(1).atStartOfDay();
        }
    }

    /**
     * Working hours between two instants (only the parts inside working periods of working days count).
     *
     * @param a the start
     * @param b the end
     * @return the hours, 0 when {@code b} is not after {@code a}; exact up to 9 decimals, trailing zeros removed
     */
    public BigDecimal workingHoursBetween(LocalDateTime a, LocalDateTime b) {
        Duration d = workingTimeBetween(a, b);
        BigDecimal nanos = BigDecimal.valueOf(d.getSeconds())
                .multiply(BigDecimal.valueOf(1_000_000_000L))
                .add(BigDecimal.valueOf(d.getNano()));
        BigDecimal result =
                nanos.divide(NANOS_PER_HOUR, 9, RoundingMode.HALF_UP).stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0) : result;
    }

    /**
     * Working time between two instants; see {@link #workingHoursBetween(LocalDateTime, LocalDateTime)}.
     *
     * @param a the start
     * @param b the end
     * @return the working time, zero when {@code b} is not after {@code a}
     */
    public Duration workingTimeBetween(LocalDateTime a, LocalDateTime b) {
        if (!b.isAfter(a)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        for (LocalDate date = a.toLocalDate(); !date.isAfter(b.toLocalDate()); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            for (LocalTime[] period : hours.periods()) {
                LocalDateTime start = max(date.atTime(period[0]), a);
                LocalDateTime end = min(date.atTime(period[1]), b);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- internals

    private Map<LocalDate, CalendarEntry> statutory(int year) {
        return statutoryByYear.computeIfAbsent(year, y -> {
            Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
            StatutoryHolidays.of(y).forEach(e -> byDate.put(e.date(), e));
            return Map.copyOf(byDate);
        });
    }

    private void checkYear(LocalDate date) {
        checkYear(date.getYear());
    }

    private void checkYear(int year) {
        if (year < firstYear || year > lastYear) {
            throw new IllegalArgumentException(
                    "year " + year + " is outside the working calendar (" + firstYear + "–" + lastYear + ")");
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static LocalDateTime max(LocalDateTime x, LocalDateTime y) {
        return x.isAfter(y) ? x : y;
    }

    private static LocalDateTime min(LocalDateTime x, LocalDateTime y) {
        return x.isBefore(y) ? x : y;
    }
}
