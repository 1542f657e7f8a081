package vn.cchc.procedures.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.cchc.procedures.domain.DateRange;
import vn.cchc.procedures.domain.DecisionAction;
import vn.cchc.procedures.domain.ImportJob.Phase;
import vn.cchc.procedures.domain.Procedure;
import vn.cchc.procedures.domain.ProcedureRules;
import vn.cchc.procedures.domain.ProcedureVersion;
import vn.cchc.procedures.domain.PublicationDecision;
import vn.cchc.procedures.importing.ImportRow;
import vn.cchc.procedures.importing.Pacer;
import vn.cchc.procedures.importing.ParsedFile;
import vn.cchc.procedures.importing.RowErrors;
import vn.cchc.procedures.repository.DecisionRepository;
import vn.cchc.procedures.repository.ProcedureRepository;
import vn.cchc.procedures.repository.ProcedureVersionRepository;
import vn.cchc.procedures.repository.UnitRepository;
import vn.cchc.procedures.security.AccessPolicy;

/** The two transactional steps of an import: validate everything, then write everything. */
@ApplicationScoped
public class ImportSteps {

    private static final int PROGRESS_EVERY = 200;
    private static final int CHUNK = 200;

    private final ImportProgress progress;
    private final ProcedureService procedureService;
    private final ProcedureRepository procedures;
    private final ProcedureVersionRepository versions;
    private final DecisionRepository decisions;
    private final UnitRepository units;
    private final ComplianceService compliance;
    private final AccessPolicy policy;
    private final Clock clock;

