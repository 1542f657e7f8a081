package vn.cchc.dossiers.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.hibernate.jpa.HibernateHints;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.text.SearchText;

@ApplicationScoped
public class CatalogueRepository implements PanacheRepositoryBase<CatalogueProcedure, String> {

    /** Level code of central agencies (ministries): their procedures are national. */
    public static final String CENTRAL = "CENTRAL";

    /**
     * A procedure loaded read-only (null if unknown), for an intake or a due-date preview: no snapshot of its JSON
     * columns is taken and it is not dirty-checked at flush (issue 16). Never change what this returns.
     */
    public CatalogueProcedure toRead(String code) {
        return getEntityManager().find(CatalogueProcedure.class, code, Map.of(HibernateHints.HINT_READ_ONLY, true));
    }

    /**
     * Procedures matching every word of {@code query}; with a {@code province}, only national ones (no deciding
     * agency, a central or unknown one) and those whose deciding agency is a unit of that province.
     */
    public Page<CatalogueProcedure> search(String query, String province, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (province != null) {
            where.append(
                            " and (decidingAgencyCode is null or not exists (select 1 from UnitCopy u where u.code = decidingAgencyCode")
                    .append(" and coalesce(u.level, '') <> :central and u.path not like :province escape '\\'))");
            params.and("central", CENTRAL).and("province", Jurisdiction.subtreePattern("/" + province + "/"));
        }
        // every folded word anywhere in the folded text, wildcards escaped (the same rule as the shared WordFilter,
        // written here because a Panache Parameters handed to a library class can meet two class loaders in tests)
        List<String> words = SearchText.words(query);
        for (int i = 0; i < words.size() && i < 20; i++) {
            where.append(" and searchText like :w").append(i).append(" escape '\\'");
            params.and("w" + i, SearchText.likePattern(words.get(i)));
        }
        return Page.of(find(where.toString(), Sort.by("code"), params), page);
    }
}
