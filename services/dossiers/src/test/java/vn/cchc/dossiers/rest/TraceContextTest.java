package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;

/**
 * The service hop of a trace: a request that arrives with a W3C traceparent (from the gateway) writes its events
 * with the traceparent of the service's own server span, in the same trace (docs/observability.md).
 */
@QuarkusTest
class TraceContextTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String GATEWAY_SPAN = "b7ad6b7169203331";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void theEventsOfARequestCarryItsTraceContext() {
        Province p = Province.create(codec, mapper, em);
        String code = given().auth()
                .oauth2(p.officer)
                .header("traceparent", "00-" + TRACE + "-" + GATEWAY_SPAN + "-00")
                .contentType("application/json")
                .body(Map.of(
                        "procedureCode",
                        p.procedure,
                        "receivingUnitCode",
                        p.code + ".X1.MC",
                        "channel",
                        "DIRECT",
                        "applicant",
                        Map.of("name", "Trần Văn An", "phone", "0900000000"),
                        "components",
                        List.of(Map.of("name", "Tờ khai", "copies", 1))))
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        String payload = (String) em.createNativeQuery(
                        "select payload from outbox_event where event_key = :code and event_type = 'DossierReceived'")
                .setParameter("code", code)
                .getSingleResult();
        EventEnvelope event = codec.read(payload);
        assertNotNull(event.traceparent(), payload);
        String[] parts = event.traceparent().split("-");
        assertEquals(TRACE, parts[1], "the event belongs to the request's trace");
        assertNotEquals(GATEWAY_SPAN, parts[2], "its parent is dossiers' own server span");
    }
}
