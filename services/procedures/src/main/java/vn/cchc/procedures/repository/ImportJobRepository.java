package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cchc.procedures.domain.ImportJob;

@ApplicationScoped
public class ImportJobRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    public List<ImportJob> runningStartedBefore(OffsetDateTime startedBefore) {
        return list("status = ?1 and startedAt < ?2", ImportJob.Status.RUNNING, startedBefore);
    }

    /** Imports still running (the partial index import_job_running: a handful of rows at most). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long countRunning() {
        // the literal (not a parameter) lets every plan, generic ones too, use the partial index
        return ((Number) getEntityManager()
                        .createNativeQuery("select count(*) from import_job where status = 'RUNNING'")
                        .getSingleResult())
                .longValue();
    }
}
