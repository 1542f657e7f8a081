package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.cchc.dossiers.domain.Dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the daily flow aggregates (dossier_daily_stat) in step with the lifecycle, in the transaction
 * of each transition: one upsert per change, so the period report sums a few thousand rows instead of
 * scanning millions of dossiers.
 */
@ApplicationScoped
public class StatsRecorder {

    private static final Set<String> COUNTERS = Set.of("received", "resolved_early", "resolved_on_time", "resolved_late",
            "late_with_apology", "late_without_apology", "refused", "withdrawn", "stopped", "returned", "digitised",
            "e_result", "rated", "rated_dissatisfied", "closed");

    private final EntityManager em;

    public StatsRecorder(EntityManager em) {
        this.em = em;
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
        c.put("e_result", 1);
        c.put("closed", 1);
        add(d, day(at), c);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void count(Dossier d, OffsetDateTime at, String counter) {
        add(d, day(at), Map.of(counter, 1));
    }

    /** Refused, withdrawn or stopped; a dossier that had been received also leaves the stock of open ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(Dossier d, OffsetDateTime at, String counter) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put(counter, 1);
        if (d.getReceivedAt() != null) {
            c.put("closed", 1);
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
        StringBuilder cols = new StringBuilder();
        StringBuilder vals = new StringBuilder();
        StringBuilder updates = new StringBuilder();
        for (Map.Entry<String, Integer> e : counters.entrySet()) {
            if (!COUNTERS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown counter " + e.getKey());
            }
            cols.append(", ").append(e.getKey());
            vals.append(", ").append(e.getValue().intValue());
            updates.append(updates.isEmpty() ? "" : ", ").append(e.getKey()).append(" = dossier_daily_stat.")
                    .append(e.getKey()).append(" + excluded.").append(e.getKey());
        }
        em.createNativeQuery("insert into dossier_daily_stat (day, unit_code, unit_path, procedure_code, field, channel"
                        + cols + ") values (:day, :unit, :path, :procedure, :field, :channel" + vals + ")"
                        + " on conflict (day, unit_code, procedure_code, channel) do update set " + updates)
                .setParameter("day", day)
                .setParameter("unit", d.getReceivingUnitCode())
                .setParameter("path", d.getReceivingUnitPath())
                .setParameter("procedure", d.getProcedureCode())
                .setParameter("field", d.getField())
                .setParameter("channel", d.getChannel())
                .executeUpdate();
    }

    static LocalDate day(OffsetDateTime t) {
        return t.atZoneSameInstant(CalendarService.ZONE).toLocalDate();
    }
}
