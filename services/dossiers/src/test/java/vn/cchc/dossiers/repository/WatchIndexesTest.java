package vn.cchc.dossiers.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.domain.DossierStatus;

/**
 * The overdue watch's partial indexes (V19) and its queries agree: the indexes hold exactly the running statuses the
 * queries ask for, written as literals so that PostgreSQL can prove the predicates and use the indexes (with a bound
 * parameter it cannot, and each pass would read every open dossier due within 14 days: 1.3 s a minute at 10 M).
 */
@QuarkusTest
class WatchIndexesTest {

    private static final List<String> WATCH_INDEXES =
            List.of("dossier_overdue_watch_running", "dossier_due_soon_watch");
    private static final Pattern QUOTED = Pattern.compile("'([A-Z_]+)'");

    @Inject
    EntityManager em;

    @Inject
    DossierRepository dossiers;

    @Test
    void eachWatchIndexHoldsExactlyTheRunningStatusesTheQueriesNameAsLiterals() {
        Set<String> running = DossierRepository.runningStatuses().stream()
                .map(DossierStatus::name)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String index : WATCH_INDEXES) {
            String def = (String) em.createNativeQuery("select indexdef from pg_indexes where indexname = :n")
                    .setParameter("n", index)
                    .getSingleResult();
            Set<String> inIndex =
                    QUOTED.matcher(def).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(running, inIndex, index + ": " + def);
        }
        for (String status : running) {
            assertTrue(
                    DossierRepository.RUNNING_JPQL.contains(DossierStatus.class.getName() + "." + status),
                    DossierRepository.RUNNING_JPQL);
        }
        assertEquals(0L, count("select count(*) from pg_indexes where indexname = 'dossier_overdue_watch'"));
    }

    /**
     * The repository's own queries (as Hibernate writes them) read the two indexes, under a generic plan: the plan
     * PostgreSQL keeps for a statement prepared again and again, where a status list bound as a parameter would not
     * prove the indexes' predicates. The table may not be read in full (a small test table otherwise would be).
     */
    @Test
    void theWatchQueriesReadTheirIndexesUnderAGenericPlan() {
        var now = OffsetDateTime.now();
        Map<String, Long> scans = QuarkusTransaction.requiringNew().call(() -> {
            for (String setting : List.of(
                    "enable_seqscan = off", "enable_bitmapscan = off", "plan_cache_mode = force_generic_plan")) {
                em.createNativeQuery("set local " + setting).executeUpdate();
            }
            dossiers.newlyOverdue(now, 500);
            dossiers.dueSoonCandidates(now, now.plusDays(14), 500);
            Map<String, Long> used = new HashMap<>();
            for (String index : WATCH_INDEXES) {
                used.put(
                        index,
                        ((Number) em.createNativeQuery("select pg_stat_get_xact_numscans(cast(:n as regclass))")
                                        .setParameter("n", index)
                                        .getSingleResult())
                                .longValue());
            }
            return used;
        });
        for (String index : WATCH_INDEXES) {
            assertTrue(scans.get(index) >= 1, index + " not read: " + scans);
        }
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
