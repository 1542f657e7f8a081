package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.cchc.inspections.repository.EvidenceRepository;
import vn.cchc.inspections.rest.InspectionDtos.CalendarEntryInput;
import vn.cchc.inspections.rest.InspectionDtos.CalendarEntryView;
import vn.cchc.shared.calendar.CalendarEntry;
import vn.cchc.shared.calendar.WorkingCalendar;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The working calendar for deadlines: weekends and the statutory holidays of Bộ luật Lao động 2019 (computed),
 * overridden on their date by the official yearly decisions kept in {@code calendar_entry} (ngày nghỉ bù, hoán đổi,
 * làm bù), managed by admin without a code change. Built from the table on first use, rebuilt after a change here
 * and at most {@link #REFRESH} later when another instance changed it.
 */
@ApplicationScoped
public class CalendarService {

    static final Duration REFRESH = Duration.ofMinutes(5);

    private record Cached(WorkingCalendar calendar, Instant loadedAt) {
    }

    private final EntityManager em;
    private final Clock clock;
    private volatile Cached cached;

    public CalendarService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The calendar in force: statutory holidays plus the official entries of the table. */
    public WorkingCalendar current() {
        Cached c = cached;
        Instant now = Instant.now();
        if (c == null || c.loadedAt().plus(REFRESH).isBefore(now)) {
            c = new Cached(WorkingCalendar.of(load(null)), now);
            cached = c;
        }
        return c.calendar();
    }

    /** The official entries of a year, by date. */
    @Transactional
    public List<CalendarEntryView> entries(int year) {
        checkYear(year);
        return load(year).stream().map(e -> new CalendarEntryView(e.date(), e.kind().name(), e.note())).toList();
    }

    /** Replaces the official entries of a year; the calendar is rebuilt at the next use. */
    @Transactional
    public List<CalendarEntryView> replace(int year, List<CalendarEntryInput> in, String username) {
        checkYear(year);
        List<Problem.Violation> violations = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        List<CalendarEntry> entries = new ArrayList<>();
        for (int k = 0; k < in.size(); k++) {
            CalendarEntryInput e = in.get(k);
            String at = "[" + k + "]";
            if (e == null || e.date() == null) {
                violations.add(new Problem.Violation(at + ".date", "required", "a date is required"));
                continue;
            }
            if (e.date().getYear() != year) {
                violations.add(new Problem.Violation(at + ".date", "inYear", "the date must be in " + year));
            } else if (!dates.add(e.date())) {
                violations.add(new Problem.Violation(at + ".date", "unique", "one entry per date"));
            }
            CalendarEntry.Kind kind = null;
            try {
                kind = e.kind() == null ? null : CalendarEntry.Kind.valueOf(e.kind());
            } catch (IllegalArgumentException ex) {
                // reported below
            }
            if (kind == null) {
                violations.add(new Problem.Violation(at + ".kind", "oneOf",
                        "must be one of HOLIDAY, COMPENSATORY_OFF, SWAPPED_WORKDAY"));
            }
            if (e.note() != null && e.note().length() > 500) {
                violations.add(new Problem.Violation(at + ".note", "maxLength", "at most 500 characters"));
            }
            if (kind != null) {
                entries.add(new CalendarEntry(e.date(), kind, e.note() == null ? "" : e.note().strip()));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        em.createNativeQuery("delete from calendar_entry where entry_date >= :f and entry_date < :t")
                .setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year + 1, 1, 1))
                .executeUpdate();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CalendarEntry e : entries) {
            em.createNativeQuery("""
                            insert into calendar_entry (entry_date, kind, note, updated_by, updated_at)
                            values (:d, :k, :n, :u, :at)""")
                    .setParameter("d", e.date()).setParameter("k", e.kind().name()).setParameter("n", e.note())
                    .setParameter("u", username).setParameter("at", now).executeUpdate();
        }
        cached = null;
        return entries.stream().sorted(java.util.Comparator.comparing(CalendarEntry::date))
                .map(e -> new CalendarEntryView(e.date(), e.kind().name(), e.note())).toList();
    }

    /** Forgets the built calendar (after a change committed). */
    public void invalidate() {
        cached = null;
    }

    @SuppressWarnings("unchecked")
    private List<CalendarEntry> load(Integer year) {
        String sql = "select entry_date, kind, note from calendar_entry"
                + (year == null ? "" : " where entry_date >= :f and entry_date < :t") + " order by entry_date";
        var q = em.createNativeQuery(sql);
        if (year != null) {
            q.setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year + 1, 1, 1));
        }
        List<CalendarEntry> entries = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            LocalDate date = EvidenceRepository.date(r[0]);
            if (date.getYear() >= WorkingCalendar.DEFAULT_FIRST_YEAR && date.getYear() <= WorkingCalendar.DEFAULT_LAST_YEAR) {
                entries.add(new CalendarEntry(date, CalendarEntry.Kind.valueOf((String) r[1]), (String) r[2]));
            }
        }
        return entries;
    }

    private static void checkYear(int year) {
        if (year < WorkingCalendar.DEFAULT_FIRST_YEAR || year > WorkingCalendar.DEFAULT_LAST_YEAR) {
            throw ProblemException.invalid("year", "range", "the working calendar covers "
                    + WorkingCalendar.DEFAULT_FIRST_YEAR + "–" + WorkingCalendar.DEFAULT_LAST_YEAR);
        }
    }
}
