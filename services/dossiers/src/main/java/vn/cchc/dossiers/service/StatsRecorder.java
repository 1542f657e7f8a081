package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.repository.DailyStatRepository;

/**
 * Keeps the daily flow aggregates (dossier_daily_stat) in step with the lifecycle, in the transaction
 * of each transition, so the period report sums a few thousand rows instead of scanning millions of dossiers (the
 * database rolls them up by month and year, see V5).
 * <p>
 * A single transition appends its counters to dossier_stat_pending (V14, {@code cchc.stats.deferred=true}, the
 * default): one insert that no other writer waits for, where an upsert of the day's row (and, through the trigger, of
 * the shared month and year rows) held them locked until commit and serialised concurrent intakes at one receiving
 * point. {@link StatsFolder} moves them into the aggregates shortly after; the reports add what is still pending.
 * With {@code cchc.stats.deferred=false} each transition upserts dossier_daily_stat directly (the former way).
 * <p>
 * A transaction writing many dossiers (a historical import) runs {@link #batched}: the counters are summed in
 * memory and written at the end in one statement, in key order. The shared month/year rows are then locked
 * only for the last moment of the import, not for all of it, and always in the same order as any other writer.
 */
@ApplicationScoped
public class StatsRecorder {

    /** Counters in the order of dossier_daily_stat's columns. */
    private static final List<String> ORDERED = List.of(
            "received",
            "resolved_early",
            "resolved_on_time",
            "resolved_late",
            "late_with_apology",
            "late_without_apology",
            "refused",
            "withdrawn",
            "stopped",
            "returned",
            "digitised",
            "e_result",
            "rated",
            "rated_dissatisfied",
            "closed",
            "digitised_with_e_result",
            "ended_on_time");

    private static final Set<String> COUNTERS = Set.copyOf(ORDERED);
    /** Rows per statement (6 bind parameters each, far below the driver's limit of 32,767). */
    private static final int ROWS_PER_STATEMENT = 2000;

