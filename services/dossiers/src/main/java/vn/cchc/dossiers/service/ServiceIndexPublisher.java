package vn.cchc.dossiers.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;
import vn.cchc.dossiers.config.DossiersConfig;
import vn.cchc.dossiers.domain.ReportingPeriod;
import vn.cchc.dossiers.domain.ServiceIndex766;
import vn.cchc.dossiers.event.ServiceIndexEvents;
import vn.cchc.dossiers.repository.ServiceIndexStore;
import vn.cchc.dossiers.repository.ServiceIndexStore.Pending;
import vn.cchc.dossiers.repository.ServiceIndexStore.Published;
import vn.cchc.shared.jobs.ClusterLock;
import vn.cchc.shared.units.UnitCopy;
import vn.cchc.shared.units.UnitCopyRepository;

/**
 * Publishes the QĐ 766 index (docs/domain/qd766.md) of the units and periods whose figures may have changed. Every
 * dossier event marks its receiving unit from the day the dossier was received ({@link ServiceIndexStore#mark}); a
 * run takes the marks, and for the marked units and each of their ancestors (the index of a unit covers its subtree)
 * recomputes every month, quarter and year from that day to today with {@link ReportService#serviceIndex}, the one
 * implementation, and publishes those whose figures differ from what was last sent. One transaction per unit: its
 * events and the record of what was sent commit together.
 */
@ApplicationScoped
public class ServiceIndexPublisher {

    private static final Logger LOG = Logger.getLogger(ServiceIndexPublisher.class);
    private static final int CLAIM = 5000;

    private final ServiceIndexStore store;
    private final ServiceIndexEvents events;
    private final ReportService reports;
    private final UnitCopyRepository units;
    private final Clock clock;
    private final int horizonYears;

    private final ClusterLock clusterLock;

    public ServiceIndexPublisher(
            ServiceIndexStore store,
            ServiceIndexEvents events,
            ReportService reports,
            UnitCopyRepository units,
            Clock clock,
            DossiersConfig config,
            ClusterLock clusterLock) {
        this.clusterLock = clusterLock;
        this.store = store;
        this.events = events;
        this.reports = reports;
        this.units = units;
        this.clock = clock;
        this.horizonYears = config.serviceIndexHorizonYears();
    }

    /** Counts of one run. */
    public record Run(int units, int computed, int published) {}

    @Scheduled(
            every = "{cchc.service-index.interval}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        clusterLock.runExclusively("dossiers.service-index", () -> {
            Run r = runOnce();
            if (r.published() > 0) {
                LOG.infof(
                        "QĐ 766 index: %d units, %d periods computed, %d published",
                        r.units(), r.computed(), r.published());
            }
        });
    }

    /**
     * Marks every unit of the subtree of {@code unitPath} from {@code since} on, so that the next run publishes their
     * index again (e.g. after a historical import older than the horizon); returns how many.
     */
    public int refresh(String unitPath, LocalDate since) {
        return store.markSubtree(unitPath, since);
    }

    /** One pass over everything marked so far. */
    public Run runOnce() {
        int unitCount = 0;
        int computed = 0;
        int published = 0;
        List<Pending> marks;
        do {
            marks = store.claim(CLAIM);
            // the earliest changed day per unit, for the marked units and all their ancestors
            Map<String, LocalDate> since = new TreeMap<>();
            Map<String, List<Pending>> byUnit = new TreeMap<>();
            for (Pending p : marks) {
                for (String code : ancestors(p.unitPath(), p.unitCode())) {
                    since.merge(code, p.day(), (a, b) -> a.isBefore(b) ? a : b);
                    byUnit.computeIfAbsent(code, c -> new ArrayList<>()).add(p);
                }
            }
            for (Map.Entry<String, LocalDate> e : since.entrySet()) {
                try {
                    int[] n = publishUnit(e.getKey(), e.getValue());
                    unitCount++;
                    computed += n[0];
                    published += n[1];
                } catch (RuntimeException ex) {
                    LOG.errorf(ex, "QĐ 766 index of %s not published; will try again", e.getKey());
                    store.restore(byUnit.get(e.getKey()));
                }
            }
        } while (marks.size() == CLAIM);
        return new Run(unitCount, computed, published);
    }

    /** @return {computed, published} */
    @Transactional
    int[] publishUnit(String unitCode, LocalDate since) {
        UnitCopy unit = units.findByIdOptional(unitCode).orElse(null);
        if (unit == null || unit.getPath() == null) {
            return new int[2];
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = DossierService.local(now).toLocalDate();
        int computed = 0;
        int published = 0;
        for (ReportingPeriod p :
                ReportingPeriod.affected(since, today, LocalDate.of(today.getYear() - horizonYears, 1, 1))) {
            ServiceIndex766.Result r = reports.serviceIndex(unit, p.from(), p.to());
            computed++;
            String fingerprint = events.fingerprint(unit, p, r);
            Published last = store.published(unitCode, p.label()).orElse(null);
            if (last != null && last.fingerprint().equals(fingerprint)) {
                continue;
            }
            // increases per key, and is at least the time in epoch ms, so a rebuilt database does not go back
            long sequence = Math.max(
                    last == null ? 0 : last.sequence() + 1, now.toInstant().toEpochMilli());
            events.publish(unit, p, r, sequence, now);
            store.savePublished(unitCode, p.label(), new Published(sequence, fingerprint), now);
            published++;
        }
        return new int[] {computed, published};
    }

    /** The unit and every unit above it, from its path ('/H99/H99.X01/H99.X01.MC/'). */
    static List<String> ancestors(String path, String unitCode) {
        List<String> out = new ArrayList<>();
        if (path != null) {
            for (String part : path.split("/")) {
                if (!part.isBlank()) {
                    out.add(part);
                }
            }
        }
        if (!out.contains(unitCode)) {
            out.add(unitCode);
        }
        return out;
    }
}
