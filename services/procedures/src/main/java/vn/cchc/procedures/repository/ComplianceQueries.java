package vn.cchc.procedures.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.procedures.domain.PostingCompliance;
import vn.cchc.procedures.domain.PostingRequirement;
import vn.cchc.procedures.domain.ProcedureState;

/** The two facts posting compliance compares, read with one query each per receiving point. */
@ApplicationScoped
public class ComplianceQueries {

    private final EntityManager em;

    public ComplianceQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Procedures in force on {@code asOf} that the receiving point must post: of its province's catalogue
     * ({@code province}) or the national one.
     */
    @SuppressWarnings("unchecked")
    public Map<String, PostingCompliance.Required> required(
            String unitCode, String province, String unitLevel, List<String> unitFields, LocalDate asOf) {
        List<Object[]> rows = em.createNativeQuery("""
                        select p.code, v.name, v.version, v.field, v.levels, v.receiving_points
                        from procedure_version v join procedure p on p.id = v.procedure_id
                        where not v.draft and v.valid_from <= :d and (v.valid_to is null or v.valid_to >= :d)
                          and p.catalogue in (:province, 'VN')
                          and (cast(:unit as varchar) = any(v.receiving_points)
                               or (cardinality(v.receiving_points) = 0 and cast(:level as varchar) = any(v.levels)))
                        order by p.code""")
                .setParameter("d", asOf)
                .setParameter("unit", unitCode)
                .setParameter("level", unitLevel)
                .setParameter("province", province)
                .getResultList();
        Map<String, PostingCompliance.Required> required = new LinkedHashMap<>();
        for (Object[] r : rows) {
            List<String> levels = strings(r[4]);
            List<String> points = strings(r[5]);
            if (PostingRequirement.mustPost(unitCode, unitLevel, unitFields, (String) r[3], levels, points)) {
                required.put(
                        (String) r[0],
                        new PostingCompliance.Required((String) r[0], (String) r[1], ((Number) r[2]).intValue()));
            }
        }
        return required;
    }

    /** What the receiving point posts, with each procedure's state and version in force on {@code asOf}. */
    @SuppressWarnings("unchecked")
    public List<PostingCompliance.Posted> posted(String unitCode, LocalDate asOf) {
        List<Object[]> rows = em.createNativeQuery("""
                        select p.code, pv.name, po.version, p.abolished_on, cur.version as in_force
                        from posting po
                        join procedure p on p.id = po.procedure_id
                        join procedure_version pv on pv.procedure_id = p.id and pv.version = po.version
                        left join procedure_version cur on cur.procedure_id = p.id and not cur.draft
                             and cur.valid_from <= :d and (cur.valid_to is null or cur.valid_to >= :d)
                        where po.unit_code = :unit
                        order by p.code""")
                .setParameter("d", asOf)
                .setParameter("unit", unitCode)
                .getResultList();
        List<PostingCompliance.Posted> posted = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Integer inForce = r[4] == null ? null : ((Number) r[4]).intValue();
            LocalDate abolishedOn = r[3] == null ? null : toDate(r[3]);
            ProcedureState state = inForce != null
                    ? (inForce == 1 ? ProcedureState.IN_FORCE : ProcedureState.AMENDED)
                    : abolishedOn != null && !abolishedOn.isAfter(asOf)
                            ? ProcedureState.ABOLISHED
                            : ProcedureState.DRAFT;
            posted.add(new PostingCompliance.Posted(
                    (String) r[0], (String) r[1], ((Number) r[2]).intValue(), state, inForce == null ? 0 : inForce));
        }
        return posted;
    }

    private static LocalDate toDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(o.toString());
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (o instanceof Object[] a) {
            return Arrays.stream(a).map(String::valueOf).toList();
        }
        if (o instanceof java.sql.Array a) {
            try {
                return Arrays.stream((Object[]) a.getArray())
                        .map(String::valueOf)
                        .toList();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        throw new IllegalStateException("unexpected array type " + o.getClass());
    }
}
