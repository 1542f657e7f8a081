package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.dossiers.repository.DossierRepository;
import vn.cchc.shared.problem.Problem;
import vn.cchc.shared.text.Hashes;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The API for other provincial systems (client credentials): idempotent create-or-update by external id
 * and Idempotency-Key, and the import of historical dossiers (every row checked first; all or nothing).
 */
@ApplicationScoped
public class IntegrationService {

    private static final Set<DossierStatus> IMPORTABLE = Set.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.RESOLVED, DossierStatus.RETURNED, DossierStatus.REFUSED, DossierStatus.WITHDRAWN,
            DossierStatus.STOPPED);

    private final DossierService dossierService;
    private final DossierRepository dossiers;
    private final EntityManager em;
    private final Clock clock;
    private final StatsRecorder stats;

    public IntegrationService(DossierService dossierService, DossierRepository dossiers, EntityManager em, Clock clock,
                              StatsRecorder stats) {
        this.dossierService = dossierService;
        this.dossiers = dossiers;
        this.em = em;
        this.clock = clock;
        this.stats = stats;
    }

    /** One historical dossier to import. */
    public record HistoricalRow(String externalId, DossierCommands.Receive receive, DossierStatus status,
                                OffsetDateTime resolvedAt, OffsetDateTime returnedAt, OffsetDateTime apologyAt,
                                OffsetDateTime apologyNewDueAt) {
    }

    public record ImportResult(int created, int skipped) {
    }

    /**
     * Creates the dossier for {@code externalId} once; a retry (same key, or the same external id) returns
     * it unchanged except for the applicant's contact details, which an update may correct.
     */
    @Transactional
    public Dossier upsert(String externalId, String idempotencyKey, String bodyFingerprint, DossierCommands.Receive cmd,
                          Caller caller) {
        String client = caller.username();
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            @SuppressWarnings("unchecked")
            List<Object[]> seen = em.createNativeQuery(
                            "select request_hash, dossier_code from idempotency_record where client_id = :c and key = :k")
                    .setParameter("c", client).setParameter("k", idempotencyKey).getResultList();
            if (!seen.isEmpty()) {
                if (!seen.get(0)[0].equals(Hashes.sha256Hex(bodyFingerprint))) {
                    throw ProblemException.conflict("Idempotency-Key " + idempotencyKey + " was used for a different request.");
                }
                return dossiers.findByCode((String) seen.get(0)[1]).orElseThrow();
            }
        }
        Dossier d = dossiers.findExternal(client, externalId).orElse(null);
        if (d == null) {
            d = dossierService.receive(cmd, caller);
            d.external(client, externalId);
        } else {
            d.applicant(d.getApplicantName(), d.getApplicantIdNumber(), cmd.applicant().phone(), cmd.applicant().email(),
                    cmd.applicant().address());
        }
        dossiers.flush();
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            em.createNativeQuery("""
                            insert into idempotency_record (client_id, key, request_hash, dossier_code, created_at)
                            values (:c, :k, :h, :d, :t)""")
                    .setParameter("c", client).setParameter("k", idempotencyKey).setParameter("h", Hashes.sha256Hex(bodyFingerprint))
                    .setParameter("d", d.getCode()).setParameter("t", OffsetDateTime.now(clock)).executeUpdate();
        }
        return d;
    }

    /** All rows or none; rows whose external id already exists are skipped (a re-run imports nothing twice). */
    @Transactional
    public ImportResult importHistorical(List<HistoricalRow> rows, Caller caller) {
        List<Problem.Violation> v = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            HistoricalRow r = rows.get(i);
            String p = "rows[" + i + "].";
            if (r.externalId() == null || r.externalId().isBlank()) {
                v.add(new Problem.Violation(p + "externalId", "required", "the id in the source system"));
            } else if (!ids.add(r.externalId())) {
                v.add(new Problem.Violation(p + "externalId", "unique", "appears twice in the file"));
            }
            if (r.status() == null || !IMPORTABLE.contains(r.status())) {
                v.add(new Problem.Violation(p + "status", "oneOf", IMPORTABLE.toString()));
            }
            if (r.receive().receivedAt() == null) {
                v.add(new Problem.Violation(p + "receivedAt", "required", "historical dossiers carry their receipt time"));
            }
            boolean closed = r.status() != null && !r.status().isOpen();
            if (closed && r.resolvedAt() == null) {
                v.add(new Problem.Violation(p + "resolvedAt", "required", "a finished dossier needs the time it ended"));
            }
            if (r.resolvedAt() != null && r.receive().receivedAt() != null && r.resolvedAt().isBefore(r.receive().receivedAt())) {
                v.add(new Problem.Violation(p + "resolvedAt", "notBeforeReceivedAt", "ends before it was received"));
            }
            if (r.status() == DossierStatus.RETURNED && r.returnedAt() == null) {
                v.add(new Problem.Violation(p + "returnedAt", "required", "a returned dossier needs the return time"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        // the counters of all rows are written once at the end, so the shared month/year rows are not held all along
        return stats.batched(() -> persist(rows, caller));
    }

    private ImportResult persist(List<HistoricalRow> rows, Caller caller) {
        int created = 0;
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            HistoricalRow r = rows.get(i);
            if (dossiers.findExternal(caller.username(), r.externalId()).isPresent()) {
                skipped++;
                continue;
            }
            try {
                dossierService.importHistorical(r.receive(), r.status(), r.resolvedAt(), r.returnedAt(), r.apologyAt(),
                        r.apologyNewDueAt(), caller.username(), r.externalId(), caller);
            } catch (ProblemException e) {
                String row = "rows[" + i + "]";
                throw new ProblemException(e.status(), e.slug(), e.title(), row + ": " + e.getMessage(),
                        e.violations().stream().map(x -> new Problem.Violation(row + "." + x.field(), x.rule(),
                                x.message())).toList());
            }
            created++;
            if (created % 200 == 0) {
                em.flush();
                em.clear();
            }
        }
        return new ImportResult(created, skipped);
    }

}
