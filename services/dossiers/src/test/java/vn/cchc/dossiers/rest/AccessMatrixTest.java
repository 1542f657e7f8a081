package vn.cchc.dossiers.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.MatrixFixtures;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.AccessMatrix;

/**
 * Every operation of the OpenAPI document × every caller of {@code access-matrix.txt} (each role, own unit, child
 * unit, sibling unit, another province, no unit, national admin, integration clients), against the running service;
 * a new operation without a block fails the build.
 */
@QuarkusTest
class AccessMatrixTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        AccessMatrix.load("/access-matrix.txt").verify(MatrixFixtures.create(codec, mapper, em));
    }
}
