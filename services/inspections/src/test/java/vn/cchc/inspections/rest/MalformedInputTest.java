package vn.cchc.inspections.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.TestClock;
import vn.cchc.shared.testing.MalformedRequests;

/**
 * Seeded mutations (NUL, CR/LF, huge and non-finite numbers, wrong types, nulls, duplicate keys, trailing garbage,
 * deep nesting, long strings, junk and hostile-named files) of every request of {@code access-matrix.txt}, sent as
 * its first allowed caller: never a 5xx, every 4xx problem+json (a 400 names a field), and a rejected request
 * changes no table. The read models fed by Kafka are not compared (events of other tests may still arrive).
 */
@QuarkusTest
class MalformedInputTest {

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void malformedRequestsNeverFailTheServiceNorWriteAnything() {
        MalformedRequests.from("/access-matrix.txt")
                .exceptTables(
                        "unit_copy",
                        "dossier_day_stat",
                        "dossier_tally",
                        "late_dossier",
                        "posting_snapshot",
                        "par_gap_snapshot",
                        "calendar_entry",
                        "calendar_year")
                .verify(AccessFixtures.create(em, clock));
    }
}
