package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cchc.procedures.domain.UnitLevel;

@ApplicationScoped
public class UnitLevelRepository implements PanacheRepositoryBase<UnitLevel, String> {

    public List<UnitLevel> ordered() {
        return list("order by rank");
    }
}
