package vn.cchc.dossiers.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.cchc.calendar.CalendarEntry;
import vn.cchc.calendar.StatutoryHolidays;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.dossiers.domain.CalendarDecision;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.event.CalendarEvents;
import vn.cchc.dossiers.repository.CalendarDecisionRepository;
import vn.cchc.dossiers.repository.CalendarYearRepository;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.time.VietnamTime;

/**
 * The working calendar of a province: statutory holidays (lunar ones computed) plus the official
 * decisions stored per province ('VN' = national). Built once per province and rebuilt when an
 * administrator changes a decision. This service owns the official decisions: every change publishes the whole
 * year on {@code cchc.calendar.v1} in the same transaction ({@link CalendarEvents}); inspections follows it. Years
 * stored but never announced (the seed of the migrations) are announced once at start-up.
 */
@ApplicationScoped
public class OfficialCalendarService {

    /** Vietnamese local time (UTC+7): working hours and dates are read in it. */
    public static final ZoneId ZONE = VietnamTime.ZONE;

    private static final Logger LOG = Logger.getLogger(OfficialCalendarService.class);

    private final CalendarDecisionRepository decisions;
    private final CalendarYearRepository years;
    private final CalendarEvents events;
    private final Clock clock;
    private final Map<String, WorkingCalendar> cache = new ConcurrentHashMap<>();

    public OfficialCalendarService(
            CalendarDecisionRepository decisions, CalendarYearRepository years, CalendarEvents events, Clock clock) {
        this.decisions = decisions;
        this.years = years;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A day of the calendar as shown to users (docs/domain/calendar.md §8): its kind, a note, where it comes from
     * ({@code LAW}, {@code COMPENSATION}, {@code DECISION}), the id and province ('VN' or the province) of a decision,
     * and whether it is in force (a default replaced by a decision on its date, or a national decision replaced by the
     * province's own, is listed but not in force).
     */
    public record Day(
            LocalDate date,
            CalendarEntry.Kind kind,
            String note,
            CalendarEntry.Source source,
            Long id,
            String decidedBy,
            boolean inForce) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingCalendar forProvince(String province) {
        return cache.computeIfAbsent(province, p -> WorkingCalendar.of(official(p)));
    }

    /** National decisions with the province's own on top: on a date both decide, the province's entry wins. */
    private List<CalendarEntry> official(String province) {
        java.util.Map<LocalDate, CalendarEntry> byDay = new java.util.TreeMap<>();
        decisions.forProvince(province).stream()
                .sorted(Comparator.comparing((CalendarDecision d) -> province.equals(d.getProvinceCode())))
                .forEach(d -> byDay.put(
                        d.getDay(),
                        new CalendarEntry(d.getDay(), CalendarEntry.Kind.valueOf(d.getKind()), d.getNote())));
        return List.copyOf(byDay.values());
    }

    /**
     * The days of a year: the statutory defaults (LAW, COMPENSATION) and the decisions (national, then the
     * province's own), sorted by date, each saying whether it is the one in force on its date.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Day> year(String province, int year) {
        List<CalendarDecision> ofYear = decisions.forProvince(province).stream()
                .filter(d -> d.getDay().getYear() == year)
                .toList();
        Map<LocalDate, Long> inForce = new java.util.HashMap<>();
        ofYear.stream()
                .sorted(Comparator.comparing((CalendarDecision d) -> province.equals(d.getProvinceCode())))
                .forEach(d -> inForce.put(d.getDay(), d.getId()));
        List<Day> days = new ArrayList<>();
        StatutoryHolidays.of(year)
                .forEach(e -> days.add(
                        new Day(e.date(), e.kind(), e.note(), e.source(), null, null, !inForce.containsKey(e.date()))));
        ofYear.forEach(d -> days.add(new Day(
                d.getDay(),
                CalendarEntry.Kind.valueOf(d.getKind()),
                d.getNote(),
                CalendarEntry.Source.DECISION,
                d.getId(),
                d.getProvinceCode(),
                d.getId().equals(inForce.get(d.getDay())))));
        days.sort(Comparator.comparing(Day::date).thenComparing(Day::source));
        return days;
    }

    @Transactional
    public CalendarDecision add(String province, LocalDate day, CalendarEntry.Kind kind, String note, String author) {
        if (decisions.exists(province, day)) {
            throw ProblemException.conflict(Messages.OFFICIAL_DECISION_ALREADY_EXISTS, day, province);
        }
        boolean weekend = day.getDayOfWeek().getValue() >= 6;
        // A weekday worked only cancels a default day off (e.g. the default adjacent day of 2/9 when the decision
        // takes the other one): docs/domain/calendar.md §5.
        if (kind == CalendarEntry.Kind.SWAPPED_WORKDAY
                && !weekend
                && StatutoryHolidays.of(day.getYear()).stream()
                        .noneMatch(e -> e.date().equals(day))) {
            throw ProblemException.invalid("date", "weekend", Messages.SWAPPED_WORKING_DAY_MUST_SATURDAY);
        }
        if (kind != CalendarEntry.Kind.SWAPPED_WORKDAY && weekend) {
            throw ProblemException.invalid("date", "weekday", Messages.DAY_OFF_MUST_WEEKDAY);
        }
        CalendarDecision d = new CalendarDecision(province, day, kind.name(), note, OffsetDateTime.now(clock), author);
        decisions.persist(d);
        announce(province, day.getYear());
        cache.clear();
        return d;
    }

    @Transactional
    public void remove(String province, long id) {
        CalendarDecision d = decisions
                .findByIdOptional(id)
                .filter(x -> x.getProvinceCode().equals(province))
                .orElseThrow(() -> ProblemException.notFound(Messages.OFFICIAL_DECISION, id, province));
        decisions.delete(d);
        announce(province, d.getDay().getYear());
        cache.clear();
    }

    /**
     * Publishes the year after a change of its entries, in the caller's transaction. Takes the year's row lock
     * first, then reads the entries: a concurrent change of the same year waits and publishes after this one
     * with the entries of both.
     */
    private void announce(String province, int year) {
        decisions.flush();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long sequence = years.nextSequence(province, year, now);
        events.yearChanged(province, year, sequence, decisions.ofYear(province, year), now);
    }

    /**
     * Publishes once every stored year that was never published (the seed of the migrations, rows written
     * before the events existed). Idempotent: a year is claimed by inserting its {@code calendar_year} row, so a
     * restart or a second instance publishes nothing more.
     */
    @Transactional
    public int publishUnpublished() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<CalendarYearRepository.ClaimedYear> claimed = years.claimUnannounced(now);
        for (CalendarYearRepository.ClaimedYear y : claimed) {
            events.yearChanged(y.province(), y.year(), y.sequence(), decisions.ofYear(y.province(), y.year()), now);
            LOG.infof("published the official calendar %s:%s (not announced before)", y.province(), y.year());
        }
        return claimed.size();
    }

    void onStart(@Observes StartupEvent event) {
        publishUnpublished();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
