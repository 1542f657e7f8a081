package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.cchc.shared.security.Jurisdiction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two reads behind the period report: flows (received, resolved …) summed from the daily aggregates,
 * and stocks (carried over, still in progress at the end) counted over open dossiers plus those closed
 * since the period began — both through indexes, never a scan of all dossiers.
 */
@ApplicationScoped
public class ReportQueries {

    public enum GroupBy {
        UNIT("unit_code", "receiving_unit_code"), FIELD("field", "field"), PROCEDURE("procedure_code", "procedure_code"),
        CHANNEL("channel", "channel");

        final String statColumn;
        final String dossierColumn;

        GroupBy(String statColumn, String dossierColumn) {
            this.statColumn = statColumn;
            this.dossierColumn = dossierColumn;
        }
    }

    /** Summed flows of one group. */
    public record Flows(long receivedOnline, long receivedDirect, long receivedPostal, long early, long onTime, long late,
                        long lateWithApology, long lateWithoutApology, long refused, long withdrawn, long stopped,
                        long digitised, long eResult, long rated, long dissatisfied) {
        static final Flows NONE = new Flows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Stocks of one group at the start and end of the period. */
    public record Stocks(long carriedOver, long inProgressWithinTime, long inProgressOverdue, long overdueWithApology,
                         long overdueWithoutApology) {
        static final Stocks NONE = new Stocks(0, 0, 0, 0, 0);
    }

    private final EntityManager em;

    public ReportQueries(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Flows> flows(String scopePath, LocalDate from, LocalDate to, GroupBy by) {
        List<Object[]> rows = em.createNativeQuery("select " + by.statColumn + """
                        , sum(received) filter (where channel = 'ONLINE'), sum(received) filter (where channel = 'DIRECT'),
                        sum(received) filter (where channel = 'POSTAL'), sum(resolved_early), sum(resolved_on_time),
                        sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn),
                        sum(stopped), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied)
                        from dossier_daily_stat where unit_path like :scope and day between :from and :to
                        group by 1""")
                .setParameter("scope", Jurisdiction.subtreePattern(scopePath)).setParameter("from", from)
                .setParameter("to", to).getResultList();
        Map<String, Flows> map = new HashMap<>();
        for (Object[] r : rows) {
            map.put((String) r[0], new Flows(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]),
                    n(r[9]), n(r[10]), n(r[11]), n(r[12]), n(r[13]), n(r[14]), n(r[15])));
        }
        return map;
    }

    /**
     * Stocks. Carried over = received before the period minus closed before it, summed from the aggregates.
     * In progress at the end = dossiers received by then and open then: today's open ones plus those closed
     * after the period (few, unless the period is long past), read through the open-dossier and closed_at
     * indexes; overdue when the (original) due time is before {@code reference} (the period end, or now).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Stocks> stocks(String scopePath, LocalDate fromDay, OffsetDateTime to, OffsetDateTime reference,
                                      GroupBy by) {
        String scope = Jurisdiction.subtreePattern(scopePath);
        Map<String, Long> carried = new HashMap<>();
        List<Object[]> before = em.createNativeQuery("select " + by.statColumn
                        + ", sum(received) - sum(closed) from dossier_daily_stat where unit_path like :scope and day < :from group by 1")
                .setParameter("scope", scope).setParameter("from", fromDay).getResultList();
        for (Object[] r : before) {
            carried.put((String) r[0], n(r[1]));
        }
        String cols = by.dossierColumn + " as k, due_at, has_apology";
        String where = " receiving_unit_path like :scope and received_at <= :to";
        List<Object[]> rows = em.createNativeQuery("""
                        select k,
                          count(*) filter (where due_at >= :ref),
                          count(*) filter (where due_at < :ref),
                          count(*) filter (where due_at < :ref and has_apology),
                          count(*) filter (where due_at < :ref and not has_apology)
                        from (""" + " select " + cols + " from dossier where closed_at is null and" + where
                        + " union all select " + cols + " from dossier where closed_at > :to and" + where + """
                        ) d group by k""")
                .setParameter("scope", scope).setParameter("to", to).setParameter("ref", reference).getResultList();
        Map<String, Stocks> map = new HashMap<>();
        for (Object[] r : rows) {
            map.put((String) r[0], new Stocks(carried.getOrDefault((String) r[0], 0L), n(r[1]), n(r[2]), n(r[3]), n(r[4])));
        }
        carried.forEach((k, c) -> map.putIfAbsent(k, new Stocks(c, 0, 0, 0, 0)));
        return map;
    }

    public static Flows flowsOrNone(Map<String, Flows> m, String k) {
        return m.getOrDefault(k, Flows.NONE);
    }

    public static Stocks stocksOrNone(Map<String, Stocks> m, String k) {
        return m.getOrDefault(k, Stocks.NONE);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
