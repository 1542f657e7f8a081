package vn.cchc.parindex.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.parindex.domain.indicators.DossierCountsByDecidingUnit;
import vn.cchc.parindex.domain.indicators.DossierFact;
import vn.cchc.parindex.domain.indicators.SurveyRow;

/**
 * The read models fed by other services' events. Every query is for one unit's subtree (path pattern built from
 * the unit's path), never the whole table.
 */
@ApplicationScoped
public class ReadModelRepository {

    private final EntityManager em;

    public ReadModelRepository(EntityManager em) {
        this.em = em;
    }

    public static String subtree(String unitPath) {
        return unitPath.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    // ---- dossiers -------------------------------------------------------------------------------------------

    public record StoredFact(long version, String unitCode, String unitPath, DossierFact fact) {}

    public Optional<StoredFact> dossierFact(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select version, unit_code, unit_path, received_day, resolved_day, online, digitised,
                               classification, timely_apology, dissatisfied
                        from dossier_fact where code = :c for update""").setParameter("c", code).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new StoredFact(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        new DossierFact(
                                date(r[3]),
                                date(r[4]),
                                (Boolean) r[5],
                                (Boolean) r[6],
                                (String) r[7],
                                (Boolean) r[8],
                                (Boolean) r[9])));
    }

    public void saveDossierFact(String code, StoredFact s, OffsetDateTime now) {
        DossierFact f = s.fact();
        em.createNativeQuery("""
                        insert into dossier_fact (code, version, unit_code, unit_path, received_day, resolved_day, online,
                          digitised, classification, timely_apology, dissatisfied, updated_at)
                        values (:code, :version, :unit, :path, :rd, :sd, :online, :dig, :cls, :apo, :dis, :now)
                        on conflict (code) do update set version = excluded.version, unit_code = excluded.unit_code,
                          unit_path = excluded.unit_path, received_day = excluded.received_day, resolved_day = excluded.resolved_day,
                          online = excluded.online, digitised = excluded.digitised,
                          classification = excluded.classification, timely_apology = excluded.timely_apology,
                          dissatisfied = excluded.dissatisfied, updated_at = excluded.updated_at""")
                .setParameter("code", code)
                .setParameter("version", s.version())
                .setParameter("unit", s.unitCode())
                .setParameter("path", s.unitPath())
                .setParameter("rd", f.receivedDay())
                .setParameter("sd", f.resolvedDay())
                .setParameter("online", f.online())
                .setParameter("dig", f.digitised())
                .setParameter("cls", f.classification())
                .setParameter("apo", f.timelyApology())
                .setParameter("dis", f.dissatisfied())
                .setParameter("now", now)
                .executeUpdate();
    }

    /** Whether the dossier was erased (DossierErased): its events count no more. */
    public boolean dossierErased(String code) {
        return !em.createNativeQuery("select 1 from dossier_erased where code = :c")
                .setParameter("c", code)
                .getResultList()
                .isEmpty();
    }

    /** The tombstone of an erased dossier (kept once) and the removal of its fact. */
    public void eraseDossier(String code, long version, OffsetDateTime now) {
        em.createNativeQuery("""
                        insert into dossier_erased (code, version, erased_at) values (:c, :v, :now)
                        on conflict (code) do update set version = greatest(dossier_erased.version, excluded.version)""")
                .setParameter("c", code)
                .setParameter("v", version)
                .setParameter("now", now)
                .executeUpdate();
        em.createNativeQuery("delete from dossier_fact where code = :c")
                .setParameter("c", code)
                .executeUpdate();
    }

    /** Adds {@code sign} × counts to the unit's day row (creating it). */
    public void addToDay(String unitCode, String unitPath, LocalDate day, DossierCountsByDecidingUnit c, int sign) {
        em.createNativeQuery("""
                        insert into dossier_day (unit_code, day, unit_path, received, received_online, digitised,
                          resolved, resolved_on_time, resolved_late, late_with_timely_apology, rated, dissatisfied)
                        values (:unit, :day, :path, :a, :b, :c, :f, :g, :h, :i, :j, :k)
                        on conflict (unit_code, day) do update set unit_path = excluded.unit_path,
                          received = dossier_day.received + excluded.received,
                          received_online = dossier_day.received_online + excluded.received_online,
                          digitised = dossier_day.digitised + excluded.digitised,
                          resolved = dossier_day.resolved + excluded.resolved,
                          resolved_on_time = dossier_day.resolved_on_time + excluded.resolved_on_time,
                          resolved_late = dossier_day.resolved_late + excluded.resolved_late,
                          late_with_timely_apology = dossier_day.late_with_timely_apology + excluded.late_with_timely_apology,
                          rated = dossier_day.rated + excluded.rated,
                          dissatisfied = dossier_day.dissatisfied + excluded.dissatisfied""")
                .setParameter("unit", unitCode)
                .setParameter("day", day)
                .setParameter("path", unitPath)
                .setParameter("a", sign * c.received())
                .setParameter("b", sign * c.receivedOnline())
                .setParameter("c", sign * c.digitised())
                .setParameter("f", sign * c.resolved())
                .setParameter("g", sign * c.resolvedEarlyOrOnTime())
                .setParameter("h", sign * c.resolvedLate())
                .setParameter("i", sign * c.lateWithTimelyApology())
                .setParameter("j", sign * c.rated())
                .setParameter("k", sign * c.dissatisfied())
                .executeUpdate();
    }

    /** Whether any dossier figures of the subtree at {@code unitPath} have arrived (any day). */
    public boolean hasDossierDays(String unitPath) {
        return (Boolean)
                em.createNativeQuery("select exists(select 1 from dossier_day where unit_path like :p escape '\\')")
                        .setParameter("p", subtree(unitPath))
                        .getSingleResult();
    }

    public DossierCountsByDecidingUnit dossierCountsByDecidingUnit(String unitPath, LocalDate from, LocalDate to) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(received),0), coalesce(sum(received_online),0), coalesce(sum(digitised),0),
                               coalesce(sum(resolved),0),
                               coalesce(sum(resolved_on_time),0), coalesce(sum(resolved_late),0),
                               coalesce(sum(late_with_timely_apology),0), coalesce(sum(rated),0), coalesce(sum(dissatisfied),0)
                        from dossier_day where unit_path like :p escape '\\' and day between :from and :to""")
                .setParameter("p", subtree(unitPath))
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
        return new DossierCountsByDecidingUnit(
                l(r[0]), l(r[1]), l(r[2]), l(r[3]), l(r[4]), l(r[5]), l(r[6]), l(r[7]), l(r[8]));
    }