    public ImportSteps(
            ImportProgress progress,
            ProcedureService procedureService,
            ProcedureRepository procedures,
            ProcedureVersionRepository versions,
            DecisionRepository decisions,
            UnitRepository units,
            ComplianceService compliance,
            AccessPolicy policy,
            Clock clock) {
        this.progress = progress;
        this.procedureService = procedureService;
        this.procedures = procedures;
        this.versions = versions;
        this.decisions = decisions;
        this.units = units;
        this.compliance = compliance;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Every rule of every row, reported at once (the first 1,000 errors and their total); nothing touched. Rows
     * must belong to {@code catalogue}: a code naming another province's catalogue, or a deciding agency or
     * receiving point of another province, is an error of that row ({@code inCatalogue}).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RowErrors validate(UUID id, ParsedFile parsed, int total, String catalogue) {
        RowErrors errors = new RowErrors();
        errors.addAll(parsed.problems());
        Set<String> existing = new HashSet<>(procedures.allCodes());
        Map<String, String> roots = policy.allRoots();
        Map<String, String> rootLevels = policy.rootLevels();
        Set<String> levelCodes = procedureService.levelCodes();
        Map<String, Integer> seen = new HashMap<>();
        int done = 0;
        Pacer pacer = new Pacer(50);
        for (ImportRow row : parsed.rows()) {
            pacer.row();
            int n = row.row();
            List<ProcedureRules.Violation> v = new ArrayList<>(ProcedureRules.checkCode(row.code()));
            if (v.isEmpty()) {
                String code = row.code().trim();
                Integer first = seen.putIfAbsent(code, n);
                String named = AccessPolicy.namedCatalogue(code, rootLevels);
                if (first != null) {
                    v.add(new ProcedureRules.Violation("code", "uniqueInFile", "same code as row " + first));
                } else if (existing.contains(code)) {
                    v.add(new ProcedureRules.Violation("code", "unique", code + " is already in the catalogue"));
                } else if (named != null && !named.equals(catalogue)) {
                    v.add(new ProcedureRules.Violation(
                            "code",
                            "inCatalogue",
                            "the code names the catalogue " + named + "; this import writes the catalogue "
                                    + catalogue));
                }
            }
            List<ProcedureRules.Violation> content = ProcedureRules.check(row.content());
            v.addAll(content);
            if (content.stream().noneMatch(x -> "maxItems".equals(x.rule()))) {
                v.addAll(procedureService.checkReferences(row.content(), levelCodes, roots.keySet()));
                AccessPolicy.Denial d = AccessPolicy.referencesDenial(
                        catalogue,
                        row.content().decidingAgencyCode(),
                        row.content().receivingPoints(),
                        roots);
                if (d != null) {
                    v.add(new ProcedureRules.Violation(d.field(), "inCatalogue", d.message()));
                }
            }
            boolean anyDecision = row.hasDecision() || row.decisionDate() != null || row.effectiveDate() != null;
            if (anyDecision) {
                if (!row.hasDecision()) {
                    v.add(new ProcedureRules.Violation(
                            "decisionNumber", "required", "a decision date needs its number"));
                } else if (row.decisionNumber().length() > 100) {
                    v.add(new ProcedureRules.Violation("decisionNumber", "maxLength", "at most 100 characters"));
                }
                if (row.decisionDate() == null) {
                    v.add(new ProcedureRules.Violation("decisionDate", "required", "the decision needs its date"));
                } else if (!DateRange.ok(row.decisionDate())) {
                    v.add(new ProcedureRules.Violation("decisionDate", DateRange.RULE, DateRange.MESSAGE));
                }
                if (row.effectiveDate() == null) {
                    v.add(new ProcedureRules.Violation(
                            "effectiveDate", "required", "the decision needs its effective date"));
                } else if (!DateRange.ok(row.effectiveDate())) {
                    v.add(new ProcedureRules.Violation("effectiveDate", DateRange.RULE, DateRange.MESSAGE));
                }
                if (row.decisionDate() != null
                        && row.effectiveDate() != null
                        && row.effectiveDate().isBefore(row.decisionDate())) {
                    v.add(new ProcedureRules.Violation(
                            "effectiveDate", "notBeforeDecisionDate", "must not be before the decision date"));
                }
            }
            v.forEach(x -> errors.add(n, x.field(), x.rule(), x.message()));
            done++;
            if (done % PROGRESS_EVERY == 0) {
                progress.update(id, Phase.VALIDATING, total, done / 2);
            }
        }
        if (parsed.rows().isEmpty() && errors.isEmpty()) {
            errors.add(0, "file", "notEmpty", "the file holds no procedure rows");
        }
        return errors;
    }

    /**
     * All rows in one transaction: one decision per distinct (number, dates), then each row's procedure,
     * draft and publication. The persistence context is flushed and cleared every {@value #CHUNK} rows so
     * that the outbox inserts (native statements, which make Hibernate flush) stay cheap: linear, not
     * quadratic, in the number of rows.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 900)
    public int[] write(UUID id, List<ImportRow> rows, int total, String author, String catalogue) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, PublicationDecision> byKey = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            if (row.hasDecision()) {
                byKey.computeIfAbsent(decisionKey(row), k -> {
                    PublicationDecision d = new PublicationDecision(
                            row.decisionNumber(), null, null, row.decisionDate(), row.effectiveDate(), now, author);
                    decisions.persist(d);
                    return d;
                });
            }
        }
        decisions.flush();
        int published = 0;
        int done = 0;
        for (ImportRow row : rows) {
            Procedure procedure = Procedure.create(row.code().trim(), catalogue, author, now);
            procedures.persist(procedure);
            ProcedureVersion draft = ProcedureVersion.draft(procedure, 1, row.content(), author, now);
            versions.persist(draft);
            if (row.hasDecision()) {
                procedureService.apply(byKey.get(decisionKey(row)), procedure, DecisionAction.PUBLISH, null, draft);
                published++;
            }
            done++;
            if (done % CHUNK == 0) {
                procedures.flush();
                procedures.getEntityManager().clear();
                progress.update(id, Phase.WRITING, total, total / 2 + done / 2);
            }
        }
        procedures.flush();
        if (published > 0) {
            compliance.recomputeAfterCatalogueChange();
        }
        return new int[] {rows.size(), published};
    }

    private static String decisionKey(ImportRow row) {
        return row.decisionNumber().trim() + "|" + row.decisionDate() + "|" + row.effectiveDate();
    }
}
