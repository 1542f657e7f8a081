package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * {@code GET /api/v1/par-index/work-counts} (issue 17 §4): the appraiser's counts, each equal to the total of the
 * assessment list it links to, moved by its own province's assessments only; other roles get 403.
 */
@QuarkusTest
class WorkCountsTest {

    /** Each count and the list that holds it (what the SPA links to). */
    static final Map<String, String> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("waitingAppraisal", "SUBMITTED");
        LISTS.put("waitingReappraisal", "EXPLANATION");
    }

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    JsonPath counts(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/par-index/work-counts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    long listed(String token, String status) {
        return given().auth()
                .oauth2(token)
                .queryParam("status", status)
                .queryParam("size", 1)
                .when()
                .get("/api/v1/par-index/assessments")
                .then()
                .statusCode(200)
                .extract()
                .<Number>path("total")
                .longValue();
    }

    static Map<String, Long> two(JsonPath json) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String k : LISTS.keySet()) {
            m.put(k, json.getLong(k));
        }
        return m;
    }

    long start(Fixture f, String unit, String status) {
        Number id = given().auth()
                .oauth2(f.admin)
                .contentType("application/json")
                .body(Map.of("criteriaSetId", f.setId, "unitCode", unit))
                .when()
                .post("/api/v1/par-index/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("assessment.id");
        // the state the unit and the appraiser would bring it to
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update assessment set status = :s where id = :id")
                        .setParameter("s", status)
                        .setParameter("id", id.longValue())
                        .executeUpdate());
        return id.longValue();
    }

    @Test
    void countsWhatWaitsForTheAppraiserAsTheListsItLinksTo() {
        Fixture f = new Fixture("H31")
                .units(codec, mapper, em)
                .activeSet(
                        "H31-WC-"
                                + java.util.concurrent.ThreadLocalRandom.current()
                                        .nextInt(100000, 999999),
                        2026);
        Fixture other = new Fixture("H32").units(codec, mapper, em);
        Map<String, Long> before = two(counts(f.appraiser));
        Map<String, Long> otherBefore = two(counts(other.appraiser));

        start(f, "H31.X1", "SUBMITTED");
        start(f, "H31.X2", "EXPLANATION");
        start(f, "H31.X1.MC", "DRAFT");

        JsonPath json = counts(f.appraiser);
        assertEquals("H31", json.getString("province"));
        assertEquals(before.get("waitingAppraisal") + 1, json.getLong("waitingAppraisal"));
        assertEquals(before.get("waitingReappraisal") + 1, json.getLong("waitingReappraisal"));
        for (var e : LISTS.entrySet()) {
            assertEquals(json.getLong(e.getKey()), listed(f.appraiser, e.getValue()), e.getKey());
        }
        assertEquals(otherBefore, two(counts(other.appraiser)), "another province's appraiser: unchanged");
        for (var e : LISTS.entrySet()) {
            assertEquals(otherBefore.get(e.getKey()), listed(other.appraiser, e.getValue()), e.getKey());
        }
    }

    @Test
    void onlyAnAppraiserOfAKnownProvinceGetsCounts() {
        Fixture f = new Fixture("H31").units(codec, mapper, em);
        for (String token : List.of(
                f.leader,
                f.admin,
                f.provinceOfficer,
                TestTokens.token("inspector-H31", "H31.SNV", "inspector"),
                f.outsider,
                TestTokens.token("appraiser-nounit", null, "appraiser"),
                TestTokens.token("citizen-H31", null, "citizen"))) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/par-index/work-counts")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
        }
        given().when().get("/api/v1/par-index/work-counts").then().statusCode(401);
    }
}