    // ---- QĐ 766 index, as published by dossiers ----------------------------------------------------------------

    /**
     * Keeps the index of a unit and period when it is newer ({@code sequence}) than the one stored: a replayed or
     * older event changes nothing. Returns whether it was stored.
     */
    public boolean saveServiceIndex(
            String unitCode,
            String period,
            String unitPath,
            LocalDate from,
            LocalDate to,
            long sequence,
            String payload,
            OffsetDateTime computedAt,
            OffsetDateTime now) {
        return em.createNativeQuery("""
                        insert into service_index_result (unit_code, period, unit_path, period_from, period_to, sequence,
                          payload, computed_at, updated_at)
                        values (:u, :p, :path, :from, :to, :s, cast(:payload as jsonb), :at, :now)
                        on conflict (unit_code, period) do update set unit_path = excluded.unit_path,
                          period_from = excluded.period_from, period_to = excluded.period_to, sequence = excluded.sequence,
                          payload = excluded.payload, computed_at = excluded.computed_at, updated_at = excluded.updated_at
                        where service_index_result.sequence < excluded.sequence""")
                        .setParameter("u", unitCode)
                        .setParameter("p", period)
                        .setParameter("path", unitPath)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter("s", sequence)
                        .setParameter("payload", payload)
                        .setParameter("at", computedAt)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** The stored index payloads (JSON text) of a unit for these periods, by period. */
    @SuppressWarnings("unchecked")
    public Map<String, String> serviceIndex(String unitCode, List<String> periods) {
        List<Object[]> rows = em.createNativeQuery("""
                        select period, cast(payload as text) from service_index_result
                        where unit_code = :u and period in (:periods)""")
                .setParameter("u", unitCode)
                .setParameter("periods", periods)
                .getResultList();
        Map<String, String> out = new java.util.HashMap<>();
        for (Object[] r : rows) {
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }

    // ---- postings, procedures, inspections --------------------------------------------------------------------

    public void upsertPosting(
            String unitCode,
            String unitPath,
            long sequence,
            LocalDate asOf,
            int required,
            int compliant,
            OffsetDateTime now) {
        em.createNativeQuery("""
                        insert into posting_state (unit_code, unit_path, sequence, as_of, required, compliant, updated_at)
                        values (:u, :p, :s, :a, :r, :c, :now)
                        on conflict (unit_code) do update set unit_path = excluded.unit_path, sequence = excluded.sequence,
                          as_of = excluded.as_of, required = excluded.required, compliant = excluded.compliant,
                          updated_at = excluded.updated_at
                        where posting_state.sequence < excluded.sequence""")
                .setParameter("u", unitCode)
                .setParameter("p", unitPath)
                .setParameter("s", sequence)
                .setParameter("a", asOf)
                .setParameter("r", required)
                .setParameter("c", compliant)
                .setParameter("now", now)
                .executeUpdate();
    }

    /** [compliant, required] over the subtree's receiving points, or null when none reported. */
    public long[] posting(String unitPath) {
        Object[] r = (Object[])
                em.createNativeQuery("""
                        select count(*), coalesce(sum(compliant),0), coalesce(sum(required),0) from posting_state
                        where unit_path like :p escape '\\'""").setParameter("p", subtree(unitPath)).getSingleResult();
        return l(r[0]) == 0 ? null : new long[] {l(r[1]), l(r[2])};
    }

    public void upsertProcedure(
            String code,
            long sequence,
            String state,
            String levels,
            String receivingPoints,
            String decidingAgency,
            java.math.BigDecimal pv,
            String pu,
            java.math.BigDecimal sv,
            String su,
            OffsetDateTime now) {
        em.createNativeQuery("""
                        insert into procedure_copy (code, sequence, state, levels, receiving_points, deciding_agency_code,
                          processing_value, processing_unit, statutory_value, statutory_unit, updated_at)
                        values (:code, :seq, :state, :levels, :rp, :da, :pv, :pu, :sv, :su, :now)
                        on conflict (code) do update set sequence = excluded.sequence, state = excluded.state,
                          levels = excluded.levels, receiving_points = excluded.receiving_points,
                          deciding_agency_code = excluded.deciding_agency_code, processing_value = excluded.processing_value,
                          processing_unit = excluded.processing_unit, statutory_value = excluded.statutory_value,
                          statutory_unit = excluded.statutory_unit, updated_at = excluded.updated_at
                        where procedure_copy.sequence < excluded.sequence""")
                .setParameter("code", code)
                .setParameter("seq", sequence)
                .setParameter("state", state)
                .setParameter("levels", levels)
                .setParameter("rp", receivingPoints)
                .setParameter("da", decidingAgency)
                .setParameter("pv", pv)
                .setParameter("pu", pu)
                .setParameter("sv", sv)
                .setParameter("su", su)
                .setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Procedures in force that the unit handles (it decides them, or one of its receiving points receives them):
     * [with a processing time shorter than the statutory one, with a statutory time in the same unit].
     */
    public long[] processingReduction(String unitCode) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(case when processing_value < statutory_value then 1 else 0 end),0), count(*)
                        from procedure_copy where state in ('IN_FORCE','AMENDED') and statutory_value is not null
                          and processing_value is not null and processing_unit = statutory_unit
                          and (deciding_agency_code = :u or receiving_points like :exact escape '\\'
                               or receiving_points like :below escape '\\')""")
                .setParameter("u", unitCode)
                .setParameter("exact", "%," + esc(unitCode) + ",%")
                .setParameter("below", "%," + esc(unitCode) + ".%")
                .getSingleResult();
        return new long[] {l(r[0]), l(r[1])};
    }

    /** The remediation state kept for one inspection (that of the highest sequence seen). */
    public record InspectionRemediation(
            String inspectionId,
            String unitCode,
            String unitPath,
            long sequence,
            String status,
            LocalDate endedOn,
            LocalDate concludedOn,
            Integer planYear,
            int periodYear,
            int total,
            int completed,
            int overdue) {}

    public Optional<InspectionRemediation> inspectionRemediation(String inspectionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select inspection_id, unit_code, unit_path, sequence, status, ended_on, concluded_on, plan_year,
                               period_year, total, completed, overdue
                        from inspection_remediation where inspection_id = :i for update""").setParameter("i", inspectionId).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new InspectionRemediation(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        l(r[3]),
                        (String) r[4],
                        date(r[5]),
                        date(r[6]),
                        r[7] == null ? null : ((Number) r[7]).intValue(),
                        ((Number) r[8]).intValue(),
                        ((Number) r[9]).intValue(),
                        ((Number) r[10]).intValue(),
                        ((Number) r[11]).intValue()));
    }

    public void saveInspectionRemediation(InspectionRemediation r, OffsetDateTime now) {
        em.createNativeQuery("""
                        insert into inspection_remediation (inspection_id, unit_code, unit_path, sequence, status, ended_on,
                          concluded_on, plan_year, period_year, total, completed, overdue, updated_at)
                        values (:i, :u, :p, :s, :st, :ended, :concluded, :plan, :year, :total, :completed, :overdue, :now)
                        on conflict (inspection_id) do update set unit_code = excluded.unit_code,
                          unit_path = excluded.unit_path, sequence = excluded.sequence, status = excluded.status,
                          ended_on = excluded.ended_on, concluded_on = excluded.concluded_on, plan_year = excluded.plan_year,
                          period_year = excluded.period_year, total = excluded.total, completed = excluded.completed,
                          overdue = excluded.overdue, updated_at = excluded.updated_at""")
                .setParameter("i", r.inspectionId())
                .setParameter("u", r.unitCode())
                .setParameter("p", r.unitPath())
                .setParameter("s", r.sequence())
                .setParameter("st", r.status())
                .setParameter("ended", r.endedOn())
                .setParameter("concluded", r.concludedOn())
                .setParameter("plan", r.planYear())
                .setParameter("year", r.periodYear())
                .setParameter("total", r.total())
                .setParameter("completed", r.completed())
                .setParameter("overdue", r.overdue())
                .setParameter("now", now)
                .executeUpdate();
    }

    /** [completed, total] remediation items of the subtree's inspections belonging to {@code year}. */
    public long[] remediation(String unitPath, int year) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(completed),0), coalesce(sum(total),0) from inspection_remediation
                        where unit_path like :p escape '\\' and period_year = :y""")
                .setParameter("p", subtree(unitPath))
                .setParameter("y", year)
                .getSingleResult();
        return new long[] {l(r[0]), l(r[1])};
    }

    // ---- surveys ----------------------------------------------------------------------------------------------

    public void upsertSurvey(
            int year,
            String unitCode,
            String key,
            java.math.BigDecimal value,
            Integer respondents,
            String source,
            String by,
            OffsetDateTime now) {
        em.createNativeQuery("""
                        insert into survey_result (year, unit_code, item_key, value, respondents, source, imported_at, imported_by)
                        values (:y, :u, :k, :v, :r, :s, :now, :by)
                        on conflict (year, unit_code, item_key) do update set value = excluded.value,
                          respondents = excluded.respondents, source = excluded.source, imported_at = excluded.imported_at,
                          imported_by = excluded.imported_by""")
                .setParameter("y", year)
                .setParameter("u", unitCode)
                .setParameter("k", key)
                .setParameter("v", value)
                .setParameter("r", respondents)
                .setParameter("s", source)
                .setParameter("now", now)
                .setParameter("by", by)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<SurveyRow> surveys(int year, List<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select year, unit_code, item_key, value, respondents, source, imported_at from survey_result
                        where year = :y and unit_code in (:units) order by unit_code, item_key""")
                .setParameter("y", year)
                .setParameter("units", unitCodes)
                .getResultList();
        return rows.stream()
                .map(r -> new SurveyRow(
                        ((Number) r[0]).intValue(),
                        (String) r[1],
                        (String) r[2],
                        (java.math.BigDecimal) r[3],
                        r[4] == null ? null : ((Number) r[4]).intValue(),
                        (String) r[5],
                        r[6] instanceof OffsetDateTime o
                                ? o
                                : r[6] instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : null))
                .toList();
    }

    public Map<String, SurveyRow> surveysOf(int year, String unitCode) {
        return surveys(year, List.of(unitCode)).stream()
                .collect(java.util.stream.Collectors.toMap(SurveyRow::key, s -> s));
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long l(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return ((java.sql.Date) o).toLocalDate();
    }
}
