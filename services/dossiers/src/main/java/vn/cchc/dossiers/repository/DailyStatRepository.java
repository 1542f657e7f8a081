package vn.cchc.dossiers.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code dossier_daily_stat}: the counters of the dossier reports per day, unit, procedure and channel (ADR 0005). */
@ApplicationScoped
public class DailyStatRepository {

    /** The counters to add to one row ({@code counters}: column → increment; absent columns add 0). */
    public record Increment(
            LocalDate day,
            String unit,
            String path,
            String procedure,
            String field,
            String channel,
            Map<String, Integer> counters) {}

    private final EntityManager em;

    public DailyStatRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds the increments in one upsert, in the order given (callers sort them like the primary key so that
     * concurrent writers lock rows in the same order).
     *
     * @param columns every counter column, in the order of the statement (fixed names, never user input)
     */
    public void add(List<Increment> rows, List<String> columns) {
        insert("dossier_daily_stat", rows, columns, true);
    }

    /**
     * Appends the increments to {@code dossier_stat_pending} (V14): no row another writer could be holding is locked,
     * so concurrent transitions at one receiving point never wait for each other here; {@link #fold} moves them into
     * the aggregates later.
     */
    public void addPending(List<Increment> rows, List<String> columns) {
        insert("dossier_stat_pending", rows, columns, false);
    }

    /**
     * Moves at most {@code limit} pending rows (oldest first) into dossier_daily_stat in one statement: deleted,
     * summed per key, upserted in key order (the V5 trigger folds them into the rollups in the same statement), so
     * every increment is counted in exactly one of the two tables at any snapshot. Rows another folder is taking
     * are skipped, never waited for. Returns how many rows were moved.
     *
     * @param columns every counter column (fixed names, never user input)
     */
    public int fold(int limit, List<String> columns) {
        String sums = columns.stream().map(c -> "sum(" + c + ")").collect(java.util.stream.Collectors.joining(", "));
        String updates = columns.stream()
                .map(c -> c + " = dossier_daily_stat." + c + " + excluded." + c)
                .collect(java.util.stream.Collectors.joining(", "));
        String cols = String.join(", ", columns);
        Object moved = em.createNativeQuery("with taken as (delete from dossier_stat_pending where id in ("
                        + " select id from dossier_stat_pending order by id limit :limit for update skip locked)"
                        + " returning day, unit_code, unit_path, procedure_code, field, channel, " + cols + "),"
                        + " folded as (insert into dossier_daily_stat (day, unit_code, unit_path, procedure_code,"
                        + " field, channel, " + cols + ")"
                        + " select day, unit_code, max(unit_path), procedure_code, max(field), channel, " + sums
                        + " from taken group by day, unit_code, procedure_code, channel"
                        + " order by day, unit_code, procedure_code, channel"
                        + " on conflict (day, unit_code, procedure_code, channel) do update set " + updates
                        + " returning 1)"
                        + " select (select count(*) from taken), (select count(*) from folded)")
                .setParameter("limit", limit)
                .getSingleResult();
        return ((Number) ((Object[]) moved)[0]).intValue();
    }

    /**
     * Moves at most {@code limit} appends of dossier_open_due_pending (V20: -1 / +1 per open dossier's key and due
     * day, written by the trigger on dossier) into dossier_open_due_stat in one statement, as {@link #fold}; then
     * removes the keys left with no open dossier. Returns the appends moved.
     */
    public int foldOpenDue(int limit) {
        Object moved = em.createNativeQuery("with taken as (delete from dossier_open_due_pending where id in ("
                        + " select id from dossier_open_due_pending order by id limit :limit for update skip locked)"
                        + " returning due_day, unit_code, unit_path, procedure_code, field, channel, has_apology, delta),"
                        + " folded as (insert into dossier_open_due_stat (due_day, unit_code, unit_path, procedure_code,"
                        + " field, channel, has_apology, open_count)"
                        + " select due_day, unit_code, max(unit_path), procedure_code, max(field), channel, has_apology,"
                        + " sum(delta) from taken group by due_day, unit_code, procedure_code, channel, has_apology"
                        + " order by due_day, unit_code, procedure_code, channel, has_apology"
                        + " on conflict (due_day, unit_code, procedure_code, channel, has_apology)"
                        + " do update set open_count = dossier_open_due_stat.open_count + excluded.open_count"
                        + " returning 1)"
                        + " select (select count(*) from taken), (select count(*) from folded)")
                .setParameter("limit", limit)
                .getSingleResult();
        int n = ((Number) ((Object[]) moved)[0]).intValue();
        if (n > 0) {
            em.createNativeQuery("delete from dossier_open_due_stat where open_count = 0")
                    .executeUpdate();
        }
        return n;
    }

    /** Rows waiting in dossier_stat_pending (for the gauge and the tests). */
    public long pending() {
        return ((Number) em.createNativeQuery("select count(*) from dossier_stat_pending")
                        .getSingleResult())
                .longValue();
    }

    private void insert(String table, List<Increment> rows, List<String> columns, boolean upsert) {
        StringBuilder sql = new StringBuilder("insert into " + table + " (day, unit_code, unit_path, procedure_code,"
                + " field, channel, " + String.join(", ", columns) + ") values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(:day")
                    .append(i)
                    .append(", :unit")
                    .append(i)
                    .append(", :path")
                    .append(i)
                    .append(", :procedure")
                    .append(i)
                    .append(", :field")
                    .append(i)
                    .append(", :channel")
                    .append(i);
            Map<String, Integer> counters = rows.get(i).counters();
            for (String c : columns) {
                sql.append(", ").append(counters.getOrDefault(c, 0).intValue());
            }
            sql.append(')');
        }
        if (upsert) {
            upsertTail(sql, columns);
        }
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            Increment k = rows.get(i);
            query.setParameter("day" + i, k.day())
                    .setParameter("unit" + i, k.unit())
                    .setParameter("path" + i, k.path())
                    .setParameter("procedure" + i, k.procedure())
                    .setParameter("field" + i, k.field())
                    .setParameter("channel" + i, k.channel());
        }
        query.executeUpdate();
    }

    private static void upsertTail(StringBuilder sql, List<String> columns) {
        sql.append(" on conflict (day, unit_code, procedure_code, channel) do update set ");
        for (int i = 0; i < columns.size(); i++) {
            String c = columns.get(i);
            sql.append(i == 0 ? "" : ", ")
                    .append(c)
                    .append(" = dossier_daily_stat.")
                    .append(c)
                    .append(" + excluded.")
                    .append(c);
        }
    }
}
