package vn.cchc.parindex.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.MatrixFixture;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.MalformedRequests;

/**
 * Seeded mutations of every operation's body, path and query (from access-matrix.txt, as its first allowed caller):
 * no 5xx, every 4xx a problem naming the field, nothing written by a rejected request. The tables fed by Kafka are
 * not compared (events of other tests may arrive meanwhile).
 */
@QuarkusTest
class MalformedInputTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void malformedRequestsAreRefusedWithoutServerErrorsOrWrites() {
        MalformedRequests.from("/access-matrix.txt")
                .exceptTables(
                        "unit_copy",
                        "dossier_fact",
                        "dossier_day",
                        "procedure_copy",
                        "posting_state",
                        "remediation_fact",
                        "inspection_remediation")
                .verify(MatrixFixture.create("mf" + System.nanoTime() % 100000, codec, mapper, em));
    }
}
