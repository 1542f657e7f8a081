package vn.cchc.shared.archfixture.alpha.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import java.util.List;
import vn.cchc.shared.archfixture.alpha.domain.Thing;

/** Good: queries belong here. */
public class ThingRepository implements PanacheRepository<Thing> {
    public List<Thing> named(String name) {
        return list("name", Sort.by("id"), name);
    }

    public long countNamed(String name) {
        return count("name = ?1", name);
    }

    public Object native1() {
        return getEntityManager().createNativeQuery("select 1").getSingleResult();
    }

    /** Not a query: a method of the repository that happens to take a string. */
    public Thing find(String name) {
        return named(name).stream().findFirst().orElse(null);
    }
}
