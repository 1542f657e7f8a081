package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cchc.procedures.domain.ImportJob;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    public List<ImportJob> runningStartedBefore(OffsetDateTime startedBefore) {
        return list("status = ?1 and startedAt < ?2", ImportJob.Status.RUNNING, startedBefore);
    }
}
