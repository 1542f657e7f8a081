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
        StringBuilder sql =
                new StringBuilder("insert into dossier_daily_stat (day, unit_code, unit_path, procedure_code,"
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
}
