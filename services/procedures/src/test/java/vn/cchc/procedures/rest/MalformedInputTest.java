package vn.cchc.procedures.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.cchc.procedures.AccessMatrixFixtures;
import vn.cchc.shared.testing.MalformedRequests;

/**
 * Issue 11: seeded random mutations of every operation's body, path and query, sent as its first allowed caller:
 * never a 5xx, every 4xx is problem+json (a 400 names a field), and a rejected request writes nothing.
 * {@code import_job} is left out of the comparison: an accepted import (202) finishes in the background while later
 * requests are compared (its rows never reach the catalogue: the matrix's import rows are duplicates).
 */
@QuarkusTest
class MalformedInputTest {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void malformedRequestsAreRefusedWithoutServerErrorsAndWriteNothing() {
        MalformedRequests.from("/access-matrix.txt").exceptTables("import_job").verify(AccessMatrixFixtures.vars(em));
    }
}
