package vn.cchc.dossiers.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.MatrixFixtures;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.MalformedRequests;

/**
 * Seeded random mutations of every operation's body, path and query (from {@code access-matrix.txt}, as its first
 * allowed caller): never a 5xx, every 4xx problem+json, a 400 names the field, and a rejected request writes nothing
 * (the unit and catalogue copies are fed by Kafka and not compared, nor are the webhook attempts the sender writes).
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
    void malformedRequestsAreRefusedCleanlyAndWriteNothing() {
        MalformedRequests.from("/access-matrix.txt")
                .exceptTables("unit_copy", "catalogue_procedure", "webhook_attempt")
                // a redelivered webhook delivery is attempted by the sender in the background
                .countOnly("webhook_delivery")
                .verify(MatrixFixtures.create(codec, mapper, em));
    }
}
