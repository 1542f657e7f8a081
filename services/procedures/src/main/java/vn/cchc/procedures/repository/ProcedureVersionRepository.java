package vn.cchc.procedures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.cchc.procedures.domain.ProcedureVersion;

@ApplicationScoped
public class ProcedureVersionRepository implements PanacheRepository<ProcedureVersion> {

    public List<ProcedureVersion> ofProcedure(long procedureId) {
        return list("procedure.id = ?1 order by version", procedureId);
    }

    public Optional<ProcedureVersion> draftOf(long procedureId) {
        return find("procedure.id = ?1 and draft = true", procedureId).firstResultOptional();
    }

    public Optional<ProcedureVersion> version(long procedureId, int version) {
        return find("procedure.id = ?1 and version = ?2", procedureId, version).firstResultOptional();
    }

    /** The published version in force on {@code date}, if any (versions of one procedure never overlap). */
    public Optional<ProcedureVersion> inForce(long procedureId, LocalDate date) {
        return find(
                        "procedure.id = ?1 and draft = false and validFrom <= ?2 and (validTo is null or validTo >= ?2)",
                        procedureId,
                        date)
                .firstResultOptional();
    }

    /** Every version in force on {@code date}, with its procedure. */
    public List<ProcedureVersion> allInForce(LocalDate date) {
        return list(
                "select v from ProcedureVersion v join fetch v.procedure"
                        + " where v.draft = false and v.validFrom <= ?1 and (v.validTo is null or v.validTo >= ?1)",
                date);
    }

    /** Versions in force on {@code date} among these procedures. */
    public List<ProcedureVersion> inForce(Collection<Long> procedureIds, LocalDate date) {
        if (procedureIds.isEmpty()) {
            return List.of();
        }
        return list(
                "select v from ProcedureVersion v join fetch v.procedure p where p.id in ?1"
                        + " and v.draft = false and v.validFrom <= ?2 and (v.validTo is null or v.validTo >= ?2)",
                procedureIds,
                date);
    }

    /** The last published version of each of these procedures (for abolished ones still posted). */
    public List<ProcedureVersion> latestPublished(Collection<Long> procedureIds) {
        if (procedureIds.isEmpty()) {
            return List.of();
        }
        return list(
                "select v from ProcedureVersion v join fetch v.procedure p where p.id in ?1"
                        + " and v.version = p.latestVersion",
                procedureIds);
    }
}
