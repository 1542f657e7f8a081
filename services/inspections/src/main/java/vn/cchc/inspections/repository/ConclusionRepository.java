package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.inspections.domain.Conclusion;
import java.util.UUID;

@ApplicationScoped
public class ConclusionRepository implements PanacheRepositoryBase<Conclusion, UUID> {
}
