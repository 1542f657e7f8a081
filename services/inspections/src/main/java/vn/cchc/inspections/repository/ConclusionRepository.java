package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.cchc.inspections.domain.Conclusion;

@ApplicationScoped
public class ConclusionRepository implements PanacheRepositoryBase<Conclusion, UUID> {}
