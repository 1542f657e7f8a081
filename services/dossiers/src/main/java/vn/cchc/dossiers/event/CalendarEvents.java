package vn.cchc.dossiers.event;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.domain.CalendarDecision;
import vn.cchc.shared.contract.CalendarEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Announces the official calendar of a province's year on {@code cchc.calendar.v1} (compacted, key
 * {@code <province>:<year>}) through the outbox: {@code CalendarYearChanged} with every entry of that year, so a
 * consumer replaces its copy of the year and the topic keeps the latest state per key. The sequence of a key
 * is kept in {@code calendar_year}; it increases with each change and is at least the change's epoch
 * milliseconds, so a rebuilt database does not start again below what consumers already hold.
 */
@ApplicationScoped
public class CalendarEvents {

    private static final Logger LOG = Logger.getLogger(CalendarEvents.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;

    public CalendarEvents(EntityManager em, Outbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Publishes the year after a change of its entries, in the caller's transaction. Takes the year's row lock
     * first, then reads the entries: a concurrent change of the same year waits and publishes after this one
     * with the entries of both.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CalendarEventV1 yearChanged(String province, int year) {
        em.flush();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long sequence = ((Number) em.createNativeQuery("""
                        insert into calendar_year (province_code, year, sequence, published_at)
                        values (:p, :y, cast(:floor as bigint), cast(:now as timestamptz))
                        on conflict (province_code, year) do update
                        set sequence = greatest(calendar_year.sequence + 1, excluded.sequence), published_at = excluded.published_at
                        returning sequence""")
                .setParameter("p", province).setParameter("y", year)
                .setParameter("floor", now.toInstant().toEpochMilli()).setParameter("now", now)
                .getSingleResult()).longValue();
        return publish(province, year, sequence, now);
    }

    /**
     * Publishes once every stored year that was never published (the seed of the migrations, rows written
     * before the events existed). Idempotent: a year is claimed by inserting its {@code calendar_year} row, so a
     * restart or a second instance publishes nothing more.
     */
    @Transactional
    public int publishUnpublished() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        insert into calendar_year (province_code, year, sequence, published_at)
                        select distinct province_code, cast(extract(year from day) as int), cast(:seq as bigint),
                               cast(:now as timestamptz)
                        from calendar_entry
                        on conflict (province_code, year) do nothing
                        returning province_code, year, sequence""")
                .setParameter("seq", now.toInstant().toEpochMilli()).setParameter("now", now)
                .getResultList();
        for (Object[] r : claimed) {
            publish((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), now);
            LOG.infof("published the official calendar %s:%s (not announced before)", r[0], r[1]);
        }
        return claimed.size();
    }

    void onStart(@Observes StartupEvent event) {
        publishUnpublished();
    }

    private CalendarEventV1 publish(String province, int year, long sequence, OffsetDateTime now) {
        List<CalendarEventV1.Entry> entries = em.createQuery("""
                        from CalendarDecision where provinceCode = :p and day >= :f and day < :t order by day""",
                        CalendarDecision.class)
                .setParameter("p", province)
                .setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year + 1, 1, 1))
                .getResultList().stream()
                .map(d -> new CalendarEventV1.Entry(d.getDay(), d.getKind(), d.getNote() == null ? "" : d.getNote()))
                .toList();
        CalendarEventV1 payload = new CalendarEventV1(province, year, entries, sequence, now);
        outbox.publish(Topics.CALENDAR, payload.key(), CalendarEventV1.YEAR_CHANGED, CalendarEventV1.SCHEMA_VERSION,
                payload);
        return payload;
    }
}
