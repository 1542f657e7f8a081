package vn.cchc.parindex.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Automatic criteria from dossier, posting and inspection events (replayed, late, after finalisation), and surveys. */
@QuarkusTest
class AutomaticCriteriaTest {

    static final String BASE = "/api/v1/par-index/assessments/";
    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;

    EnvelopeSent dossier(String type, String code, long version, String unitCode, OffsetDateTime received, OffsetDateTime resolved,
                         String classification, boolean apology, Boolean apologyTimely, Boolean dissatisfied) {
        String path = "/H23/H23.X1/" + unitCode + "/";
        DossierEventV1 d = new DossierEventV1(code, version, resolved == null ? "PROCESSING" : "RESOLVED", 0, "1.H23.KS", "Hộ tịch",
                unitCode, path, null, null, "ONLINE", received, received.plusDays(3), null, resolved, null, classification,
                apology, apologyTimely, "LATE".equals(classification), true, resolved != null, dissatisfied, received);
        EventEnvelope e = EventEnvelope.create("/cchc/dossiers", type, code, 1, OffsetDateTime.now(ZoneOffset.UTC), mapper.valueToTree(d));
        Fixture.send(codec, Topics.DOSSIERS, e);
        return new EnvelopeSent(e);
    }

    record EnvelopeSent(EventEnvelope envelope) {
    }

    Map<String, Object> automatic(String token, long id, String code) {
        List<Map<String, Object>> list = given().auth().oauth2(token).when().get(BASE + id + "/automatic")
                .then().statusCode(200).extract().path("findAll { it.code == '" + code + "' }");
        @SuppressWarnings("unchecked")
        Map<String, Object> computed = (Map<String, Object>) list.get(0).get("computed");
        return computed;
    }

