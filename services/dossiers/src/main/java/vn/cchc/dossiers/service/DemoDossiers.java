package vn.cchc.dossiers.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.config.DossiersConfig;
import vn.cchc.dossiers.domain.DossierStatus;
import vn.cchc.dossiers.repository.DemoDataRepository;
import vn.cchc.shared.jobs.ClusterLock;
import vn.cchc.shared.security.Roles;
import vn.cchc.shared.tx.TransientRetry;

/**
 * Demo dossiers for the demo province H99 (only with {@code cchc.demo-data=true}): once the unit tree and the
 * catalogue have arrived through their events, imports about 300 dossiers of the last three months at the
 * commune one-stops X01–X06 — mostly early or on time, some late with and without an apology letter, some
 * still open — through the same historical import other systems use, so the worklist and the statistics
 * have something to show. Runs once (it checks for its own dossiers).
 */
@ApplicationScoped
public class DemoDossiers {

    private static final Logger LOG = Logger.getLogger(DemoDossiers.class);
    private static final String CLIENT = "demo-data";

    private final boolean enabled;
    private final IntegrationService integration;
    private final Subjects subjects;
    private final DemoDataRepository demo;
    private final Clock clock;
    private volatile boolean done;

    private final ClusterLock clusterLock;

    public DemoDossiers(
            DossiersConfig config,
            IntegrationService integration,
            Subjects subjects,
            DemoDataRepository demo,
            Clock clock,
            ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.enabled = config.demoData();
        this.integration = integration;
        this.subjects = subjects;
        this.demo = demo;
        this.clock = clock;
    }

    @Scheduled(
            every = "15s",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void seedWhenReady() {
        clusterLock.runExclusively("dossiers.demo-seed", () -> {
            if (!enabled || done) {
                return;
            }
            if (dossiersOfClient() > 0) {
                done = true;
                LOG.info("demo dossiers: H99 seeded (before this start)");
                return;
            }
            List<String> procedures = procedures();
            if (demoReceivingPoints() < 6 || procedures.size() < 5) {
                LOG.debug("demo dossiers: waiting for the demo units and catalogue to arrive");
                return;
            }
            List<IntegrationService.HistoricalRow> rows = rows(procedures);
            // the demo client acts like the province's integration client: unit H99, role integration
            var client = subjects.system(CLIENT, "H99", Roles.INTEGRATION);
            TransientRetry.call(() -> integration.importHistorical(rows, client));
            done = true;
            LOG.info("demo dossiers: H99 seeded");
        });
    }

    @Transactional
    long dossiersOfClient() {
        return demo.dossiersOf(CLIENT);
    }

    @Transactional
    long demoReceivingPoints() {
        return demo.demoReceivingPoints();
    }

    @Transactional
    List<String> procedures() {
        return demo.demoProcedures();
    }

    private List<IntegrationService.HistoricalRow> rows(List<String> procedures) {
        Random random = new Random(20261122L);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(7));
        String[] names = {
            "Nguyễn Văn An",
            "Trần Thị Bích",
            "Lê Hoàng Cường",
            "Phạm Thị Dung",
            "Hoàng Văn Đức",
            "Võ Thị Hạnh",
            "Đặng Minh Khoa",
            "Bùi Thị Lan",
            "Đỗ Quang Minh",
            "Ngô Thị Ngọc"
        };
        List<IntegrationService.HistoricalRow> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String unit = "H99.X0" + (1 + i % 6) + ".MC";
            OffsetDateTime received = now.minusDays(2 + random.nextInt(88))
                    .withHour(8 + random.nextInt(7))
                    .withMinute(random.nextInt(4) * 15)
                    .withSecond(0)
                    .withNano(0);
            int roll = random.nextInt(100);
            DossierStatus status;
            OffsetDateTime resolved = null;
            OffsetDateTime returned = null;
            OffsetDateTime apology = null;
            if (received.isAfter(now.minusDays(6)) || roll < 4) {
                status = DossierStatus.PROCESSING;
            } else if (roll < 80) {
                status = DossierStatus.RETURNED;
                resolved = received.plusDays(1 + random.nextInt(2)).withHour(9);
                returned = resolved.plusHours(5);
            } else if (roll < 92) {
                status = DossierStatus.RESOLVED;
                resolved = received.plusDays(2 + random.nextInt(3)).withHour(16);
            } else {
                status = DossierStatus.RESOLVED;
                resolved = received.plusDays(8 + random.nextInt(6)).withHour(10);
                if (roll % 2 == 0) {
                    apology = received.plusDays(2).withHour(8);
                }
            }
            if (resolved != null && resolved.isAfter(now)) {
                status = DossierStatus.PROCESSING;
                resolved = null;
                returned = null;
                apology = null;
            }
            String name = names[i % names.length];
            // every tenth dossier belongs to the demo citizen (id_number in the local realm)
            var applicant = new DossierCommands.Applicant(
                    i % 10 == 0 ? "Bùi Thị Lan" : name,
                    i % 10 == 0 ? "046190001234" : null,
                    "09" + String.format("%08d", 12345678 + i * 7),
                    null,
                    "Thôn " + (1 + i % 9) + ", " + unit);
            var receive = new DossierCommands.Receive(
                    procedures.get(i % procedures.size()),
                    unit,
                    null,
                    i % 4 == 0 ? "ONLINE" : i % 9 == 0 ? "POSTAL" : "DIRECT",
                    applicant,
                    null,
                    List.of(),
                    received,
                    "DIRECT",
                    false,
                    i % 3 != 0);
            // about half the results are issued electronically (QĐ 766 4.1, 4.2)
            rows.add(new IntegrationService.HistoricalRow(
                    "DEMO-" + i,
                    receive,
                    status,
                    resolved,
                    returned,
                    apology,
                    apology == null ? null : received.plusDays(9).withHour(16),
                    i % 2 == 0));
        }
        return rows;
    }
}
