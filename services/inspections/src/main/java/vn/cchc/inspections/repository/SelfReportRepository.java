package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.inspections.domain.SelfReport;
import java.util.UUID;

@ApplicationScoped
public class SelfReportRepository implements PanacheRepositoryBase<SelfReport, UUID> {
}
