package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.procedures.domain.ProcedureVersion;
import vn.cchc.procedures.domain.VersionOnDate;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.text.SearchText;

@ApplicationScoped
public class ProcedureRepository implements PanacheRepository<Procedure> {

    /** Search filters; null or blank = any. {@code unpublishedCatalogues}: null = every catalogue. */
    public record Filter(
            String query,
            String field,
            String level,
            String agency,
            Collection<ProcedureState> states,
            LocalDate asOf,
            java.util.Set<String> unpublishedCatalogues) {}

    public Optional<Procedure> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean existsByCode(String code) {
        return count("code", code) > 0;
    }

    public List<Procedure> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }

    /** Every procedure code, drafts included. */
    public List<String> allCodes() {
        return getEntityManager()
                .createQuery("select p.code from Procedure p", String.class)
                .getResultList();
    }

    public Map<String, Procedure> byCodes(Collection<String> codes) {
        Map<String, Procedure> map = new HashMap<>();
        if (!codes.isEmpty()) {
            list("code in ?1", codes).forEach(p -> map.put(p.getCode(), p));
        }
        return map;
    }

    /**
     * For each procedure, picks the version in force on {@code asOf} or, when none is (draft, not yet in
     * force, abolished), its highest version; derives the state; then filters and pages. Every query
     * word must occur in the folded code, name and field ("ho tich" finds "Hộ tịch").
     */
    @SuppressWarnings("unchecked")
    public Page<VersionOnDate> search(Filter f, PageRequest page) {
        if (Queries.matchesNothing(f.query())) {
            return Page.of(List.of(), page, 0);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = matching(f, params);
        sql.append(" order by p.code limit :limit offset :offset");
        params.put("limit", page.size());
        params.put("offset", page.offset());
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Page.of(List.of(), page, page.offset() == 0 ? 0 : count(f));
        }
        long total = ((Number) rows.get(0)[2]).longValue();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, ProcedureVersion> versions = new HashMap<>();
        getEntityManager()
                .createQuery(
                        "select v from ProcedureVersion v join fetch v.procedure where v.id in :ids",
                        ProcedureVersion.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(v -> versions.put(v.getId(), v));
        List<VersionOnDate> hits = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            hits.add(new VersionOnDate(
                    versions.get(((Number) r[0]).longValue()), ProcedureState.valueOf((String) r[1])));
        }
        return Page.of(hits, page, total);
    }

    /** The total of {@link #search} with the same filter (the home page's count of that list). */
    public long count(Filter f) {
        if (Queries.matchesNothing(f.query())) {
            return 0;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        Query query =
                getEntityManager().createNativeQuery("select count(*) from (" + matching(f, params) + ") matching");
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The rows {@link #search} pages: the picked version of each procedure with its state and {@code total}, filtered;
     * fills {@code params}.
     */
    private static StringBuilder matching(Filter f, Map<String, Object> params) {
        boolean publicOnly = ProcedureState.PUBLIC.containsAll(f.states());
        StringBuilder sql = new StringBuilder(
                publicOnly
                        // public readers: only versions in force on the date (at most one per procedure), no ranking
                        // needed
                        ? """
                select v.id as vid, case when v.version = 1 then 'IN_FORCE' else 'AMENDED' end as state,
                       count(*) over () as total
                from procedure_version v join procedure p on p.id = v.procedure_id
                where not v.draft and v.valid_from <= :d and (v.valid_to is null or v.valid_to >= :d)
                  and (case when v.version = 1 then 'IN_FORCE' else 'AMENDED' end) in (:states)"""
                        : """
                with picked as (
                    select distinct on (p.id) p.id as pid, v.id as vid,
                           case when not v.draft and v.valid_from <= :d and (v.valid_to is null or v.valid_to >= :d)
                                then case when v.version = 1 then 'IN_FORCE' else 'AMENDED' end
                                when p.abolished_on is not null and p.abolished_on <= :d then 'ABOLISHED'
                                else 'DRAFT' end as state
                    from procedure p join procedure_version v on v.procedure_id = p.id
                    order by p.id, (not v.draft and v.valid_from <= :d and (v.valid_to is null or v.valid_to >= :d)) desc,
                             v.version desc)
                select s.vid, s.state, count(*) over () as total
                from picked s join procedure_version v on v.id = s.vid join procedure p on p.id = s.pid
                where s.state in (:states)""");
        if (!publicOnly && f.unpublishedCatalogues() != null) {
            // drafts and abolished procedures only of the catalogues the caller maintains
            sql.append(" and (s.state in ('IN_FORCE', 'AMENDED') or p.catalogue in (:cats))");
            params.put(
                    "cats", f.unpublishedCatalogues().isEmpty() ? List.of("") : List.copyOf(f.unpublishedCatalogues()));
        }
        params.put("d", f.asOf());
        params.put("states", f.states().stream().map(Enum::name).toList());
        List<String> words = SearchText.words(f.query());
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and v.search_text like :w").append(i);
            params.put("w" + i, SearchText.likePattern(words.get(i)));
        }
        if (f.field() != null && !f.field().isBlank()) {
            sql.append(" and v.field = :field");
            params.put("field", f.field().trim());
        }
        if (f.level() != null && !f.level().isBlank()) {
            sql.append(" and cast(:level as varchar) = any(v.levels)");
            params.put("level", f.level().trim());
        }
        if (f.agency() != null && !f.agency().isBlank()) {
            sql.append(" and v.deciding_agency_code = :agency");
            params.put("agency", f.agency().trim());
        }
        return sql;
    }

    /** Lĩnh vực with the number of procedures in force on {@code asOf}. */
    @SuppressWarnings("unchecked")
    public List<Object[]> fieldsInForce(LocalDate asOf) {
        return getEntityManager().createNativeQuery("""
                        select v.field, count(*) from procedure_version v
                        where not v.draft and v.valid_from <= :d and (v.valid_to is null or v.valid_to >= :d)
                        group by v.field order by v.field""").setParameter("d", asOf).getResultList();
    }
}
