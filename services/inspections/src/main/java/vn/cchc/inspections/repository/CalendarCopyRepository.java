package vn.cchc.inspections.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.calendar.CalendarEntry;

/**
 * The copy of the official calendar decisions received from dossiers on {@code cchc.calendar.v1}: one
 * {@code calendar_year} row per province (or 'VN') and year with the sequence of the event applied, and its
 * {@code calendar_entry} rows (native SQL).
 */
@ApplicationScoped
public class CalendarCopyRepository {

    /** An entry as stored, with the key it came from and the sequence of its year's event (0 when none is held). */
    public record StoredEntry(CalendarEntry entry, String province, long sequence) {}

    private final EntityManager em;

    public CalendarCopyRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the event as the one applied to the province's year when its sequence is higher than the one held,
     * locking the year's row (concurrent events of one key apply one after the other).
     *
     * @return whether it was higher (the caller then replaces the year's entries)
     */
    @SuppressWarnings("unchecked")
    public boolean claimYear(
            String province, int year, long sequence, String eventId, OffsetDateTime occurredAt, OffsetDateTime now) {
        List<Object> won = em.createNativeQuery("""
                        insert into calendar_year (province, year, sequence, event_id, occurred_at, applied_at)
                        values (:p, :y, :s, :id, :occurred, :now)
                        on conflict (province, year) do update
                        set sequence = excluded.sequence, event_id = excluded.event_id,
                            occurred_at = excluded.occurred_at, applied_at = excluded.applied_at
                        where calendar_year.sequence < excluded.sequence
                        returning sequence""")
                .setParameter("p", province)
                .setParameter("y", year)
                .setParameter("s", sequence)
                .setParameter("id", eventId)
                .setParameter("occurred", occurredAt)
                .setParameter("now", now)
                .getResultList();
        return !won.isEmpty();
    }

    /** Replaces the province's entries of the year by {@code entries}. */
    public void replaceYear(
            String province, int year, List<CalendarEntry> entries, String updatedBy, OffsetDateTime at) {
        em.createNativeQuery("delete from calendar_entry where province = :p and entry_date >= :f and entry_date < :t")
                .setParameter("p", province)
                .setParameter("f", LocalDate.of(year, 1, 1))
                .setParameter("t", LocalDate.of(year + 1, 1, 1))
                .executeUpdate();
        for (CalendarEntry e : entries) {
            em.createNativeQuery("""
                            insert into calendar_entry (province, entry_date, kind, note, updated_by, updated_at)
                            values (:p, :d, :k, :n, :u, :at)""")
                    .setParameter("p", province)
                    .setParameter("d", e.date())
                    .setParameter("k", e.kind().name())
                    .setParameter("n", e.note())
                    .setParameter("u", updatedBy)
                    .setParameter("at", at)
                    .executeUpdate();
        }
    }

    /**
     * The entries of {@code national}, then those of {@code province} (same order as stored: national first, by
     * date), of the year or of every year when {@code year} is null.
     */
    @SuppressWarnings("unchecked")
    public List<StoredEntry> entries(String national, String province, Integer year) {
        String sql = """
                select e.entry_date, e.kind, e.note, e.province, coalesce(y.sequence, 0) from calendar_entry e
                left join calendar_year y on y.province = e.province and y.year = extract(year from e.entry_date)
                where e.province in (:national, :p)"""
                + (year == null ? "" : " and e.entry_date >= :f and e.entry_date < :t")
                + " order by case when e.province = :national then 0 else 1 end, e.entry_date";
        var q = em.createNativeQuery(sql).setParameter("national", national).setParameter("p", province);
        if (year != null) {
            q.setParameter("f", LocalDate.of(year, 1, 1)).setParameter("t", LocalDate.of(year + 1, 1, 1));
        }
        List<StoredEntry> entries = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            LocalDate date = LiveEvidenceRepository.date(r[0]);
            entries.add(new StoredEntry(
                    new CalendarEntry(date, CalendarEntry.Kind.valueOf((String) r[1]), (String) r[2]),
                    (String) r[3],
                    ((Number) r[4]).longValue()));
        }
        return entries;
    }
}
