package vn.cchc.dossiers.service;

import vn.cchc.shared.calendar.VietnamTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cchc.dossiers.domain.CalendarDecision;
import vn.cchc.dossiers.event.CalendarEvents;
import vn.cchc.shared.calendar.CalendarEntry;
import vn.cchc.shared.calendar.StatutoryHolidays;
import vn.cchc.shared.calendar.WorkingCalendar;
import vn.cchc.dossiers.repository.CalendarDecisionRepository;
import vn.cchc.shared.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The working calendar of a province: statutory holidays (lunar ones computed) plus the official
 * decisions stored per province ('VN' = national). Built once per province and rebuilt when an
 * administrator changes a decision. This service owns the official decisions: every change publishes the whole
 * year on {@code cchc.calendar.v1} in the same transaction ({@link CalendarEvents}); inspections follows it.
 */
@ApplicationScoped
public class CalendarService {

    /** Vietnamese local time (UTC+7): working hours and dates are read in it. */
    public static final ZoneId ZONE = VietnamTime.ZONE;

    private final CalendarDecisionRepository decisions;
    private final CalendarEvents events;
    private final Clock clock;
    private final Map<String, WorkingCalendar> cache = new ConcurrentHashMap<>();

    public CalendarService(CalendarDecisionRepository decisions, CalendarEvents events, Clock clock) {
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    /** A day of the calendar as shown to users: its kind, a note, and whether it is statutory or official. */
    public record Day(LocalDate date, CalendarEntry.Kind kind, String note, String source, Long id) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar forProvince(String province) {
        return cache.computeIfAbsent(province, p -> WorkingCalendar.of(official(p)));
    }

    /** National decisions with the province's own on top: on a date both decide, the province's entry wins. */
    private List<CalendarEntry> official(String province) {
        java.util.Map<LocalDate, CalendarEntry> byDay = new java.util.TreeMap<>();
        decisions.forProvince(province).stream()
                .sorted(Comparator.comparing((CalendarDecision d) -> province.equals(d.getProvinceCode())))
                .forEach(d -> byDay.put(d.getDay(), new CalendarEntry(d.getDay(), CalendarEntry.Kind.valueOf(d.getKind()),
                        d.getNote())));
        return List.copyOf(byDay.values());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Day> year(String province, int year) {
        List<Day> days = new ArrayList<>();
        StatutoryHolidays.of(year).forEach(e -> days.add(new Day(e.date(), e.kind(), e.note(), "STATUTORY", null)));
        decisions.forProvince(province).stream().filter(d -> d.getDay().getYear() == year)
                .forEach(d -> days.add(new Day(d.getDay(), CalendarEntry.Kind.valueOf(d.getKind()), d.getNote(),
                        "OFFICIAL", d.getId())));
        days.sort(Comparator.comparing(Day::date));
        return days;
    }

    @Transactional
    public CalendarDecision add(String province, LocalDate day, CalendarEntry.Kind kind, String note, String author) {
        if (decisions.count("provinceCode = ?1 and day = ?2", province, day) > 0) {
            throw ProblemException.conflict("An official decision for " + day + " already exists in " + province + ".");
        }
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        if (kind == CalendarEntry.Kind.SWAPPED_WORKDAY && !weekend) {
            throw ProblemException.invalid("date", "weekend", "a swapped working day must be a Saturday or Sunday");
        }
        if (kind != CalendarEntry.Kind.SWAPPED_WORKDAY && weekend) {
            throw ProblemException.invalid("date", "weekday", "a day off must be a weekday");
        }
        CalendarDecision d = new CalendarDecision(province, day, kind.name(), note, OffsetDateTime.now(clock), author);
        decisions.persist(d);
        events.yearChanged(province, day.getYear());
        cache.clear();
        return d;
    }

    @Transactional
    public void remove(String province, long id) {
        CalendarDecision d = decisions.findByIdOptional(id).filter(x -> x.getProvinceCode().equals(province))
                .orElseThrow(() -> ProblemException.notFound("No official decision " + id + " in " + province + "."));
        decisions.delete(d);
        events.yearChanged(province, d.getDay().getYear());
        cache.clear();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
