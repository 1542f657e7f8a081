package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.procedures.domain.ComplianceSnapshot;

@ApplicationScoped
public class ComplianceSnapshotRepository implements PanacheRepositoryBase<ComplianceSnapshot, String> {}
