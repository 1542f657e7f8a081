package vn.cchc.dossiers.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.text.WordFilter;


@ApplicationScoped
public class CatalogueRepository implements PanacheRepositoryBase<CatalogueProcedure, String> {

    public Page<CatalogueProcedure> search(String query, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        WordFilter.allWords(where, params, "searchText", query);
        return Page.of(find(where.toString(), Sort.by("code"), params), page);
    }
}
