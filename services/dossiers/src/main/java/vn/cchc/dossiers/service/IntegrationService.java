package vn.cchc.dossiers.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.cchc.dossiers.domain.CatalogueProcedure;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.dossiers.domain.Messages;
import vn.cchc.dossiers.domain.calendar.CalendarRange;
import vn.cchc.dossiers.repository.CatalogueRepository;
import vn.cchc.dossiers.repository.DossierRepository;
import vn.cchc.dossiers.security.AccessPolicy;
import vn.cchc.dossiers.security.AccessPolicy.Subject;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.problem.Violations;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * The API for other provincial systems (client credentials): idempotent create-or-update by external id
 * and Idempotency-Key, and the import of historical dossiers (every row checked first; all or nothing).
 */
@ApplicationScoped
public class IntegrationService {

    private static final Set<DossierStatus> IMPORTABLE = Set.of(
            DossierStatus.RECEIVED,
            DossierStatus.PROCESSING,
            DossierStatus.RESOLVED,
            DossierStatus.RETURNED,
            DossierStatus.REFUSED,
            DossierStatus.WITHDRAWN,
            DossierStatus.STOPPED);

    /** The most rows one import may carry. */
    public static final int MAX_ROWS = 20_000;

    private final DossierService dossierService;
    private final DossierRepository dossiers;
    private final UnitCopyRepository units;
    private final CatalogueRepository catalogue;
    private final CatalogueService catalogues;
    private final EntityManager em;
    private final Clock clock;
    private final StatsRecorder stats;

    public IntegrationService(
            DossierService dossierService,
            DossierRepository dossiers,
            UnitCopyRepository units,
            CatalogueRepository catalogue,
            CatalogueService catalogues,
            EntityManager em,
            Clock clock,
            StatsRecorder stats) {
        this.dossierService = dossierService;
        this.dossiers = dossiers;
        this.units = units;
        this.catalogue = catalogue;
        this.catalogues = catalogues;
        this.em = em;
        this.clock = clock;
        this.stats = stats;
    }

    /** One historical dossier to import. */
    /** One historical dossier to import; {@code resultElectronic}: its result was issued electronically. */
    public record HistoricalRow(
            String externalId,
            DossierCommands.Receive receive,
            DossierStatus status,
            OffsetDateTime resolvedAt,
            OffsetDateTime returnedAt,
            OffsetDateTime apologyAt,
            OffsetDateTime apologyNewDueAt,
            boolean resultElectronic) {}

    public record ImportResult(int created, int skipped) {}

    /**
     * Creates the dossier for {@code externalId} once; a retry (the same external id) returns it unchanged except for
     * the applicant's contact details, which an update may correct. The Idempotency-Key is honoured around this call
     * by the shared mechanism (vn.cchc.shared.http.Idempotency).
     */
    @Transactional
    public Dossier upsert(String externalId, DossierCommands.Receive cmd, Subject caller) {
        String client = caller.name();
        Dossier d = dossiers.findExternal(client, externalId).orElse(null);
        if (d == null) {
            d = dossierService.receive(cmd, caller);
            d.external(client, externalId);
        } else {
            d.applicant(
                    d.getApplicantName(),
                    d.getApplicantIdNumber(),
                    cmd.applicant().phone(),
                    cmd.applicant().email(),
                    cmd.applicant().address());
        }
        dossiers.flush();
        return d;
    }

