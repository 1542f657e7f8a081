package vn.cchc.parindex.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.cchc.parindex.config.DemoData;
import vn.cchc.parindex.domain.Assessment;
import vn.cchc.parindex.domain.CriteriaSet;
import vn.cchc.parindex.domain.CriterionScore;
import vn.cchc.parindex.domain.EvidenceDocument;
import vn.cchc.parindex.domain.WorkflowAction;
import vn.cchc.parindex.domain.scoring.CriteriaTree;
import vn.cchc.parindex.domain.scoring.RuleType;
import vn.cchc.parindex.domain.scoring.ScoringMethod;
import vn.cchc.parindex.repository.AssessmentRepository;
import vn.cchc.parindex.repository.CriteriaSetRepository;
import vn.cchc.parindex.repository.CriterionScoreRepository;
import vn.cchc.parindex.repository.EvidenceRepository;
import vn.cchc.parindex.repository.ReadModelRepository;
import vn.cchc.parindex.service.AssessmentDtos.SubmitRequest;
import vn.cchc.parindex.service.CriteriaSetDtos.CreateCriteriaSetRequest;
import vn.cchc.shared.files.FileStore;
import vn.cchc.shared.jobs.ClusterLock;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * Demo PAR data for the demo province H99 "Tỉnh Hòa An" (only with {@code cchc.demo-data=true}): once the units
 * have arrived, the SAMPLE commune set (resources/demo/sample-criteria-set-commune.json, after docs/domain/par-index.md §6, points
 * illustrative) for 2025 and 2026, SIPAS-style survey values, and assessments of communes X01–X08:
 * 2025 all PUBLISHED (for comparison); 2026 X01 DRAFT (user {@code leader}/{@code specialist} can fill it in),
 * X02 SUBMITTED (one evidence file for many criteria, seed 000, confirmed), X03 APPRAISED, X04 EXPLANATION,
 * X05 FINALISED, X06–X08 PUBLISHED, so that the ranking shows groups. Runs once.
 */
@ApplicationScoped
public class DemoParIndex {

    private static final Logger LOG = Logger.getLogger(DemoParIndex.class);
    static final String CODE_2026 = "H99-XA-2026-MAU";
    private static final String ACTOR = "demo-data";
    private static final List<String> DEMO_COMMUNES =
            List.of("H99.X01", "H99.X02", "H99.X03", "H99.X04", "H99.X05", "H99.X06", "H99.X07", "H99.X08");

    private final boolean enabled;
    private final CriteriaSetService sets;
    private final AssessmentService assessments;
    private final AssessmentRepository assessmentRepository;
    private final CriterionScoreRepository scores;
    private final EvidenceRepository evidence;
    private final FileStore files;
    private final UnitCopyRepository units;
    private final ReadModelRepository models;
    private final ObjectMapper mapper;
    private final CriteriaSetRepository setRepository;
    private final Clock clock;
    private volatile boolean done;
    private int waits;

    private final ClusterLock clusterLock;

    public DemoParIndex(
            DemoData demoData,
            CriteriaSetService sets,
            AssessmentService assessments,
            AssessmentRepository assessmentRepository,
            CriterionScoreRepository scores,
            EvidenceRepository evidence,
            FileStore files,
            UnitCopyRepository units,
            ReadModelRepository models,
            ObjectMapper mapper,
            CriteriaSetRepository setRepository,
            Clock clock,
            ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.enabled = demoData.enabled();
        this.sets = sets;
        this.assessments = assessments;
        this.assessmentRepository = assessmentRepository;
        this.scores = scores;
        this.evidence = evidence;
        this.files = files;
        this.units = units;
        this.models = models;
        this.mapper = mapper;
        this.setRepository = setRepository;
        this.clock = clock;
    }

