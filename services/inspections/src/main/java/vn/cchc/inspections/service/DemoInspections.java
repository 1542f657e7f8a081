package vn.cchc.inspections.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cchc.inspections.config.DemoData;
import vn.cchc.inspections.domain.Inspection;
import vn.cchc.inspections.domain.InspectionPlan;
import vn.cchc.inspections.domain.TeamMember;
import vn.cchc.inspections.repository.InspectionRepository;
import vn.cchc.inspections.repository.PlanRepository;
import vn.cchc.inspections.repository.TeamMemberRepository;
import vn.cchc.shared.jobs.ClusterLock;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * Demo plan for province H99 "Tỉnh Hòa An" (only with {@code cchc.demo-data=true}): once the communes X01–X03
 * have arrived through cchc.units.v1, creates Kế hoạch 25/KH-UBND of 2026 covering four content groups, a team
 * led by the realm user {@code inspector} (H99.SNV), and inspections of Xã An Phú (X01, in progress; the realm
 * user {@code leader} is its leader), Phường Hòa Bình (X02) and Xã Tân Lập (X03). Runs once.
 */
@ApplicationScoped
public class DemoInspections {

    private static final Logger LOG = Logger.getLogger(DemoInspections.class);
    static final String NUMBER = "25/KH-UBND";

    private final boolean enabled;
    private final PlanRepository plans;
    private final TeamMemberRepository team;
    private final InspectionRepository inspections;
    private final UnitCopyRepository units;
    private final Clock clock;
    private volatile boolean done;

    private final ClusterLock clusterLock;

    public DemoInspections(
            DemoData demoData,
            PlanRepository plans,
            TeamMemberRepository team,
            InspectionRepository inspections,
            UnitCopyRepository units,
            Clock clock,
            ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.enabled = demoData.enabled();
        this.plans = plans;
        this.team = team;
        this.inspections = inspections;
        this.units = units;
        this.clock = clock;
    }

    @Scheduled(
            every = "15s",
            delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void seedWhenReady() {
        clusterLock.runExclusively("inspections.demo-seed", () -> {
            if (!enabled || done) {
                return;
            }
            done = seed();
        });
    }

    @Transactional
    boolean seed() {
        if (plans.exists("H99", 2026, NUMBER)) {
            return true;
        }
        List<String> codes = List.of("H99.X01", "H99.X02", "H99.X03");
        if (codes.stream().anyMatch(c -> units.findById(c) == null)) {
            LOG.debug("demo inspections: waiting for the demo units");
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        InspectionPlan plan = new InspectionPlan("H99", "demo-data", now);
        plan.update(
                NUMBER,
                LocalDate.of(2026, 1, 15),
                "Ủy ban nhân dân tỉnh Hòa An",
                2026,
                "Kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính và áp dụng ISO 9001:2015 năm 2026",
                List.of("CHI_DAO_DIEU_HANH", "TTHC_MOT_CUA", "CHINH_QUYEN_SO", "ISO_9001"));
        plans.persist(plan);
        team.persist(new TeamMember(plan.getId(), "Lê Minh Kiểm", "Sở Nội vụ", TeamMember.Role.LEADER, "inspector", 0));
        team.persist(new TeamMember(
                plan.getId(),
                "Phạm Thu Hà",
                "Trung tâm Phục vụ hành chính công tỉnh",
                TeamMember.Role.MEMBER,
                null,
                1));
        team.persist(
                new TeamMember(plan.getId(), "Đỗ Văn Số", "Sở Khoa học và Công nghệ", TeamMember.Role.MEMBER, null, 2));
        LocalDate[] starts = {LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 11)};
        for (int k = 0; k < codes.size(); k++) {
            UnitCopy u = units.findById(codes.get(k));
            Inspection i = new Inspection(plan.getId(), u.getCode(), u.getPath(), u.getName());
            LocalDate[] period = PlanService.evidencePeriod(null, "", 2026, starts[k], null, null);
            i.schedule(starts[k], starts[k].plusDays(1), period[0], period[1]);
            if (k == 0) {
                i.start(now);
            }
            inspections.persist(i);
        }
        LOG.info("demo inspections: plan " + NUMBER + " of H99 seeded");
        return true;
    }
}
