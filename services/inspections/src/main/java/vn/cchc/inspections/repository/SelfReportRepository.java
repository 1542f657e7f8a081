package vn.cchc.inspections.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.cchc.inspections.domain.SelfReport;

@ApplicationScoped
public class SelfReportRepository implements PanacheRepositoryBase<SelfReport, UUID> {}