    @Scheduled(
            every = "15s",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void seedWhenReady() {
        clusterLock.runExclusively("par-index.demo-seed", () -> {
            if (!enabled || done) {
                return;
            }
            if (seeded()) {
                done = true;
                return;
            }
            if (!unitsArrived()) {
                LOG.debug("demo PAR data: waiting for the H99 units");
                return;
            }
            // give the demo dossiers a little time to arrive, so that automatic criteria have data when frozen
            if (!dossiersArrived() && waits++ < 12) {
                LOG.debug("demo PAR data: waiting for dossier aggregates");
                return;
            }
            try {
                seed();
                done = true;
                LOG.info("demo PAR data: H99 criteria sets 2025/2026 and assessments seeded");
            } catch (IOException e) {
                throw new IllegalStateException("demo PAR data could not be read", e);
            }
        });
    }

    @Transactional
    boolean seeded() {
        return setRepository.existsByCode(CODE_2026);
    }

    @Transactional
    boolean unitsArrived() {
        return units.byCodes(DEMO_COMMUNES).size() == DEMO_COMMUNES.size();
    }

    @Transactional
    boolean dossiersArrived() {
        return models.hasDossierDays("/H99/");
    }

    /** Seeds everything in one transaction; public for a test. */
    @Transactional
    public void seed() throws IOException {
        CreateCriteriaSetRequest doc;
        try (InputStream in = getClass().getResourceAsStream("/demo/sample-criteria-set-commune.json")) {
            doc = mapper.readValue(in, CreateCriteriaSetRequest.class);
        }
        CreateCriteriaSetRequest doc2025 = new CreateCriteriaSetRequest(
                "H99-XA-2025-MAU",
                doc.name().replace("2026", "2025"),
                2025,
                doc.level(),
                doc.province(),
                doc.maxPoints(),
                doc.issuingDecision(),
                true,
                doc.note(),
                doc.fields());
        CriteriaSet set2025 = sets.create(doc2025, ACTOR);
        CriteriaSet set2026 = sets.create(doc, ACTOR);
        sets.activate(set2025.getId());
        sets.activate(set2026.getId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Random random = new Random(20260601L);
        for (int i = 1; i <= 8; i++) {
            String unit = "H99.X0" + i;
            for (int year : List.of(2025, 2026)) {
                BigDecimal sipas = BigDecimal.valueOf(72 + random.nextInt(24) + (year - 2025) * 2);
                models.upsertSurvey(
                        year,
                        unit,
                        "SIPAS.TOTAL",
                        sipas.min(BigDecimal.valueOf(100)),
                        150 + random.nextInt(100),
                        "SIPAS " + year + " (mẫu)",
                        ACTOR,
                        now);
                models.upsertSurvey(
                        year,
                        unit,
                        "SIPAS.IMPACT",
                        BigDecimal.valueOf(70 + random.nextInt(28)),
                        150,
                        "SIPAS " + year + " (mẫu)",
                        ACTOR,
                        now);
            }
        }
        for (int i = 2; i <= 8; i++) {
            assess(set2025, "H99.X0" + i, 0.70 + 0.04 * i, WorkflowAction.PUBLISH, random, false);
        }
        List<WorkflowAction> target = List.of(
                WorkflowAction.SUBMIT,
                WorkflowAction.SUBMIT,
                WorkflowAction.APPRAISE,
                WorkflowAction.EXPLAIN,
                WorkflowAction.FINALISE,
                WorkflowAction.PUBLISH,
                WorkflowAction.PUBLISH,
                WorkflowAction.PUBLISH);
        double[] quality = {0.80, 0.85, 0.78, 0.88, 0.92, 0.97, 0.83, 0.74};
        for (int i = 1; i <= 8; i++) {
            assess(set2026, "H99.X0" + i, quality[i - 1], i == 1 ? null : target.get(i - 1), random, i == 2);
        }
    }

    /** Fills a self-assessment of about {@code quality} of the points and takes it up to {@code until}. */
    private void assess(
            CriteriaSet set,
            String unitCode,
            double quality,
            WorkflowAction until,
            Random random,
            boolean oneFileForAll)
            throws IOException {
        UnitCopy unit = units.byCode(unitCode).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Assessment a = Assessment.start(set, unit.getCode(), unit.getName(), unit.getPath(), ACTOR, now);
        assessmentRepository.persist(a);
        assessmentRepository.flush();
        CriteriaTree tree = sets.get(set.getId()).tree();
        byte[] pdf = ("%PDF-1.4\n% Tài liệu kiểm chứng mẫu – " + unit.getName() + " – " + set.getYear() + "\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
        List<UUID> docs = new ArrayList<>();
        for (String name : List.of(
                "Kế hoạch CCHC năm " + set.getYear() + ".pdf", "Báo cáo kết quả CCHC năm " + set.getYear() + ".pdf")) {
            UUID id = UUID.randomUUID();
            files.put(FileStore.keyFor(id), pdf, "application/pdf");
            EvidenceDocument d = new EvidenceDocument(
                    id, a.getId(), name, "application/pdf", pdf.length, "demo", FileStore.keyFor(id), ACTOR, now);
            evidence.persist(d);
            docs.add(d.getId());
        }
        evidence.flush();
        int n = 0;
        for (CriteriaTree.Node leaf : tree.leaves()) {
            if (leaf.method() != ScoringMethod.SELF_APPRAISED) {
                continue;
            }
            BigDecimal value = value(leaf, quality, random);
            CriterionScore s = new CriterionScore(a.getId(), leaf.code());
            s.self(value, leaf.rule().score(value, leaf.maxPoints()), "Số liệu mẫu", ACTOR, now);
            scores.persist(s);
            // seed 000: the demo unit X02 attaches the single report to only the first criterion
            if (!oneFileForAll || n == 0) {
                evidence.replaceLinks(a.getId(), leaf.code(), "SELF", List.of(docs.get(n % 2)));
            }
            n++;
        }
        scores.flush();
        if (until == null) {
            return;
        }
        for (WorkflowAction step : List.of(
                WorkflowAction.SUBMIT,
                WorkflowAction.APPRAISE,
                WorkflowAction.EXPLAIN,
                WorkflowAction.REAPPRAISE,
                WorkflowAction.FINALISE,
                WorkflowAction.PUBLISH)) {
            if (step == WorkflowAction.EXPLAIN
                    && until.ordinal() > WorkflowAction.EXPLAIN.ordinal()
                    && random.nextBoolean()) {
                continue; // some go straight from appraisal to finalisation
            }
            if (step == WorkflowAction.REAPPRAISE
                    && a.getStatus() != vn.cchc.parindex.domain.AssessmentStatus.EXPLANATION) {
                continue;
            }
            SubmitRequest confirm = step == WorkflowAction.SUBMIT
                    ? new SubmitRequest(assessments.context(a).leavesMissingEvidence().stream()
                            .map(CriteriaTree.Node::code)
                            .toList())
                    : null;
            if (step == WorkflowAction.APPRAISE) {
                appraiseDown(a, tree, random);
            }
            assessments.advance(a, step, confirm, ACTOR);
            if (step == until) {
                return;
            }
        }
    }

    /** The appraiser lowers one or two self-scores, as appraisals do. */
    private void appraiseDown(Assessment a, CriteriaTree tree, Random random) {
        List<CriterionScore> rows = scores.list(a.getId()).stream()
                .filter(s -> s.getSelfScore() != null && s.getSelfScore().signum() > 0)
                .toList();
        for (int k = 0; k < Math.min(2, rows.size()); k++) {
            CriterionScore s = rows.get(random.nextInt(rows.size()));
            CriteriaTree.Node leaf = tree.byCode().get(s.getCode());
            if (leaf.rule().type() == RuleType.MANUAL) {
                BigDecimal lower =
                        s.getSelfValue().subtract(new BigDecimal("0.5")).max(BigDecimal.ZERO);
                s.appraise(
                        lower,
                        leaf.rule().score(lower, leaf.maxPoints()),
                        "Tài liệu kiểm chứng chưa đầy đủ",
                        ACTOR,
                        OffsetDateTime.now(clock));
            }
        }
    }

    private static BigDecimal value(CriteriaTree.Node leaf, double quality, Random random) {
        double q = Math.max(0, Math.min(1, quality + (random.nextDouble() - 0.5) * 0.2));
        BigDecimal max = leaf.maxPoints();
        return switch (leaf.rule().type()) {
            case MANUAL ->
                BigDecimal.valueOf(Math.round(max.doubleValue() * q * 4) / 4.0).min(max);
            case YES_NO -> random.nextDouble() < q ? BigDecimal.ONE : BigDecimal.ZERO;
            case COUNT -> BigDecimal.valueOf(Math.round(q * 4));
            case BONUS -> BigDecimal.valueOf(random.nextInt(2));
            case PENALTY -> BigDecimal.valueOf(q > 0.8 ? 0 : 1);
            case QUANTITATIVE -> BigDecimal.valueOf(Math.round(q * 100));
        };
    }
}