    /**
     * Access to an import, before its rows are checked: the caller needs a known unit, and every row's receiving unit
     * that exists must be inside the caller's reach ({@link AccessPolicy#canImport}: the integration client's subtree,
     * an admin's province); else 403 naming the first rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkImport(Subject caller, List<String> receivingUnitCodes) {
        if (!caller.hasUnit()) {
            throw ProblemException.forbidden(Messages.YOUR_ACCOUNT_HAS_UNIT_KNOWN);
        }
        List<Integer> outside = new ArrayList<>();
        int count = 0;
        java.util.Map<String, Boolean> seen = new java.util.HashMap<>();
        for (int i = 0; i < receivingUnitCodes.size(); i++) {
            String code = receivingUnitCodes.get(i);
            if (code == null || code.isBlank() || code.length() > 60) {
                continue;
            }
            boolean ok = seen.computeIfAbsent(
                    code.trim(),
                    c -> units.findByIdOptional(c)
                            .map(u -> AccessPolicy.canImport(caller, u.getPath()))
                            .orElse(true));
            if (!ok) {
                count++;
                if (outside.size() < 20) {
                    outside.add(i);
                }
            }
        }
        if (count > 0) {
            throw ProblemException.forbidden(
                    Messages.ROWS_RECEIVED_UNITS_OUTSIDE_YOUR, count, outside, (count > outside.size() ? " …" : ""));
        }
    }

    /**
     * All rows or none; rows whose external id already exists are skipped (a re-run imports nothing twice). Every row
     * is checked before anything is written; the violations are bounded ({@link Violations}) and name the row.
     */
    @Transactional
    public ImportResult importHistorical(List<HistoricalRow> rows, Subject caller) {
        checkImport(
                caller,
                rows.stream()
                        .map(r -> r.receive() == null ? null : r.receive().receivingUnitCode())
                        .toList());
        Violations v = new Violations();
        Set<String> ids = new java.util.HashSet<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int i = 0; i < rows.size(); i++) {
            check(rows.get(i), "rows[" + i + "].", ids, now, v);
        }
        v.throwIfAny();
        // the counters of all rows are written once at the end, so the shared month/year rows are not held all along
        return stats.batched(() -> persist(rows, caller));
    }

    /** The checks of one row, each naming the row's field (rows[3].dossier.receivedAt). */
    private void check(HistoricalRow r, String p, Set<String> ids, OffsetDateTime now, Violations v) {
        if (r.externalId() == null || r.externalId().isBlank()) {
            v.add(p + "externalId", "required", Messages.ID_SOURCE_SYSTEM);
        } else if (!ids.add(r.externalId())) {
            v.add(p + "externalId", "unique", Messages.APPEARS_TWICE_FILE);
        }
        if (r.status() == null || !IMPORTABLE.contains(r.status())) {
            v.add(p + "status", "oneOf", IMPORTABLE.toString());
        }
        DossierCommands.Receive d = r.receive();
        String dp = p + "dossier.";
        if (d.receivedAt() == null) {
            v.add(dp + "receivedAt", "required", Messages.HISTORICAL_DOSSIERS_CARRY_THEIR_RECEIPT);
        }
        if (d.registered()) {
            v.add(dp + "registered", "notAllowed", Messages.HISTORICAL_DOSSIER_WAS_RECEIVED_ONLY);
        }
        dossierService.checkReceipt(d, now, dp, v);
        inRange(r.resolvedAt(), p + "resolvedAt", v);
        inRange(r.returnedAt(), p + "returnedAt", v);
        inRange(r.apologyAt(), p + "apologyAt", v);
        inRange(r.apologyNewDueAt(), p + "apologyNewDueAt", v);
        boolean closed = r.status() != null && !r.status().isOpen();
        if (closed && r.resolvedAt() == null) {
            v.add(p + "resolvedAt", "required", Messages.FINISHED_DOSSIER_NEEDS_TIME_ENDED);
        }
        if (r.resolvedAt() != null && d.receivedAt() != null && r.resolvedAt().isBefore(d.receivedAt())) {
            v.add(p + "resolvedAt", "notBeforeReceivedAt", Messages.ENDS_BEFORE_WAS_RECEIVED);
        }
        if (r.resolvedAt() != null && r.resolvedAt().isAfter(now.plusMinutes(5))) {
            v.add(p + "resolvedAt", "notInFuture", Messages.HISTORICAL_DOSSIER_CANNOT_END_FUTURE);
        }
        if (r.status() == DossierStatus.RETURNED && r.returnedAt() == null) {
            v.add(p + "returnedAt", "required", Messages.RETURNED_DOSSIER_NEEDS_RETURN_TIME);
        }
        if (r.returnedAt() != null && r.resolvedAt() != null && r.returnedAt().isBefore(r.resolvedAt())) {
            v.add(p + "returnedAt", "notBeforeResolvedAt", Messages.RETURNED_BEFORE_WAS_RESOLVED);
        }
        if (r.apologyAt() != null && d.receivedAt() != null && r.apologyAt().isBefore(d.receivedAt())) {
            v.add(p + "apologyAt", "notBeforeReceivedAt", Messages.APOLOGY_BEFORE_RECEIPT);
        }
        UnitCopy receiving =
                d.receivingUnitCode() == null || d.receivingUnitCode().length() > 60
                        ? null
                        : units.findByIdOptional(d.receivingUnitCode().trim()).orElse(null);
        if (receiving == null) {
            v.add(dp + "receivingUnitCode", "exists", Messages.UNIT, d.receivingUnitCode());
        } else if (!receiving.isReceivesDossiers()) {
            v.add(dp + "receivingUnitCode", "receivingPoint", Messages.DOES_RECEIVE_DOSSIERS, receiving.getCode());
        }
        CatalogueProcedure procedure =
                d.procedureCode() == null || d.procedureCode().length() > 60
                        ? null
                        : catalogue.findByIdOptional(d.procedureCode().trim()).orElse(null);
        if (procedure == null || receiving != null && !catalogues.appliesIn(procedure, receiving.provinceCode())) {
            v.add(dp + "procedureCode", "exists", Messages.PROCEDURE_CATALOGUE, d.procedureCode());
        } else if (d.receivedAt() != null && CalendarRange.contains(DossierService.local(d.receivedAt()))) {
            // the version in force on the day of receipt (docs/domain/procedure-versions.md §1)
            String reason = catalogues
                    .versionOn(procedure, DossierService.local(d.receivedAt()).toLocalDate())
                    .reason();
            if (reason != null) {
                v.add(dp + "procedureCode", "inForce", procedure.getCode() + " " + reason);
            }
        }
    }

    private static void inRange(OffsetDateTime t, String field, Violations v) {
        if (t != null && !CalendarRange.contains(DossierService.local(t))) {
            v.add(field, "supportedRange", CalendarRange.message());
        }
    }

    private ImportResult persist(List<HistoricalRow> rows, Subject caller) {
        int created = 0;
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            HistoricalRow r = rows.get(i);
            if (dossiers.findExternal(caller.name(), r.externalId()).isPresent()) {
                skipped++;
                continue;
            }
            try {
                dossierService.importHistorical(
                        r.receive(),
                        r.status(),
                        r.resolvedAt(),
                        r.returnedAt(),
                        r.apologyAt(),
                        r.apologyNewDueAt(),
                        r.resultElectronic(),
                        caller.name(),
                        r.externalId(),
                        caller);
            } catch (ProblemException e) {
                throw e.under("rows[" + i + "]");
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
