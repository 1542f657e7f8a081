package vn.cchc.dossiers.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.domain.Dossier;
import vn.cchc.dossiers.domain.calendar.DueSoon;
import vn.cchc.dossiers.repository.DossierRepository;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.jobs.ClusterLock;
import vn.cchc.shared.security.Jurisdiction;

/**
 * The late-dossier watch: raises "due tomorrow" alerts one working day before the due date (so that the
 * deciding unit can still send a timely apology) and marks dossiers overdue when the due time passes.
 * Reads only open dossiers through their partial index, in batches; each dossier is announced once.
 */
@ApplicationScoped
public class OverdueWatch {

    private static final Logger LOG = Logger.getLogger(OverdueWatch.class);
    private static final int BATCH = 500;

    private final DossierRepository dossiers;
    private final OfficialCalendarService calendars;
    private final DossierChanges events;
    private final Clock clock;
    private final DossierGauges gauges;

    private final ClusterLock clusterLock;

    public OverdueWatch(
            DossierRepository dossiers,
            OfficialCalendarService calendars,
            DossierChanges events,
            Clock clock,
            DossierGauges gauges,
            ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.dossiers = dossiers;
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
        this.gauges = gauges;
    }

    /** Counts of one run. */
    public record Run(int overdue, int dueSoon, long millis) {}

    @Scheduled(
            every = "{cchc.watch.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        clusterLock.runExclusively("dossiers.overdue-watch", () -> {
            Run r = runOnce();
            if (r.overdue() + r.dueSoon() > 0) {
                LOG.infof("overdue watch: %d newly overdue, %d due soon, %d ms", r.overdue(), r.dueSoon(), r.millis());
            }
        });
    }

    /** One pass: batches until nothing is left to mark. */
    public Run runOnce() {
        long t0 = System.nanoTime();
        int overdue = 0;
        int soon = 0;
        int n;
        do {
            n = markOverdue();
            overdue += n;
        } while (n == BATCH);
        int[] r;
        do {
            r = alertDueSoon();
            soon += r[0];
        } while (r[1] == BATCH && r[0] == r[1]);
        gauges.overdueWatchRan();
        return new Run(overdue, soon, (System.nanoTime() - t0) / 1_000_000);
    }

    @Transactional
    int markOverdue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var batch = dossiers.newlyOverdue(now, BATCH);
        for (Dossier d : batch) {
            d.markOverdue(now);
            events.publish(DossierEventV1.OVERDUE, d, null, now);
        }
        return batch.size();
    }

    /** @return {alerted, candidates}; candidates come soonest due first, so the first one not due soon ends the pass */
    @Transactional
    int[] alertDueSoon() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // one working day can span a weekend and a holiday week: look a fortnight ahead, decide per dossier
        var batch = dossiers.dueSoonCandidates(now, now.plusDays(14), BATCH);
        int alerted = 0;
        for (Dossier d : batch) {
            var cal = calendars.forProvince(Jurisdiction.rootOf(d.getReceivingUnitPath()));
            if (!DueSoon.isDueSoon(DossierService.local(now), DossierService.local(d.getDueAt()), cal)) {
                break;
            }
            d.markDueSoon(now);
            events.publish(DossierEventV1.DUE_SOON, d, null, now);
            alerted++;
        }
        return new int[] {alerted, batch.size()};
    }
}
