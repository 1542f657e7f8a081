package vn.cchc.procedures.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.cchc.procedures.config.ProceduresConfig;
import vn.cchc.procedures.domain.DecisionAction;
import vn.cchc.procedures.domain.ImportJob;
import vn.cchc.procedures.domain.ProcedureContent;
import vn.cchc.procedures.domain.TimeUnit;
import vn.cchc.procedures.repository.ProcedureVersionRepository;
import vn.cchc.procedures.repository.UnitRepository;
import vn.cchc.procedures.security.AccessPolicy;

/**
 * Seeds the demo province H99 "Tỉnh Hòa An" when {@code cchc.demo-data=true} and there are no units yet:
 * 33 units (with a district and two communes merged on 1/7/2025 kept as history), 25 procedures imported
 * through the same JSON and CSV import as users' files, a two-tier-reform decision abolishing a
 * district procedure, an amendment cutting a processing time, and postings that give the compliance
 * report something to find (Xã An Phú: one abolished still posted, one missing, one outdated). The
 * procedures are realistic samples, not the province's official catalogue.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String AUTHOR = "demo-data";
    /** The demo province: its catalogue receives the demo procedures. */
    static final String PROVINCE = "H99";

    static final String AMENDED = "1.004884.000.00.00.H99";
    static final String ABOLISHED = "1.000101.000.00.00.H99";
    static final String MISSING_AT_X01 = "1.000894.000.00.00.H99";

    private final boolean enabled;
    private final UnitRepository units;
    private final UnitService unitService;
    private final ImportService imports;
    private final ProcedureService procedures;
    private final ProcedureVersionRepository versions;
    private final PostingService postings;
    private final ObjectMapper json;

    public DemoData(
            ProceduresConfig config,
            UnitRepository units,
            UnitService unitService,
            ImportService imports,
            ProcedureService procedures,
            ProcedureVersionRepository versions,
            PostingService postings,
            ObjectMapper json) {
        this.enabled = config.demoData();
        this.units = units;
        this.unitService = unitService;
        this.imports = imports;
        this.procedures = procedures;
        this.versions = versions;
        this.postings = postings;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (units.count() > 0) {
            LOG.debug("demo data: units exist, nothing seeded");
            return;
        }
        try {
            seed();
        } catch (IOException e) {
            throw new IllegalStateException("demo data could not be read", e);
        }
    }

    /** Seeds everything; public for the test that checks what the demo promises. */
    public void seed() throws IOException {
        UnitCommand[] unitRows = json.readValue(resource("units.json"), UnitCommand[].class);
        unitService.importUnits(Arrays.asList(unitRows), AUTHOR);
        check(imports.runNow(
                resource("procedures.json"), ImportJob.Format.JSON, "demo/procedures.json", AUTHOR, PROVINCE));
        check(imports.runNow(
                resource("procedures.csv"), ImportJob.Format.CSV, "demo/procedures.csv", AUTHOR, PROVINCE));
        history();
        postings();
        LOG.info("demo data: province H99 seeded (units, procedures, decisions, postings)");
    }

    @Transactional
    void history() {
        // the two-tier reform (1/7/2025) ends a district-level procedure
        procedures.recordDecision(
                new DecisionCommand(
                        "1580/QĐ-UBND",
                        "Công bố TTHC bị bãi bỏ do sắp xếp chính quyền địa phương hai cấp",
                        "H99",
                        LocalDate.of(2025, 6, 25),
                        LocalDate.of(2025, 7, 1),
                        List.of(new DecisionCommand.Item(ABOLISHED, DecisionAction.ABOLISH, null))),
                AUTHOR);
        // a later amendment cuts the processing time from 5 to 3 working days
        ProcedureContent old = procedures
                .get(AMENDED, LocalDate.of(2025, 12, 1), true)
                .version()
                .content();
        ProcedureContent cut = new ProcedureContent(
                old.name(),
                old.field(),
                old.levels(),
                old.decidingAgencyCode(),
                old.receivingPoints(),
                old.channels(),
                old.onlineLevel(),
                old.fullOnlineEligible(),
                new ProcedureContent.Duration(new BigDecimal("3"), TimeUnit.WORKING_DAYS),
                old.statutoryTime(),
                old.afternoonCutoff(),
                old.fees(),
                old.components(),
                old.steps(),
                old.applicants(),
                old.resultType(),
                old.paperResultRequired(),
                old.conditions(),
                old.legalBasis(),
                old.internalSteps());
        procedures.saveDraft(AMENDED, cut, AUTHOR);
        procedures.recordDecision(
                new DecisionCommand(
                        "215/QĐ-UBND",
                        "Công bố TTHC được sửa đổi, bổ sung lĩnh vực hộ tịch",
                        "H99",
                        LocalDate.of(2025, 12, 15),
                        LocalDate.of(2026, 1, 1),
                        List.of(new DecisionCommand.Item(AMENDED, DecisionAction.AMEND, null))),
                AUTHOR);
    }

    @Transactional
    void postings() {
        LocalDate today = procedures.today();
        List<String> communeCodes = new ArrayList<>();
        List<String> provinceCodes = new ArrayList<>();
        // the demo province's own catalogue and the national one: never another province's procedures
        versions.allInForce(today).stream()
                .filter(v -> PROVINCE.equals(v.getProcedure().getCatalogue())
                        || AccessPolicy.NATIONAL_CATALOGUE.equals(
                                v.getProcedure().getCatalogue()))
                .forEach(v -> {
                    if (v.getLevels().contains("COMMUNE")) {
                        communeCodes.add(v.getProcedure().getCode());
                    }
                    if (v.getLevels().contains("PROVINCE")) {
                        provinceCodes.add(v.getProcedure().getCode());
                    }
                });
        communeCodes.sort(String::compareTo);
        provinceCodes.sort(String::compareTo);
        postings.replace(units.findByCode("H99.TTPV").orElseThrow(), items(provinceCodes, Set.of()), AUTHOR);
        // Xã An Phú: Đăng ký kết hôn missing, the amended one posted in its old version, an abolished one still posted
        List<PostingService.Item> x01 = new ArrayList<>(items(communeCodes, Set.of(MISSING_AT_X01, AMENDED)));
        x01.add(new PostingService.Item(AMENDED, 1));
        x01.add(new PostingService.Item(ABOLISHED, 1));
        postings.replace(units.findByCode("H99.X01.MC").orElseThrow(), x01, AUTHOR);
        for (String c : List.of("X02", "X03", "X04", "X05")) {
            postings.replace(units.findByCode("H99." + c + ".MC").orElseThrow(), items(communeCodes, Set.of()), AUTHOR);
        }
        postings.replace(
                units.findByCode("H99.X06.MC").orElseThrow(),
                items(communeCodes.subList(0, Math.max(0, communeCodes.size() - 3)), Set.of()),
                AUTHOR);
    }

    private static List<PostingService.Item> items(List<String> codes, Set<String> except) {
        return codes.stream()
                .filter(c -> !except.contains(c))
                .map(c -> new PostingService.Item(c, null))
                .toList();
    }

    private static void check(ImportJob job) {
        if (job.getStatus() != ImportJob.Status.COMPLETED) {
            throw new IllegalStateException(
                    "demo import " + job.getFileName() + " " + job.getStatus() + ": " + job.getErrors());
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IOException("missing resource demo/" + name);
            }
            return in.readAllBytes();
        }
    }
}
