package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.ProcedureState;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.text.WordFilter;

import java.util.Collection;
import java.util.Optional;

@ApplicationScoped
public class ProcedureRepository implements PanacheRepository<Procedure> {

    public Optional<Procedure> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public boolean existsByCode(String code) {
        return count("code", code) > 0;
    }

    /** Every query word must occur in the folded code/name/field ("ho tich" finds "Hộ tịch"). */
    public Page<Procedure> search(String query, Collection<ProcedureState> states, PageRequest page) {
        StringBuilder where = new StringBuilder("state in :states");
        Parameters params = Parameters.with("states", states);
        WordFilter.allWords(where, params, "searchText", query);
        return Page.of(find(where.toString(), Sort.by("code"), params), page);
    }
}