    /** One row of dossier_daily_stat; sorted like its primary key. */
    record Key(LocalDate day, String unit, String procedure, String channel, String path, String field)
            implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::day)
                .thenComparing(Key::unit)
                .thenComparing(Key::procedure)
                .thenComparing(Key::channel);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    private final DailyStatRepository stats;
    /** The counters of the batch running on this thread (null outside {@link #batched}). */
    private final ThreadLocal<Map<Key, Map<String, Integer>>> batch = new ThreadLocal<>();

    private final boolean deferred;

    public StatsRecorder(
            DailyStatRepository stats,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cchc.stats.deferred", defaultValue = "true")
                    boolean deferred) {
        this.stats = stats;
        this.deferred = deferred;
    }

    /** Every counter column, in the order of dossier_daily_stat's columns (for {@link StatsFolder}). */
    static List<String> counters() {
        return ORDERED;
    }

    /**
     * Runs {@code work} (inside the caller's transaction) with the counters it records held back, then writes
     * them in one statement sorted by key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T batched(java.util.function.Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        batch.set(new TreeMap<>());
        try {
            T result = work.get();
            write(batch.get());
            return result;
        } finally {
            batch.remove();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void received(Dossier d) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("received", 1);
        if (d.isDigitised()) {
            c.put("digitised", 1);
        }
        add(d, day(d.getReceivedAt()), c);
    }

    /**
     * A dossier received in error was erased (docs/domain/dossier-erasure.md): what {@link #received} counted is taken
     * back on the same row (only a dossier still RECEIVED is erased, so nothing else was counted for it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(Dossier d) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("received", -1);
        if (d.isDigitised()) {
            c.put("digitised", -1);
        }
        add(d, day(d.getReceivedAt()), c);
    }

    /** Resolved: early / on time / late, and for late ones whether an apology letter exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resolved(Dossier d, OffsetDateTime at) {
        Map<String, Integer> c = new LinkedHashMap<>();
        switch (d.getClassification()) {
            case EARLY -> c.put("resolved_early", 1);
            case ON_TIME -> c.put("resolved_on_time", 1);
            case LATE -> {
                c.put("resolved_late", 1);
                c.put(d.isHasApology() ? "late_with_apology" : "late_without_apology", 1);
            }
        }
        electronicResult(d, c);
        c.put("closed", 1);
        add(d, day(at), c);
    }

    /**
     * The result of a resolved dossier was found to be electronic after its resolution (returned by the ELECTRONIC
     * method): counted on the day it was resolved, like the other facts of the resolution.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void electronicResultLater(Dossier d) {
        Map<String, Integer> c = new LinkedHashMap<>();
        electronicResult(d, c);
        add(d, day(d.getResolvedAt()), c);
    }

    /** QĐ 766 4.1 and 4.2 (docs/domain/qd766.md §3): the e-result as declared, and "both" per dossier. */
    private static void electronicResult(Dossier d, Map<String, Integer> c) {
        if (d.isEResult()) {
            c.put("e_result", 1);
            if (d.isDigitised()) {
                c.put("digitised_with_e_result", 1);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(Dossier d, OffsetDateTime at, String counter) {
        add(d, day(at), Map.of(counter, 1));
    }

    /**
     * Refused, withdrawn or stopped; a dossier that had been received also leaves the stock of open ones, and
     * counts as ended on time for QĐ 766 2.1 when that is no later than its due time (docs/domain/qd766.md §2.1).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(Dossier d, OffsetDateTime at, String counter) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put(counter, 1);
        if (d.getReceivedAt() != null) {
            c.put("closed", 1);
            if (d.getDueAt() != null && !at.isAfter(d.getDueAt())) {
                c.put("ended_on_time", 1);
            }
        }
        add(d, day(at), c);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void rated(Dossier d, OffsetDateTime at, boolean dissatisfied) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("rated", 1);
        if (dissatisfied) {
            c.put("rated_dissatisfied", 1);
        }
        add(d, day(at), c);
    }

    private void add(Dossier d, LocalDate day, Map<String, Integer> counters) {
        for (String counter : counters.keySet()) {
            if (!COUNTERS.contains(counter)) {
                throw new IllegalArgumentException("unknown counter " + counter);
            }
        }
        Key key = new Key(
                day,
                d.getReceivingUnitCode(),
                d.getProcedureCode(),
                d.getChannel(),
                d.getReceivingUnitPath(),
                d.getField());
        Map<Key, Map<String, Integer>> held = batch.get();
        if (held != null) {
            Map<String, Integer> sums = held.computeIfAbsent(key, k -> new HashMap<>());
            counters.forEach((c, n) -> sums.merge(c, n, Integer::sum));
            return;
        }
        if (deferred) {
            stats.addPending(
                    List.of(new DailyStatRepository.Increment(
                            key.day(), key.unit(), key.path(), key.procedure(), key.field(), key.channel(), counters)),
                    ORDERED);
            return;
        }
        write(Map.of(key, counters));
    }

    /** Upserts of all the rows in key order (every counter column, zero where nothing happened). */
    private void write(Map<Key, Map<String, Integer>> rows) {
        List<Key> sorted = new ArrayList<>(rows.keySet());
        Collections.sort(sorted);
        for (int from = 0; from < sorted.size(); from += ROWS_PER_STATEMENT) {
            write(sorted.subList(from, Math.min(sorted.size(), from + ROWS_PER_STATEMENT)), rows);
        }
    }

    private void write(List<Key> keys, Map<Key, Map<String, Integer>> rows) {
        stats.add(
                keys.stream()
                        .map(k -> new DailyStatRepository.Increment(
                                k.day(), k.unit(), k.path(), k.procedure(), k.field(), k.channel(), rows.get(k)))
                        .toList(),
                ORDERED);
    }

    static LocalDate day(OffsetDateTime t) {
        return t.atZoneSameInstant(OfficialCalendarService.ZONE).toLocalDate();
    }
}
