package vn.cchc.procedures.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.AccessMatrixFixtures;
import vn.cchc.shared.testing.AccessMatrix;

/**
 * Issue 11: every operation of the OpenAPI document × every kind of caller (anonymous, each role, own unit, child
 * unit, sibling unit, another province, no unit, national-admin, the integration client) answers as
 * {@code access-matrix.txt} says; an operation without a block fails the build.
 */
@QuarkusTest
class AccessMatrixTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        AccessMatrix.load("/access-matrix.txt").verify(AccessMatrixFixtures.vars(em));
    }
}
