package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code calendar_year}: the sequence of each province's year announced on {@code cchc.calendar.v1}. It increases
 * with each change and is at least the change's epoch milliseconds, so a rebuilt database does not start again below
 * what consumers already hold.
 */
@ApplicationScoped
public class CalendarYearRepository {

    /** A year claimed for its first announcement. */
    public record ClaimedYear(String province, int year, long sequence) {}

    private final EntityManager em;

    public CalendarYearRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The next sequence of the year, taking its row lock until commit: a concurrent change of the same year waits
     * and announces after this one.
     */
    public long nextSequence(String province, int year, OffsetDateTime now) {
        return ((Number) em.createNativeQuery("""
                        insert into calendar_year (province_code, year, sequence, published_at)
                        values (:p, :y, cast(:floor as bigint), cast(:now as timestamptz))
                        on conflict (province_code, year) do update
                        set sequence = greatest(calendar_year.sequence + 1, excluded.sequence), published_at = excluded.published_at
                        returning sequence""")
                        .setParameter("p", province)
                        .setParameter("y", year)
                        .setParameter("floor", now.toInstant().toEpochMilli())
                        .setParameter("now", now)
                        .getSingleResult())
                .longValue();
    }

    /**
     * Claims every year with stored decisions that was never announced, by inserting its row (a restart or a second
     * instance claims nothing more).
     */
    public List<ClaimedYear> claimUnannounced(OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<Object[]> claimed = em.createNativeQuery("""
                        insert into calendar_year (province_code, year, sequence, published_at)
                        select distinct province_code, cast(extract(year from day) as int), cast(:seq as bigint),
                               cast(:now as timestamptz)
                        from calendar_entry
                        on conflict (province_code, year) do nothing
                        returning province_code, year, sequence""")
                .setParameter("seq", now.toInstant().toEpochMilli())
                .setParameter("now", now)
                .getResultList();
        return claimed.stream()
                .map(r -> new ClaimedYear((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue()))
                .toList();
    }
}