    void awaitValue(String token, long id, String code, Predicate<Map<String, Object>> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> condition.test(automatic(token, id, code)));
    }

    long inbox(String consumer) {
        return ((Number) em.createNativeQuery("select count(*) from inbox_event where consumer = :c")
                .setParameter("c", consumer).getSingleResult()).longValue();
    }

    @Test
    void automaticValuesFollowEventsIdempotentlyAndFreezeAtFinalisation() {
        Fixture f = new Fixture("H23").units(codec, mapper, em).activeSet("H23-XA-2026", 2026);
        long id = f.startAssessment("H23.X1");
        OffsetDateTime t = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, VN);
        String mc = "H23.X1.MC";

        // three dossiers resolved: two on time, one late with a timely apology
        dossier(DossierEventV1.RECEIVED, "D1", 1, mc, t, null, null, false, null, null);
        dossier(DossierEventV1.RESOLVED, "D1", 3, mc, t, t.plusDays(1), "ON_TIME", false, null, null);
        EnvelopeSent d2 = dossier(DossierEventV1.RESOLVED, "D2", 2, mc, t, t.plusDays(2), "EARLY", false, null, null);
        dossier(DossierEventV1.RESOLVED, "D3", 4, mc, t, t.plusDays(6), "LATE", true, true, null);
        awaitValue(f.leader, id, "1.2.1", c -> Integer.valueOf(3).equals(c.get("denominator")));
        Map<String, Object> c = automatic(f.leader, id, "1.2.1");
        assertEquals(2, c.get("numerator"));
        assertEquals(66.67f, ((Number) c.get("value")).floatValue());
        assertEquals("cchc.dossiers.v1", c.get("source"));
        // 20 × 66.67 / 95 = 14.035… → 14.04
        assertEquals(14.04f, ((Number) c.get("score")).floatValue());

        // a replayed event (same id) and a late, older version change nothing
        long applied = inbox("par-index.dossiers");
        KafkaTestResource.produce(Topics.DOSSIERS, "D2", codec.write(d2.envelope()));
        dossier(DossierEventV1.RECEIVED, "D1", 1, mc, t, null, null, false, null, null);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox("par-index.dossiers") == applied + 1);
        c = automatic(f.leader, id, "1.2.1");
        assertEquals(3, c.get("denominator"));
        assertEquals(2, c.get("numerator"));

        // a late rating still counts; events in another year do not
        dossier(DossierEventV1.RATED, "D2", 1, mc, t, t.plusDays(2), "EARLY", false, null, Boolean.TRUE);
        dossier(DossierEventV1.RESOLVED, "D9", 2, mc, t.minusYears(1), t.minusYears(1).plusDays(1), "ON_TIME", false, null, null);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox("par-index.dossiers") == applied + 3);
        given().auth().oauth2(f.appraiser).queryParam("period", "2026-Q1").when().get("/api/v1/par-index/service-index/H23.X1")
                .then().statusCode(200)
                .body("groups.find { it.id == '2' }.indicators[0].numerator", equalTo(2),
                        "groups.find { it.id == '2' }.indicators[0].denominator", equalTo(3),
                        "groups.find { it.id == '1' }.indicators[0].state", equalTo("NOT_COMPUTABLE"));
        given().auth().oauth2(f.otherLeader).queryParam("period", "2026").when().get("/api/v1/par-index/service-index/H23.X1")
                .then().statusCode(404);
        given().auth().oauth2(f.leader).queryParam("period", "2026-13").when().get("/api/v1/par-index/service-index/H23.X1")
                .then().statusCode(400).body("violations[0].field", equalTo("period"));
        given().auth().oauth2(f.leader).queryParam("year", 2026).when().get("/api/v1/par-index/service-index/H23.X1/trend")
                .then().statusCode(200).body("size()", equalTo(12));

        // postings: the newest sequence wins, a late older one is ignored
        posting(mc, 2, 10, 9);
        posting(mc, 1, 10, 2);
        awaitValue(f.leader, id, "2.2", v -> Integer.valueOf(10).equals(v.get("denominator")));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox("par-index.posting") >= 2);
        assertEquals(9, automatic(f.leader, id, "2.2").get("numerator"));

        // inspections (tolerant shape): two remediation items, one completed, then a late "overdue" for it
        inspection("InspectionConcluded", Map.of("inspectionId", "KT-1", "unitCode", "H23.X1",
                "remediations", List.of(Map.of("id", "R1", "dueDate", "2026-06-30"), Map.of("id", "R2", "dueDate", "2026-06-30"))),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(2));
        // the shape of InspectionEventV1: the item nested in "remediation"
        inspection("RemediationCompleted", Map.of("inspectionId", "KT-1", "unitCode", "H23.X1", "unitPath", "/H23/H23.X1/",
                        "remediation", Map.of("itemId", "R1", "deadline", "2026-06-30", "status", "COMPLETED")),
                OffsetDateTime.now(ZoneOffset.UTC));
        inspection("RemediationOverdue", Map.of("inspectionId", "KT-1", "remediationId", "R1", "unitCode", "H23.X1"),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox("par-index.inspections") == 3);
        assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from remediation_fact where unit_code = 'H23.X1' "
                + "and status = 'COMPLETED'").getSingleResult()).longValue());

        // survey import: bad rows reject the whole file; good ones score the SURVEY criterion by its steps
        given().auth().oauth2(f.appraiser).contentType("text/csv").queryParam("year", 2026)
                .body("unitCode,key,value,respondents\nH23.X1,SIPAS.TOTAL,85.5,120\nH99.X1,SIPAS.TOTAL,101,1\n")
                .when().post("/api/v1/par-index/surveys/import").then().statusCode(400)
                .body("violations.field", equalTo(List.of("rows[1].unitCode", "rows[1].value")));
        given().auth().oauth2(f.leader).contentType("text/csv").queryParam("year", 2026)
                .body("unitCode,key,value\nH23.X1,SIPAS.TOTAL,85.5\n")
                .when().post("/api/v1/par-index/surveys/import").then().statusCode(403);
        given().auth().oauth2(f.appraiser).contentType("text/csv").queryParam("year", 2026)
                .body("unitCode,key,value,respondents,source\nH23.X1,SIPAS.TOTAL,85.5,120,SIPAS 2026\n")
                .when().post("/api/v1/par-index/surveys/import").then().statusCode(200).body("rows", equalTo(1));
        Map<String, Object> survey = automatic(f.leader, id, "1.2.2");
        assertEquals(85.5f, ((Number) survey.get("value")).floatValue());
        assertEquals(8.0f, ((Number) survey.get("score")).floatValue());

        // through the workflow to FINALISED: values are frozen, later events change nothing
        AssessmentWorkflowTest.act(f.leader, id, "submit", null).statusCode(200);
        AssessmentWorkflowTest.act(f.appraiser, id, "appraise", null).statusCode(200);
        AssessmentWorkflowTest.act(f.appraiser, id, "finalise", null).statusCode(200)
                .body("totalPoints", equalTo(40.04f));
        dossier(DossierEventV1.RESOLVED, "D4", 2, mc, t, t.plusDays(1), "ON_TIME", false, null, null);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox("par-index.dossiers") == applied + 4);
        c = automatic(f.leader, id, "1.2.1");
        assertEquals(Boolean.TRUE, c.get("frozen"));
        assertEquals(3, c.get("denominator"));
        given().auth().oauth2(f.leader).when().get(BASE + id + "/result").then().statusCode(200).body("totalPoints", equalTo(40.04f));
    }

    void posting(String unit, long sequence, int required, int compliant) {
        PostingComplianceEventV1 p = new PostingComplianceEventV1(unit, "/H23/H23.X1/" + unit + "/", LocalDate.of(2026, 5, 1),
                required, compliant, compliant, BigDecimal.valueOf(compliant * 100L / required), List.of(), List.of(), List.of(), sequence);
        Fixture.send(codec, Topics.POSTING, EventEnvelope.create("/cchc/procedures", PostingComplianceEventV1.CHANGED, unit, 1,
                OffsetDateTime.now(ZoneOffset.UTC), mapper.valueToTree(p)));
    }

    void inspection(String type, Map<String, Object> data, OffsetDateTime time) {
        Fixture.send(codec, Topics.INSPECTIONS, EventEnvelope.create("/cchc/inspections", type, "KT-1", 1, time,
                mapper.valueToTree(data)));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        long before = inbox("par-index.posting");
        KafkaTestResource.produce(Topics.POSTING, "X", "{not json");
        PostingComplianceEventV1 p = new PostingComplianceEventV1("H24.X1.MC", "/H24/H24.X1/H24.X1.MC/", LocalDate.of(2026, 5, 1),
                4, 4, 3, BigDecimal.valueOf(75), List.of(), List.of(), List.of(), 1);
        Fixture.send(codec, Topics.POSTING, EventEnvelope.create("/cchc/procedures", PostingComplianceEventV1.CHANGED, "H24.X1.MC", 1,
                OffsetDateTime.now(ZoneOffset.UTC), mapper.valueToTree(p)));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox("par-index.posting") == before + 1);
        given().auth().oauth2(new Fixture("H24").admin).contentType(ContentType.JSON).when().get("/api/v1/par-index/criteria-sets")
                .then().statusCode(200);
    }
}
