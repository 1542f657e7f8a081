package vn.cchc.inspections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.cchc.calendar.CalendarEntry;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.inspections.repository.CalendarCopyRepository;
import vn.cchc.inspections.repository.CalendarCopyRepository.StoredEntry;
import vn.cchc.inspections.service.InspectionDtos.CalendarEntryView;
import vn.cchc.shared.contract.CalendarEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.MalformedEventException;
import vn.cchc.shared.problem.ProblemException;

/**
 * The working calendar for deadlines, from this service's copy of the official calendar (the calendar itself is
 * edited in dossiers): weekends and the statutory holidays of Bộ luật Lao động 2019 (computed),
 * overridden on their date by the official decisions (ngày nghỉ bù, hoán đổi, làm bù). Those are owned by dossiers
 * (admin edits them there) and arrive on {@code cchc.calendar.v1} ({@code CalendarYearChanged}: the whole year of a
 * province, or of 'VN' for national decisions); {@link #apply} replaces the year in {@code calendar_entry} when
 * the event's sequence is higher than the one held. A province's calendar is the national entries with the
 * province's own on top (same date: the province's wins). Built per province on first use, rebuilt after an
 * event applied here and at most {@link #REFRESH} later when another instance applied it.
 */
@ApplicationScoped
public class CalendarCopyService {

    private static final Logger LOG = Logger.getLogger(CalendarCopyService.class);
    static final Duration REFRESH = Duration.ofMinutes(5);
    /** The key of the national decisions. */
    public static final String NATIONAL = CalendarEventV1.NATIONAL;

    private record Cached(WorkingCalendar calendar, Instant loadedAt) {}

    private final CalendarCopyRepository repository;
    private final EventCodec codec;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public CalendarCopyService(
            CalendarCopyRepository repository,
            EventCodec codec,
            Clock clock,
            TransactionSynchronizationRegistry transactions) {
        this.repository = repository;
        this.codec = codec;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** The calendar in force for units of a province (root unit code; null or 'VN': national decisions only). */
    public WorkingCalendar forProvince(String province) {
        String p = province == null || province.isBlank() ? NATIONAL : province;
        Cached c = cache.get(p);
        Instant now = Instant.now();
        if (c == null || c.loadedAt().plus(REFRESH).isBefore(now)) {
            c = new Cached(WorkingCalendar.of(effective(p, null)), now);
            cache.put(p, c);
        }
        return c.calendar();
    }

    /** The calendar for a unit, by its path ('/H99/H99.X01/'): that of the root of the path. */
    public WorkingCalendar forUnitPath(String unitPath) {
        return forProvince(provinceOf(unitPath));
    }

    /** The root unit code of a path ('/H99/H99.X01/' → 'H99'); null when there is none. */
    public static String provinceOf(String unitPath) {
        if (unitPath == null) {
            return null;
        }
        for (String part : unitPath.split("/")) {
            if (!part.isBlank()) {
                return part;
            }
        }
        return null;
    }

    /** The official entries of a year that the province's deadlines follow, by date, with the key each came from. */
    @Transactional
    public List<CalendarEntryView> entries(String province, int year) {
        checkYear(year);
        String p = province == null || province.isBlank() ? NATIONAL : province;
        List<CalendarEntryView> views = new ArrayList<>();
        for (StoredEntry r : rows(p, year).values()) {
            views.add(new CalendarEntryView(
                    r.entry().date(),
                    r.entry().kind().name(),
                    r.entry().note(),
                    r.province(),
                    r.sequence(),
                    CalendarEntry.Source.DECISION.name()));
        }
        return views;
    }

    /**
     * Applies {@code CalendarYearChanged} (inside the inbox transaction): replaces the year's entries of the
     * province when the event's sequence is higher than the one held; an equal or lower one (replay, late event)
     * changes nothing. The built calendars are forgotten once the transaction completes.
     *
     * @return whether the year was replaced
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventEnvelope event) {
        if (!CalendarEventV1.YEAR_CHANGED.equals(event.type())) {
            return false;
        }
        CalendarEventV1 c = codec.data(event, CalendarEventV1.class);
        List<CalendarEntry> entries = validate(event, c);
        OffsetDateTime at = c.occurredAt() != null ? c.occurredAt() : event.time();
        if (!repository.claimYear(c.province(), c.year(), c.sequence(), event.id(), at, OffsetDateTime.now(clock))) {
            LOG.debugf("calendar %s sequence %d is not newer than the one held; ignored", c.key(), c.sequence());
            return false;
        }
        repository.replaceYear(c.province(), c.year(), entries, event.source(), at);
        invalidateAfterCompletion();
        return true;
    }

    /** Forgets the built calendars. */
    public void invalidate() {
        cache.clear();
    }

    private void invalidateAfterCompletion() {
        invalidate();
        // again once committed: a calendar built meanwhile from the rows before the commit is not kept
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                invalidate();
            }
        });
    }

    private static List<CalendarEntry> validate(EventEnvelope event, CalendarEventV1 c) {
        if (c.province() == null
                || c.province().isBlank()
                || c.province().length() > 60
                || c.year() < 1900
                || c.year() > 2200
                || c.entries() == null) {
            throw new MalformedEventException(
                    "calendar event " + event.id() + " has no province, year or entries", null);
        }
        Map<LocalDate, CalendarEntry> byDate = new LinkedHashMap<>();
        for (CalendarEventV1.Entry e : c.entries()) {
            CalendarEntry entry;
            try {
                entry = new CalendarEntry(e.date(), CalendarEntry.Kind.valueOf(e.kind()), e.note());
            } catch (RuntimeException ex) {
                throw new MalformedEventException("calendar event " + event.id() + " has an invalid entry " + e, ex);
            }
            if (entry.date().getYear() != c.year()
                    || byDate.put(entry.date(), entry) != null
                    || entry.note().length() > 500) {
                throw new MalformedEventException(
                        "calendar event " + event.id() + " has an entry outside " + c.year()
                                + ", twice on one date or with a note over 500 characters: " + e,
                        null);
            }
        }
        return List.copyOf(byDate.values());
    }

    /** National rows, then the province's own on top of them, by date. */
    private Map<LocalDate, StoredEntry> rows(String province, Integer year) {
        Map<LocalDate, StoredEntry> byDate = new TreeMap<>();
        for (StoredEntry r : repository.entries(NATIONAL, province, year)) {
            byDate.put(r.entry().date(), r);
        }
        return byDate;
    }

    private List<CalendarEntry> effective(String province, Integer year) {
        return rows(province, year).values().stream()
                .map(StoredEntry::entry)
                .filter(e -> e.date().getYear() >= WorkingCalendar.DEFAULT_FIRST_YEAR
                        && e.date().getYear() <= WorkingCalendar.DEFAULT_LAST_YEAR)
                .sorted(Comparator.comparing(CalendarEntry::date))
                .toList();
    }

    /** The years of the working calendar (docs/domain/calendar.md §9); outside them a 400 naming {@code year}. */
    private static void checkYear(int year) {
        if (year < WorkingCalendar.DEFAULT_FIRST_YEAR || year > WorkingCalendar.DEFAULT_LAST_YEAR) {
            throw ProblemException.invalid(
                    "year",
                    "range",
                    Messages.WORKING_CALENDAR_COVERS,
                    WorkingCalendar.DEFAULT_FIRST_YEAR,
                    WorkingCalendar.DEFAULT_LAST_YEAR);
        }
    }
}
