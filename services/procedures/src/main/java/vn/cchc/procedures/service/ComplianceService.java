package vn.cchc.procedures.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import vn.cchc.procedures.domain.AdminUnit;
import vn.cchc.procedures.domain.ComplianceSnapshot;
import vn.cchc.procedures.domain.Messages;
import vn.cchc.procedures.domain.PostingCompliance;
import vn.cchc.procedures.event.PostingEvents;
import vn.cchc.procedures.repository.ComplianceQueries;
import vn.cchc.procedures.repository.ComplianceSnapshotRepository;
import vn.cchc.procedures.repository.UnitRepository;
import vn.cchc.shared.jobs.ClusterLock;
import vn.cchc.shared.paging.Page;
import vn.cchc.shared.paging.PageRequest;
import vn.cchc.shared.problem.ProblemException;
import vn.cchc.shared.security.Jurisdiction;
import vn.cchc.shared.text.Hashes;

/**
 * Posting compliance (niêm yết) per receiving point: computed on demand for any date, and recomputed
 * for today after every change that can alter it, announcing only real changes.
 */
@ApplicationScoped
public class ComplianceService {

    private static final Logger LOG = Logger.getLogger(ComplianceService.class);

    private final UnitRepository units;
    private final ComplianceQueries queries;
    private final ComplianceSnapshotRepository snapshots;
    private final PostingEvents events;
    private final Clock clock;

    private final ClusterLock clusterLock;

    public ComplianceService(
            UnitRepository units,
            ComplianceQueries queries,
            ComplianceSnapshotRepository snapshots,
            PostingEvents events,
            Clock clock,
            ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.units = units;
        this.queries = queries;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    public record UnitCompliance(AdminUnit unit, LocalDate asOf, PostingCompliance.Result result) {}

    /**
     * The totals of an overview (what the report page shows above its table): receiving points, procedures required,
     * posted, compliant, missing (in force, not posted), stale (no longer in force, still posted), outdated.
     */
    public record Totals(
            int units,
            int required,
            int posted,
            int compliant,
            int missing,
            int stale,
            int outdated,
            BigDecimal complianceRate) {

        public static Totals of(List<UnitCompliance> rows) {
            int required = 0, posted = 0, compliant = 0, missing = 0, stale = 0, outdated = 0;
            for (UnitCompliance c : rows) {
                PostingCompliance.Result r = c.result();
                required += r.required();
                posted += r.posted();
                compliant += r.compliant();
                missing += r.missing().size();
                stale += r.stalePosted().size();
                outdated += r.outdated().size();
            }
            return new Totals(
                    rows.size(),
                    required,
                    posted,
                    compliant,
                    missing,
                    stale,
                    outdated,
                    PostingCompliance.rate(compliant, required));
        }
    }

    /** A receiving point's compliance on {@code asOf}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitCompliance report(AdminUnit unit, LocalDate asOf) {
        if (!unit.isReceivesDossiers()) {
            throw ProblemException.notFound(Messages.UNIT_RECEIVING_POINT_POSTS_PROCEDURES, unit.getCode());
        }
        return evaluate(unit, asOf);
    }

    /** Every receiving point valid on {@code asOf} at or below {@code root}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitCompliance> summary(AdminUnit root, LocalDate asOf) {
        return units.receivingPoints(root.getPath(), asOf).stream()
                .map(u -> evaluate(u, asOf))
                .toList();
    }

    /** One page of {@link #summary} (by path): only the page's receiving points are evaluated. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnitCompliance> summary(AdminUnit root, LocalDate asOf, PageRequest page) {
        return units.receivingPoints(root.getPath(), asOf, page).map(u -> evaluate(u, asOf));
    }

    private UnitCompliance evaluate(AdminUnit unit, LocalDate asOf) {
        PostingCompliance.Result result = PostingCompliance.evaluate(
                queries.required(
                        unit.getCode(), Jurisdiction.rootOf(unit.getPath()), unit.getLevel(), unit.getFields(), asOf),
                queries.posted(unit.getCode(), asOf));
        return new UnitCompliance(unit, asOf, result);
    }

    /** After a posting change: today's result of that unit, announced if it changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(AdminUnit unit) {
        LocalDate today = today();
        if (unit.isReceivesDossiers() && unit.validOn(today)) {
            announceIfChanged(evaluate(unit, today));
        }
    }

    /** After a decision or an import: every receiving point (a province has a few hundred). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recomputeAfterCatalogueChange() {
        LocalDate today = today();
        int changed = 0;
        for (AdminUnit root : units.roots()) {
            for (AdminUnit unit : units.receivingPoints(root.getPath(), today)) {
                if (announceIfChanged(evaluate(unit, today))) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Decisions take effect at midnight: the daily run catches what their effective date changed. */
    @Scheduled(
            cron = "{cchc.compliance.daily-cron}",
            timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        // one instance at a time (the lock is taken outside the transaction, which holds it only while it runs)
        clusterLock.runExclusively("procedures.posting-compliance", () -> {
            int changed = QuarkusTransaction.requiringNew().call(this::recomputeAfterCatalogueChange);
            LOG.infof("daily posting compliance: %d receiving point(s) changed", changed);
        });
    }

    private boolean announceIfChanged(UnitCompliance c) {
        PostingCompliance.Result r = c.result();
        ComplianceSnapshot snapshot =
                snapshots.findByIdOptional(c.unit().getCode()).orElse(null);
        boolean isNew = snapshot == null;
        if (isNew) {
            snapshot = new ComplianceSnapshot(c.unit().getCode());
        }
        boolean changed = snapshot.record(
                c.asOf(),
                Hashes.sha256Hex(r.fingerprint()),
                r.required(),
                r.posted(),
                r.compliant(),
                OffsetDateTime.now(clock));
        if (isNew) {
            snapshots.persist(snapshot);
        }
        if (changed) {
            events.complianceChanged(c);
        }
        return changed;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ProcedureService.ZONE));
    }
}
