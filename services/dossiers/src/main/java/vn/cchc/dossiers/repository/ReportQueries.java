package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.dossiers.domain.GroupBy;
import vn.cchc.dossiers.domain.PeriodSlices;
import vn.cchc.dossiers.domain.PeriodSlices.Grain;
import vn.cchc.dossiers.domain.PeriodSlices.Slice;
import vn.cchc.shared.security.Jurisdiction;

/**
 * The reads behind the period report: flows (received, resolved …) summed from the aggregates and their rollups;
 * stocks (carried over, in progress at the end) from the rollups for a period that ended, from the open dossiers'
 * counts per due day (V20) for one that has not; the overdue part of a stock is counted on dossiers only where the
 * counters cannot say it (the end of a past period; the dossiers due earlier today), through narrow partial indexes.
 * Never a scan of all dossiers.
 */
@ApplicationScoped
public class ReportQueries {

    /** The column of {@code dossier_unit_stat} and its rollups a grouping reads. */
    static String statColumn(GroupBy by) {
        return switch (by) {
            case UNIT -> "unit_code";
            case FIELD -> "field";
            case PROCEDURE -> "procedure_code";
            case CHANNEL -> "channel";
        };
    }

    /** The column of {@code dossier} a grouping reads. */
    static String dossierColumn(GroupBy by) {
        return by == GroupBy.UNIT ? "receiving_unit_code" : statColumn(by);
    }

    /**
     * Summed flows of one group; {@code closed} counts received dossiers that ended (for the stocks);
     * {@code digitisedWithEResult} and {@code endedOnTime} are the QĐ 766 facts (docs/domain/qd766.md §3).
     */
    public record Flows(
            long receivedOnline,
            long receivedDirect,
            long receivedPostal,
            long early,
            long onTime,
            long late,
            long lateWithApology,
            long lateWithoutApology,
            long refused,
            long withdrawn,
            long stopped,
            long digitised,
            long eResult,
            long rated,
            long dissatisfied,
            long closed,
            long digitisedWithEResult,
            long endedOnTime) {
        static final Flows NONE = new Flows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public long received() {
            return receivedOnline + receivedDirect + receivedPostal;
        }
    }

    /** Stocks of one group at the start and end of the period. */
    public record Stocks(
            long carriedOver,
            long inProgressWithinTime,
            long inProgressOverdue,
            long overdueWithApology,
            long overdueWithoutApology) {
        static final Stocks NONE = new Stocks(0, 0, 0, 0, 0);
    }

