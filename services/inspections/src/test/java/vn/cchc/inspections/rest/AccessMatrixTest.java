package vn.cchc.inspections.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.TestClock;
import vn.cchc.shared.testing.AccessMatrix;

/**
 * Every operation of the OpenAPI document × every caller of {@code access-matrix.txt} (own province, other province,
 * unknown unit, no unit, each role, team member, the inspected unit's leader and its parent, child and sibling units,
 * national-admin, the integration client, anonymous): the answer the table expects. A new endpoint without a block
 * fails this test.
 */
@QuarkusTest
class AccessMatrixTest {

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        AccessMatrix.load("/access-matrix.txt").verify(AccessFixtures.create(em, clock));
    }
}
