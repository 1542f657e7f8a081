package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Files;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.event.EventCodec;

/** Self-assessment with shared evidence → submission with confirmation → appraisal → explanation → ranking. */
@QuarkusTest
class AssessmentWorkflowTest {

    static final String BASE = "/api/v1/par-index/assessments/";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    static ValidatableResponse put(String token, long id, String code, String stage, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(BASE + id + "/criteria/" + code + "/" + stage)
                .then();
    }

    static ValidatableResponse act(String token, long id, String action, Object body) {
        var req = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            req = req.body(body);
        }
        return req.when().post(BASE + id + "/actions/" + action).then();
    }

    static String upload(String token, long id, String name, String type, byte[] content) {
        return given().auth()
                .oauth2(token)
                .contentType(type)
                .queryParam("filename", name)
                .body(content)
                .when()
                .post(BASE + id + "/evidence")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> self(Object value, List<String> evidence) {
        Map<String, Object> m = new HashMap<>();
        m.put("value", value);
        m.put("evidenceIds", evidence);
        return m;
    }

    @Test
    void theWholeWorkflowWithSharedEvidenceMissingEvidenceConfirmationAndExplanation() {
        Fixture f = new Fixture("H21").units(codec, mapper, em).activeSet("H21-XA-2026", 2026);
        long id = f.startAssessment("H21.X1");

        // the other commune, an appraiser of another province and an officer at the province root (a role without
        // PAR rights) see nothing; the province's appraiser sees it
        given().auth()
                .oauth2(f.otherLeader)
                .when()
                .get(BASE + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(f.outsider).when().get(BASE + id).then().statusCode(404);
        given().auth().oauth2(f.provinceOfficer).when().get(BASE + id).then().statusCode(404);
        given().auth().oauth2(f.appraiser).when().get(BASE + id).then().statusCode(200);
        given().auth()
                .oauth2(f.otherLeader)
                .when()
                .get(BASE)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        // one document, uploaded once, backs two criteria
        String report =
                upload(f.specialist, id, "Báo cáo CCHC 2026.pdf", "application/pdf", "%PDF-1.4 báo cáo".getBytes());
        put(f.specialist, id, "1.1.1", "self", self(7.5, List.of(report))).statusCode(200);
        put(f.leader, id, "1.1.2", "self", self(1, List.of(report))).statusCode(200);
        put(f.leader, id, "1.1.3", "self", self(3, List.of()))
                .statusCode(200)
                .body("missingEvidence.code", equalTo(List.of("1.1.3")));
        put(f.leader, id, "2.1", "self", self(1, null))
                .statusCode(200)
                .body("missingEvidence.code", containsInAnyOrder("1.1.3", "2.1"))
                .body("totals.selfPoints", equalTo(45.0f));

        // bad input: a value the rule refuses, an unknown criterion, an automatic criterion, a foreign document
        put(f.leader, id, "1.1.1", "self", self(11, null))
                .statusCode(400)
                .body("violations[0].field", equalTo("value"), "violations[0].rule", equalTo("aboveMax"));
        put(f.leader, id, "1.1.2", "self", self(0.5, null))
                .statusCode(400)
                .body("violations[0].rule", equalTo("yesNo"));
        put(f.leader, id, "9.9", "self", self(1, null)).statusCode(404);
        put(f.leader, id, "1.2.1", "self", self(1, null)).statusCode(400).body("violations[0].rule", equalTo("method"));
        put(f.leader, id, "1.1", "self", self(1, null)).statusCode(400).body("violations[0].rule", equalTo("leaf"));
        put(f.leader, id, "1.1.1", "self", self(7.5, List.of("00000000-0000-0000-0000-000000000000")))
                .statusCode(400)
                .body("violations[0].field", equalTo("evidenceIds"));
        // other people may not fill it in
        put(f.otherLeader, id, "1.1.1", "self", self(10, null)).statusCode(404);
        put(f.appraiser, id, "1.1.1", "self", self(10, null)).statusCode(403);

        // steps out of order and by the wrong people
        act(f.appraiser, id, "appraise", null).statusCode(409);
        act(f.appraiser, id, "submit", null).statusCode(403);
        act(f.leader, id, "publish", null).statusCode(403);
        act(f.leader, id, "fly", null).statusCode(404);

        // submission without confirming the two criteria lacking evidence: 409 listing them, nothing changes
        act(f.leader, id, "submit", Map.of("confirmMissingEvidence", List.of("2.1")))
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "violations",
                        hasSize(1),
                        "violations[0].rule",
                        equalTo("evidenceMissing"),
                        "violations[0].message",
                        containsString("1.1.3"));
        given().auth().oauth2(f.leader).when().get(BASE + id).then().body("assessment.status", equalTo("DRAFT"));
        act(f.leader, id, "submit", Map.of("confirmMissingEvidence", List.of("2.1", "1.1.3")))
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"), "missingEvidenceConfirmed", containsInAnyOrder("1.1.3", "2.1"));
        assertEquals(1L, outbox("ParCriteriaClaimedWithoutEvidence", id));
        String payload = (String) em.createNativeQuery("select payload from outbox_event where event_type = "
                        + "'ParCriteriaClaimedWithoutEvidence' and event_key = '" + id + "'")
                .getSingleResult();
        assertTrue(payload.contains("\"1.1.3\"") && payload.contains("\"2.1\"") && payload.contains("H21.X1"), payload);

        // the unit can no longer change it
        put(f.leader, id, "1.1.1", "self", self(10, null)).statusCode(409);
        act(f.leader, id, "submit", null).statusCode(409);

        // appraisal: 2.1 lacks evidence → 0; the rest accepted
        put(f.leader, id, "2.1", "appraisal", Map.of("value", 0)).statusCode(403);
        put(f.appraiser, id, "2.1", "appraisal", Map.of("value", 0, "comment", "Không có tài liệu kiểm chứng"))
                .statusCode(200)
                .body("totals.currentPoints", equalTo(25.0f));
        act(f.appraiser, id, "appraise", null).statusCode(200).body("status", equalTo("APPRAISED"));

        // explanation with a new document
        String decision = upload(
                f.leader,
                id,
                "QĐ ban hành kế hoạch.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Files.docx());
        put(
                        f.leader,
                        id,
                        "2.1",
                        "explanation",
                        Map.of("explanation", "Bổ sung quyết định ban hành kế hoạch", "evidenceIds", List.of(decision)))
                .statusCode(200);
        act(f.leader, id, "explain", null).statusCode(200).body("status", equalTo("EXPLANATION"));
        put(f.appraiser, id, "2.1", "appraisal", Map.of("value", 1, "comment", "Chấp nhận giải trình"))
                .statusCode(200);
        act(f.appraiser, id, "reappraise", null).statusCode(200).body("status", equalTo("REAPPRAISED"));

        // not public before publication
        given().auth()
                .oauth2(f.otherLeader)
                .when()
                .get(BASE + id + "/result")
                .then()
                .statusCode(404);
        act(f.appraiser, id, "finalise", null)
                .statusCode(200)
                .body(
                        "status",
                        equalTo("FINALISED"),
                        "totalPoints",
                        equalTo(45.0f),
                        "percent",
                        equalTo(45.0f),
                        "rankGroup",
                        equalTo("C"));
        act(f.appraiser, id, "finalise", null).statusCode(409);
        act(f.admin, id, "publish", null).statusCode(200).body("status", equalTo("PUBLISHED"));
        assertEquals(1L, outbox("ParResultPublished", id));

        // published: the result and the ranking are visible to everyone, the detail and evidence are not
        given().auth()
                .oauth2(f.otherLeader)
                .when()
                .get(BASE + id + "/result")
                .then()
                .statusCode(200)
                .body(
                        "totalPoints",
                        equalTo(45.0f),
                        "fields[0].points",
                        equalTo(25.0f),
                        "fields[1].points",
                        equalTo(20.0f));
        given().auth()
                .oauth2(f.otherLeader)
                .when()
                .get(BASE + id + "/evidence")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(f.otherLeader)
                .queryParam("year", 2026)
                .queryParam("level", "COMMUNE")
                .when()
                .get("/api/v1/par-index/rankings")
                .then()
                .statusCode(200)
                .body("rows.unitCode", hasItem("H21.X1"));
        given().auth()
                .oauth2(f.leader)
                .when()
                .get(BASE + id + "/evidence")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + report + "' }.linkedCriteria", equalTo(List.of("1.1.1", "1.1.2")));
        byte[] content = given().auth()
                .oauth2(f.appraiser)
                .when()
                .get(BASE + id + "/evidence/" + report + "/content")
                .then()
                .statusCode(200)
                .header("Content-Type", containsString("application/pdf"))
                .extract()
                .asByteArray();
        assertEquals("%PDF-1.4 báo cáo", new String(content));
    }

    @Test
    void evidenceFilesAreCheckedAndAssessmentsAreOnePerUnitAndSet() {
        Fixture f = new Fixture("H22").units(codec, mapper, em).activeSet("H22-XA-2026", 2026);
        long id = f.startAssessment("H22.X1");
        given().auth()
                .oauth2(f.leader)
                .contentType(ContentType.JSON)
                .body(Map.of("criteriaSetId", f.setId, "unitCode", "H22.X1"))
                .when()
                .post(BASE)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(f.leader)
                .contentType(ContentType.JSON)
                .body(Map.of("criteriaSetId", f.setId, "unitCode", "H22.X2"))
                .when()
                .post(BASE)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(f.admin)
                .contentType(ContentType.JSON)
                .body(Map.of("criteriaSetId", f.setId, "unitCode", "H22.X9"))
                .when()
                .post(BASE)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("unitCode"));
        given().auth()
                .oauth2(f.leader)
                .contentType("text/html")
                .queryParam("filename", "x.html")
                .body("<script>".getBytes())
                .when()
                .post(BASE + id + "/evidence")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("Content-Type"));
        given().auth()
                .oauth2(f.leader)
                .contentType("application/pdf")
                .body(Files.pdf())
                .when()
                .post(BASE + id + "/evidence")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("filename"));
        given().auth()
                .oauth2(f.otherLeader)
                .contentType("application/pdf")
                .queryParam("filename", "a.pdf")
                .body(Files.pdf())
                .when()
                .post(BASE + id + "/evidence")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(f.appraiser)
                .contentType("application/pdf")
                .queryParam("filename", "a.pdf")
                .body(Files.pdf())
                .when()
                .post(BASE + id + "/evidence")
                .then()
                .statusCode(403);
        String doc = upload(f.leader, id, "a.pdf", "application/pdf", Files.pdf());
        given().auth()
                .oauth2(f.otherLeader)
                .when()
                .get(BASE + id + "/evidence/" + doc + "/content")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(f.outsider)
                .when()
                .get(BASE + id + "/evidence/" + doc + "/content")
                .then()
                .statusCode(404);
        given().when().get(BASE + id).then().statusCode(401);
    }

    long outbox(String type, long id) {
        return ((Number) em.createNativeQuery(
                                "select count(*) from outbox_event where event_type = :t and event_key = :k")
                        .setParameter("t", type)
                        .setParameter("k", String.valueOf(id))
                        .getSingleResult())
                .longValue();
    }
}