    /** Aggregates start here: carried-over stocks sum everything from this day on. */
    static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);

    private static final String SUMS = """
            sum(received) filter (where channel = 'ONLINE'), sum(received) filter (where channel = 'DIRECT'),
            sum(received) filter (where channel = 'POSTAL'), sum(resolved_early), sum(resolved_on_time),
            sum(resolved_late), sum(late_with_apology), sum(late_without_apology), sum(refused), sum(withdrawn),
            sum(stopped), sum(digitised), sum(e_result), sum(rated), sum(rated_dissatisfied), sum(closed),
            sum(digitised_with_e_result), sum(ended_on_time)""";
    private static final String COUNTERS = """
            channel, received, resolved_early, resolved_on_time, resolved_late, late_with_apology, late_without_apology,
            refused, withdrawn, stopped, digitised, e_result, rated, rated_dissatisfied, closed, digitised_with_e_result,
            ended_on_time""";

    /** {@link #COUNTERS} subtracted (the channel kept). */
    private static final String NEGATED = java.util.Arrays.stream(COUNTERS.split(","))
            .map(String::trim)
            .map(c -> c.equals("channel") ? c : "-" + c + " as " + c)
            .collect(java.util.stream.Collectors.joining(", "));

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final EntityManager em;

    public ReportQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * One read of an aggregate: the rows of {@code grain} from {@code first} to {@code last} (first days of their
     * periods), added or, when {@code negative}, subtracted.
     */
    record Term(Grain grain, LocalDate first, LocalDate last, boolean negative) {}

    /**
     * The terms of a period's slices. A slice of days reads one row per day and key (thousands of rows a day at
     * 10 million dossiers); when the days of its month outside the slice that can hold rows (up to {@code today})
     * are fewer, it reads the month's row minus those days instead: 7 November … 6 December, on 6 December, is
     * November minus 1–6 November plus December minus 7–31 December (empty), 6 days of rows instead of 30.
     */
    static List<Term> terms(List<Slice> slices, LocalDate today) {
        List<Term> terms = new ArrayList<>();
        for (Slice s : slices) {
            if (s.grain() != Grain.DAY) {
                terms.add(new Term(s.grain(), s.first(), s.last(), false));
                continue;
            }
            LocalDate monthStart = s.first().withDayOfMonth(1);
            LocalDate monthEnd = s.first().with(TemporalAdjusters.lastDayOfMonth());
            long inside = days(s.first(), s.last());
            long outside = days(monthStart, s.first().minusDays(1))
                    + days(s.last().plusDays(1), today.isBefore(monthEnd) ? today : monthEnd);
            if (outside >= inside) {
                terms.add(new Term(Grain.DAY, s.first(), s.last(), false));
                continue;
            }
            terms.add(new Term(Grain.MONTH, monthStart, monthStart, false));
            if (s.first().isAfter(monthStart)) {
                terms.add(new Term(Grain.DAY, monthStart, s.first().minusDays(1), true));
            }
            if (s.last().isBefore(monthEnd)) {
                terms.add(new Term(Grain.DAY, s.last().plusDays(1), monthEnd, true));
            }
        }
        return terms;
    }

    private static long days(LocalDate first, LocalDate last) {
        return first.isAfter(last) ? 0 : ChronoUnit.DAYS.between(first, last) + 1;
    }

    /**
     * Flows summed over the period, from the coarsest rollups that fit it (see {@link PeriodSlices} and
     * {@link #terms}): per unit, field and channel from dossier_unit_stat; per procedure from dossier_daily_stat (days)
     * and dossier_stat_rollup (months, years); plus the counters still pending in dossier_stat_pending (V14), read in
     * the same statement, so a fold between two reads can neither lose nor double an increment. A few thousand rows
     * for any period and scope.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Flows> flows(String scopePath, LocalDate from, LocalDate to, GroupBy by) {
        List<Slice> slices = PeriodSlices.of(from, to);
        Map<String, Flows> map = new HashMap<>();
        if (slices.isEmpty()) {
            return map;
        }
        List<Term> terms = terms(slices, LocalDate.now(ZONE));
        // one select per table and sign: the terms it reads, or-ed
        Map<String, List<String>> reads = new java.util.LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String table;
            String where;
            if (by == GroupBy.PROCEDURE && t.grain() == Grain.DAY) {
                table = "dossier_daily_stat";
                where = "day between :f" + i + " and :l" + i;
            } else {
                table = by == GroupBy.PROCEDURE ? "dossier_stat_rollup" : "dossier_unit_stat";
                where = "(grain = :g" + i + " and period between :f" + i + " and :l" + i + ")";
            }
            reads.computeIfAbsent(table + (t.negative() ? " -" : " +"), k -> new ArrayList<>())
                    .add(where);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : reads.entrySet()) {
            String[] tableSign = e.getKey().split(" ");
            parts.add("select " + statColumn(by) + " as k, " + (tableSign[1].equals("-") ? NEGATED : COUNTERS)
                    + " from " + tableSign[0] + " where unit_path like :scope and ("
                    + String.join(" or ", e.getValue()) + ")");
        }
        // counters of transitions not yet folded into the aggregates (V14): counted here until StatsFolder moves them
        parts.add("select " + statColumn(by) + " as k, " + COUNTERS + " from dossier_stat_pending"
                + " where unit_path like :scope and day between :pf and :pl");
        Query q = em.createNativeQuery(
                "select k, " + SUMS + " from (" + String.join(" union all ", parts) + ") s group by k");
        q.setParameter("scope", Jurisdiction.subtreePattern(scopePath));
        q.setParameter("pf", from);
        q.setParameter("pl", to);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (by != GroupBy.PROCEDURE || t.grain() != Grain.DAY) { // day terms by procedure read the daily table
                q.setParameter("g" + i, t.grain().code);
            }
            q.setParameter("f" + i, t.first());
            q.setParameter("l" + i, t.last());
        }
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            map.put(
                    (String) r[0],
                    new Flows(
                            n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10]),
                            n(r[11]), n(r[12]), n(r[13]), n(r[14]), n(r[15]), n(r[16]), n(r[17]), n(r[18])));
        }
        return map;
    }

    /**
     * Stocks. Carried over = received before the period minus closed before it, and in progress at the end =
     * carried over + received − closed in the period, both from the rollups. Of those in progress, the overdue
     * ones (due before {@code reference}: the period end, or now): for a period that ended, counted on dossiers
     * through two narrow indexes ({@link #overdueAtEnd}); for one that has not, the open dossiers now and the
     * overdue ones among them from their counts per due day ({@link #openNow}), and carried over = open now −
     * received + closed in the period.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Stocks> stocks(
            String scopePath,
            LocalDate fromDay,
            Map<String, Flows> periodFlows,
            OffsetDateTime to,
            OffsetDateTime reference,
            GroupBy by) {
        String scope = Jurisdiction.subtreePattern(scopePath);
        boolean ended = !reference.isBefore(to);
        // a period that ended: carried over from the rollups before it; one that has not: from the open dossiers now
        Map<String, Flows> before =
                ended && fromDay.isAfter(EPOCH) ? flows(scopePath, EPOCH, fromDay.minusDays(1), by) : Map.of();
        Map<String, long[]> counted = new HashMap<>(); // key -> open now (period not ended only), overdue, apology
        List<Object[]> rows = ended ? overdueAtEnd(scope, to, reference, by) : openNow(scope, to, reference, by);
        for (Object[] r : rows) {
            counted.put((String) r[0], new long[] {ended ? 0 : n(r[3]), n(r[1]), n(r[2])});
        }
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(periodFlows.keySet());
        keys.addAll(counted.keySet());
        Map<String, Stocks> map = new HashMap<>();
        for (String k : keys) {
            Flows p = flowsOrNone(periodFlows, k);
            long[] c = counted.getOrDefault(k, new long[3]);
            long inProgress;
            long carried;
            if (ended) {
                Flows b = flowsOrNone(before, k);
                carried = b.received() - b.closed();
                inProgress = carried + p.received() - p.closed();
            } else {
                inProgress = c[0];
                carried = inProgress - p.received() + p.closed();
            }
            long overdue = c[1];
            if (carried != 0 || inProgress != 0 || overdue != 0) {
                map.put(k, new Stocks(carried, Math.max(0, inProgress - overdue), overdue, c[2], overdue - c[2]));
            }
        }
        return map;
    }

    /**
     * Overdue at the end of a period that ended ({@code reference} = its end), per key: dossiers still open and past
     * due, or closed after the end but late (so past due at the end); each row: key, count, with an apology.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> overdueAtEnd(String scope, OffsetDateTime to, OffsetDateTime reference, GroupBy by) {
        String cols = dossierColumn(by) + " as k, has_apology";
        String where = " receiving_unit_path like :scope and received_at <= :to and due_at < :ref";
        return em.createNativeQuery("select k, count(*), count(*) filter (where has_apology) from ("
                        + " select " + cols + " from dossier where closed_at is null and" + where
                        + " union all select " + cols + " from dossier where closed_at > :to and closed_at > due_at and"
                        + where + ") d group by k")
                .setParameter("scope", scope)
                .setParameter("to", to)
                .setParameter("ref", reference)
                .getResultList();
    }

    /**
     * A period that has not ended ({@code reference} = now): per key the open dossiers now, and those overdue, with an
     * apology; rows: key, overdue, with an apology, open. The open dossiers come from their counts per key and due day
     * (V20: dossier_open_due_stat and the appends not folded yet, read in the same statement); those due before today
     * are overdue, those due earlier today are read from the dossiers (or today's count less those due later today,
     * the shorter read: {@link TodaySide}); none closed after the period's end yet. At 10 M
     * dossiers a few thousand counter rows instead of every open dossier, and no read of the rollups before the
     * period (carried over = open now − received + closed in the period; docs/performance.md).
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> openNow(String scope, OffsetDateTime to, OffsetDateTime reference, GroupBy by) {
        LocalDate today = reference.atZoneSameInstant(ZONE).toLocalDate();
        OffsetDateTime todayStart = today.atStartOfDay(ZONE).toOffsetDateTime();
        OffsetDateTime tomorrowStart = today.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
        TodaySide side = TodaySide.of(todayStart, reference, tomorrowStart);
        String counted = "select " + statColumn(by) + " as k, has_apology, ";
        // overdue from the counts: the days before today, and today too when the rest of today is subtracted
        String overdue = " * (case when due_day " + (side == TodaySide.AFTER ? "<=" : "<") + " :today then 1 else 0"
                + " end) as overdue_n";
        String where = " where unit_path like :scope";
        return em.createNativeQuery(
                        "select k, sum(overdue_n), sum(overdue_n) filter (where has_apology), sum(open_n) from ("
                                + counted + "open_count as open_n, open_count" + overdue + " from dossier_open_due_stat"
                                + where
                                + " union all " + counted + "delta as open_n, delta" + overdue
                                + " from dossier_open_due_pending"
                                + where
                                + " union all select " + dossierColumn(by)
                                + " as k, has_apology, 0 as open_n, " + side.sign + " as overdue_n"
                                + " from dossier where closed_at is null and receiving_unit_path like :scope"
                                + " and received_at <= :to and due_at >= :low and due_at < :high) d group by k")
                .setParameter("scope", scope)
                .setParameter("today", today)
                .setParameter("low", side == TodaySide.AFTER ? reference : todayStart)
                .setParameter("high", side == TodaySide.AFTER ? tomorrowStart : reference)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * Which part of today {@link #openNow} reads from the dossiers: the dossiers due today before {@code reference}
     * (each +1 overdue), or, when the rest of the day is the shorter part, those due from {@code reference} to
     * midnight (each −1 from today's count, which is then taken as overdue). Either way a read of at most half a
     * day of due dossiers instead of up to a whole one late in the day.
     */
    enum TodaySide {
        BEFORE("1"),
        AFTER("-1");

        final String sign;

        TodaySide(String sign) {
            this.sign = sign;
        }

        static TodaySide of(OffsetDateTime todayStart, OffsetDateTime reference, OffsetDateTime tomorrowStart) {
            return java.time.Duration.between(reference, tomorrowStart)
                                    .compareTo(java.time.Duration.between(todayStart, reference))
                            < 0
                    ? AFTER
                    : BEFORE;
        }
    }

    /**
     * The names of units or procedures by code, in one query (grouping UNIT or PROCEDURE; empty for the others). A
     * JPQL query on the entity: as a native query on the table, the JDBC driver read the columns' metadata from the
     * catalogue (one more round trip of ~2-3 ms) on every report.
     */
    public Map<String, String> names(GroupBy by, java.util.Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        String entity = switch (by) {
            case UNIT -> "UnitCopy";
            case PROCEDURE -> "CatalogueProcedure";
            default -> null;
        };
        if (entity == null || codes.isEmpty()) {
            return names;
        }
        for (Object[] r : em.createQuery(
                        "select e.code, e.name from " + entity + " e where e.code in :c", Object[].class)
                .setParameter("c", List.copyOf(codes))
                .getResultList()) {
            names.put((String) r[0], (String) r[1]);
        }
        return names;
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
