package vn.cchc.dossiers.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import vn.cchc.dossiers.domain.CalendarDecision;
import vn.cchc.shared.contract.CalendarEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

/**
 * Announces the official calendar of a province's year on {@code cchc.calendar.v1} (compacted, key
 * {@code <province>:<year>}) through the outbox: {@code CalendarYearChanged} with every entry of that year, so a
 * consumer replaces its copy of the year and the topic keeps the latest state per key. The sequence of a key
 * is kept in {@code calendar_year} ({@code repository/CalendarYearRepository}); the use case
 * ({@code service/OfficialCalendarService}) takes it and reads the year's decisions in its transaction.
 */
@ApplicationScoped
public class CalendarEvents {

    private final Outbox outbox;

    public CalendarEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Writes {@code CalendarYearChanged} for the year to the outbox, in the caller's transaction.
     *
     * @param decisions every official decision of the province for the year (its own only), by date
     * @param sequence  the year's next sequence ({@code calendar_year})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CalendarEventV1 yearChanged(
            String province, int year, long sequence, List<CalendarDecision> decisions, OffsetDateTime now) {
        List<CalendarEventV1.Entry> entries = decisions.stream()
                .map(d -> new CalendarEventV1.Entry(d.getDay(), d.getKind(), d.getNote() == null ? "" : d.getNote()))
                .toList();
        CalendarEventV1 payload = new CalendarEventV1(province, year, entries, sequence, now);
        outbox.publish(
                Topics.CALENDAR, payload.key(), CalendarEventV1.YEAR_CHANGED, CalendarEventV1.SCHEMA_VERSION, payload);
        return payload;
    }
}
