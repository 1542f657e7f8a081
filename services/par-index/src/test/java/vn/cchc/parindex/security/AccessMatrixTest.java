package vn.cchc.parindex.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.MatrixFixture;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.AccessMatrix;

/** Every OpenAPI operation of par-index × every caller of access-matrix.txt (issue 11); a new endpoint without a block fails. */
@QuarkusTest
class AccessMatrixTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() {
        AccessMatrix.load("/access-matrix.txt")
                .verify(MatrixFixture.create("am" + System.nanoTime() % 100000, codec, mapper, em));
    }
}
