package vn.cchc.inspections.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import vn.cchc.inspections.domain.rules.DossierTally;

/**
 * The live evidence read models (dossier tallies and day stats, late dossiers, posting and PAR-gap snapshots;
 * native SQL: upserts and aggregates), copied from other services' events. Every read takes a unit subtree as a
 * path prefix ({@link vn.cchc.shared.security.Jurisdiction#subtreePattern}), served by the varchar_pattern_ops
 * indexes.
 */
@ApplicationScoped
public class LiveEvidenceRepository {

    private final EntityManager em;

    public LiveEvidenceRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("rawtypes")
    private org.hibernate.query.NativeQuery q(String sql) {
        return em.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class);
    }

    // ---------------------------------------------------------------- dossier tally and day stats

    public Optional<DossierTally.Marks> marks(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q("""
                        select received_unit, received_day, received_channel, digitised, resolved_unit, resolved_day,
                               classification, apology_at, apology_timely, last_version, erased_at
                        from dossier_tally where dossier_code = :code for update""").setParameter("code", code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        DossierTally.Marks m = new DossierTally.Marks();
        m.receivedUnit = (String) r[0];
        m.receivedDay = date(r[1]);
        m.receivedChannel = (String) r[2];
        m.digitised = (Boolean) r[3];
        m.resolvedUnit = (String) r[4];
        m.resolvedDay = date(r[5]);
        m.classification = (String) r[6];
        m.apologyAt = instant(r[7]);
        m.apologyTimely = (Boolean) r[8];
        m.lastVersion = ((Number) r[9]).longValue();
        m.erased = r[10] != null;
        // paths are only needed for new counts; a moved count reads the path of its row
        if (m.resolvedUnit != null) {
            m.resolvedUnitPath = pathOfStat(m.resolvedUnit, m.resolvedDay);
        }
        if (m.receivedUnit != null) {
            m.receivedUnitPath = pathOfStat(m.receivedUnit, m.receivedDay);
        }
        return Optional.of(m);
    }

    private String pathOfStat(String unit, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<String> p = q("select unit_path from dossier_day_stat where unit_code = :u and day = :d")
                .setParameter("u", unit)
                .setParameter("d", day)
                .getResultList();
        return p.isEmpty() ? null : p.get(0);
    }

    public void saveMarks(String code, DossierTally.Marks m) {
        saveMarks(code, m, null);
    }

    /** Saves the marks; an erased dossier's tombstone takes {@code erasedAt} (the event's time: a rebuild writes the same). */
    public void saveMarks(String code, DossierTally.Marks m, OffsetDateTime erasedAt) {
        q("""
                        insert into dossier_tally (dossier_code, received_unit, received_day, received_channel, digitised,
                            resolved_unit, resolved_day, classification, apology_at, apology_timely, last_version,
                            erased_at)
                        values (:code, :ru, :rd, :ch, :dg, :su, :sd, :cl, :aa, :at, :v,
                            case when :erased then cast(:erasedAt as timestamptz) end)
                        on conflict (dossier_code) do update set received_unit = excluded.received_unit,
                            received_day = excluded.received_day, received_channel = excluded.received_channel,
                            digitised = excluded.digitised, resolved_unit = excluded.resolved_unit,
                            resolved_day = excluded.resolved_day, classification = excluded.classification,
                            apology_at = excluded.apology_at, apology_timely = excluded.apology_timely,
                            last_version = excluded.last_version,
                            erased_at = coalesce(dossier_tally.erased_at, excluded.erased_at)""")
                .setParameter("code", code)
                .setParameter("ru", m.receivedUnit)
                .setParameter("rd", m.receivedDay, LocalDate.class)
                .setParameter("ch", m.receivedChannel)
                .setParameter("dg", m.digitised)
                .setParameter("su", m.resolvedUnit)
                .setParameter("sd", m.resolvedDay, LocalDate.class)
                .setParameter("cl", m.classification)
                .setParameter("aa", m.apologyAt, OffsetDateTime.class)
                .setParameter("at", m.apologyTimely, Boolean.class)
                .setParameter("v", m.lastVersion)
                .setParameter("erased", m.erased)
                .setParameter("erasedAt", erasedAt, OffsetDateTime.class)
                .executeUpdate();
    }

    /** Deletes the late-dossier record of an erased dossier. */
    public void deleteLate(String code) {
        q("delete from late_dossier where dossier_code = :code")
                .setParameter("code", code)
                .executeUpdate();
    }

    public void add(DossierTally.Delta d, OffsetDateTime eventAt) {
        String col = switch (d.counter()) {
            case RECEIVED -> "received";
            case RECEIVED_ONLINE -> "received_online";
            case RECEIVED_POSTAL -> "received_postal";
            case DIGITISED -> "digitised";
            case RESOLVED_EARLY -> "resolved_early";
            case RESOLVED_ON_TIME -> "resolved_on_time";
            case RESOLVED_LATE -> "resolved_late";
        };
        q("insert into dossier_day_stat (unit_code, unit_path, day, " + col + ", last_event_at) "
                        + "values (:u, :p, :d, :n, :at) on conflict (unit_code, day) do update set " + col
                        + " = dossier_day_stat."
                        + col + " + excluded." + col
                        + ", last_event_at = greatest(dossier_day_stat.last_event_at, excluded.last_event_at)")
                .setParameter("u", d.unitCode())
                .setParameter("p", d.unitPath() == null ? "/" + d.unitCode() + "/" : d.unitPath())
                .setParameter("d", d.day())
                .setParameter("n", d.amount())
                .setParameter("at", eventAt)
                .executeUpdate();
    }

    /** Sums of the subtree's day stats in [from, to]; {received, online, postal, digitised, early, onTime, late, asOf}. */
    public Object[] dossierTotals(String pathPattern, LocalDate from, LocalDate to) {
        return (Object[]) q("""
                        select coalesce(sum(received), 0), coalesce(sum(received_online), 0), coalesce(sum(received_postal), 0),
                               coalesce(sum(digitised), 0), coalesce(sum(resolved_early), 0), coalesce(sum(resolved_on_time), 0),
                               coalesce(sum(resolved_late), 0), max(last_event_at)
                        from dossier_day_stat where unit_path like :p and day between :f and :t""")
                .setParameter("p", pathPattern)
                .setParameter("f", from)
                .setParameter("t", to)
                .getSingleResult();
    }

    // ---------------------------------------------------------------- late dossiers

    public record LateRow(
            String code,
            String procedureCode,
            String unitCode,
            String receivingUnitCode,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime extendedDueAt,
            OffsetDateTime resolvedAt,
            String classification,
            boolean hasApology,
            Boolean apologyTimely,
            OffsetDateTime apologyAt,
            OffsetDateTime updatedAt /* newest event applied */) {}

    /** Inserts or updates a late dossier: fields from the newest version; apology facts only ever added. */
    public void upsertLate(
            String code,
            long version,
            String procedureCode,
            String unitCode,
            String unitPath,
            String receivingUnitCode,
            OffsetDateTime receivedAt,
            OffsetDateTime dueAt,
            OffsetDateTime extendedDueAt,
            OffsetDateTime resolvedAt,
            String classification,
            boolean hasApology,
            Boolean apologyTimely,
            OffsetDateTime apologyAt,
            String status,
            OffsetDateTime now) {
        q("""
                        insert into late_dossier (dossier_code, procedure_code, unit_code, unit_path, receiving_unit_code,
                            received_at, due_at, extended_due_at, resolved_at, classification, has_apology, apology_timely,
                            apology_at, status, last_version, updated_at)
                        values (:code, :proc, :unit, :path, :recv, :ra, :due, :ext, :res, :cl, :ha, :at, :aa, :st, :v, :now)
                        on conflict (dossier_code) do update set
                            procedure_code = case when excluded.last_version >= late_dossier.last_version then excluded.procedure_code else late_dossier.procedure_code end,
                            unit_code = case when excluded.last_version >= late_dossier.last_version then excluded.unit_code else late_dossier.unit_code end,
                            unit_path = case when excluded.last_version >= late_dossier.last_version then excluded.unit_path else late_dossier.unit_path end,
                            due_at = case when excluded.last_version >= late_dossier.last_version then excluded.due_at else late_dossier.due_at end,
                            extended_due_at = coalesce(case when excluded.last_version >= late_dossier.last_version then excluded.extended_due_at end, late_dossier.extended_due_at),
                            resolved_at = coalesce(case when excluded.last_version >= late_dossier.last_version then excluded.resolved_at end, late_dossier.resolved_at),
                            classification = coalesce(case when excluded.last_version >= late_dossier.last_version then excluded.classification end, late_dossier.classification),
                            status = case when excluded.last_version >= late_dossier.last_version then excluded.status else late_dossier.status end,
                            has_apology = late_dossier.has_apology or excluded.has_apology,
                            apology_timely = coalesce(excluded.apology_timely, late_dossier.apology_timely),
                            apology_at = least(late_dossier.apology_at, excluded.apology_at),
                            last_version = greatest(late_dossier.last_version, excluded.last_version),
                            updated_at = greatest(late_dossier.updated_at, excluded.updated_at)""")
                .setParameter("code", code)
                .setParameter("proc", procedureCode)
                .setParameter("unit", unitCode)
                .setParameter("path", unitPath)
                .setParameter("recv", receivingUnitCode)
                .setParameter("ra", receivedAt, OffsetDateTime.class)
                .setParameter("due", dueAt)
                .setParameter("ext", extendedDueAt, OffsetDateTime.class)
                .setParameter("res", resolvedAt, OffsetDateTime.class)
                .setParameter("cl", classification)
                .setParameter("ha", hasApology)
                .setParameter("at", apologyTimely, Boolean.class)
                .setParameter("aa", apologyAt, OffsetDateTime.class)
                .setParameter("st", status)
                .setParameter("v", version)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Late-dossier candidates of the subtree: due in [from, before). The rule decides which count as of a date. */
    public List<LateRow> lateCandidates(String pathPattern, OffsetDateTime from, OffsetDateTime before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q("""
                        select dossier_code, procedure_code, unit_code, receiving_unit_code, received_at, due_at,
                               extended_due_at, resolved_at, classification, has_apology, apology_timely, apology_at, updated_at
                        from late_dossier where unit_path like :p and due_at >= :f and due_at < :b
                        order by unit_code, due_at, dossier_code""")
                .setParameter("p", pathPattern)
                .setParameter("f", from)
                .setParameter("b", before)
                .getResultList();
        return rows.stream()
                .map(r -> new LateRow(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        instant(r[4]),
                        instant(r[5]),
                        instant(r[6]),
                        instant(r[7]),
                        (String) r[8],
                        (Boolean) r[9],
                        (Boolean) r[10],
                        instant(r[11]),
                        instant(r[12])))
                .toList();
    }

    // ---------------------------------------------------------------- posting

    public void insertPosting(
            String unitCode,
            String unitPath,
            long sequence,
            LocalDate asOf,
            int required,
            int posted,
            int compliant,
            BigDecimal rate,
            String stale,
            String missing,
            String outdated,
            OffsetDateTime eventAt) {
        q("""
                        insert into posting_snapshot (unit_code, unit_path, sequence, as_of, required, posted, compliant,
                            compliance_rate, stale_posted, missing, outdated, event_at)
                        values (:u, :p, :s, :a, :r, :po, :c, :rate, :st, :m, :o, :at) on conflict do nothing""")
                .setParameter("u", unitCode)
                .setParameter("p", unitPath)
                .setParameter("s", sequence)
                .setParameter("a", asOf)
                .setParameter("r", required)
                .setParameter("po", posted)
                .setParameter("c", compliant)
                .setParameter("rate", rate, BigDecimal.class)
                .setParameter("st", stale)
                .setParameter("m", missing)
                .setParameter("o", outdated)
                .setParameter("at", eventAt)
                .executeUpdate();
    }

    /** Per receiving point of the subtree, its latest snapshot in effect on {@code date}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> postingAsOf(String pathPattern, LocalDate date) {
        return q("""
                        select distinct on (unit_code) unit_code, as_of, required, posted, compliant, stale_posted, missing,
                               outdated, event_at
                        from posting_snapshot where unit_path like :p and as_of <= :d
                        order by unit_code, as_of desc, sequence desc""").setParameter("p", pathPattern).setParameter("d", date).getResultList();
    }

    // ---------------------------------------------------------------- PAR index gaps

    public void insertParGaps(
            String unitCode,
            String unitPath,
            String assessmentId,
            Integer year,
            long sequence,
            String criteria,
            int count,
            OffsetDateTime eventAt) {
        q("""
                        insert into par_gap_snapshot (unit_code, unit_path, assessment_id, year, sequence, criteria,
                            gap_count, event_at)
                        values (:u, :p, :a, :y, :s, :c, :n, :at) on conflict do nothing""")
                .setParameter("u", unitCode)
                .setParameter("p", unitPath)
                .setParameter("a", assessmentId)
                .setParameter("y", year, Integer.class)
                .setParameter("s", sequence)
                .setParameter("c", criteria)
                .setParameter("n", count)
                .setParameter("at", eventAt)
                .executeUpdate();
    }

    /**
     * Per unit of the subtree (rows without a path: the inspected unit itself), its latest PAR gap snapshot known
     * at {@code before}: {unit_code, assessment_id, criteria, event_at}, ordered by unit code.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> parGapsAsOf(String pathPattern, String unitCode, OffsetDateTime before) {
        return q("""
                        select distinct on (unit_code) unit_code, assessment_id, criteria, event_at from par_gap_snapshot
                        where (unit_path like :p or (unit_path is null and unit_code = :u)) and event_at < :b
                        order by unit_code, event_at desc, sequence desc""")
                .setParameter("p", pathPattern)
                .setParameter("u", unitCode)
                .setParameter("b", before)
                .getResultList();
    }

    // ---------------------------------------------------------------- conversions

    public static OffsetDateTime instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (o instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (o instanceof Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a timestamp: " + o.getClass());
    }

    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("not a date: " + o.getClass());
    }
}
