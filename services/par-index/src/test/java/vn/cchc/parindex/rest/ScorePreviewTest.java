package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * {@code POST /criteria-sets/{id}/criteria/{code}/score-preview}: the SPA's score preview is the server's ScoringRule
 * (BigDecimal), with the save's validation and the set's access.
 */
@QuarkusTest
class ScorePreviewTest {

    private static final String ADMIN = TestTokens.token("admin", "H99", "admin");
    private static final String ADMIN_OTHER = TestTokens.token("admin98", "H98", "admin");
    private static final String LEADER = TestTokens.token("leader", "H99.X01", "leader");

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @BeforeEach
    void units() {
        Fixture.ensureUnits(codec, mapper, em, Map.of("H99", "/H99/", "H99.X01", "/H99/H99.X01/", "H98", "/H98/"));
    }

    private static Number draftSet(String code) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "code",
                code,
                "name",
                "Bộ tiêu chí cấp xã 2031",
                "year",
                2031,
                "level",
                "COMMUNE",
                "province",
                "H99",
                "maxPoints",
                100));
        body.put("fields", Fixture.tree());
        return given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static ValidatableResponse preview(String token, Number set, String code, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("value", value);
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/par-index/criteria-sets/" + set + "/criteria/" + code + "/score-preview")
                .then();
    }

    @Test
    void everyRuleTypeScoresAsTheServerDoes() {
        Number set = draftSet("PV-2031");
        given().auth()
                .oauth2(ADMIN)
                .when()
                .post("/api/v1/par-index/criteria-sets/" + set + "/activate")
                .then()
                .statusCode(200);
        preview(LEADER, set, "1.1.1", 7.5)
                .statusCode(200)
                .body(
                        "code",
                        equalTo("1.1.1"),
                        "points",
                        equalTo(7.5f),
                        "maxPoints",
                        equalTo(10.0f),
                        "countsTowardsMaximum",
                        equalTo(true));
        preview(LEADER, set, "1.1.1", null)
                .statusCode(200)
                .body("points", equalTo(0.0f), "value", nullValue()); // no data: ZERO
        preview(LEADER, set, "1.1.2", 1).statusCode(200).body("points", equalTo(10.0f));
        preview(LEADER, set, "1.1.3", 3).statusCode(200).body("points", equalTo(7.5f)); // 3 × 2.5
        preview(LEADER, set, "1.1.3", 5).statusCode(200).body("points", equalTo(10.0f)); // capped at the maximum
        preview(LEADER, set, "1.1.4", 2)
                .statusCode(200)
                .body("points", equalTo(-2.0f), "countsTowardsMaximum", equalTo(false));
        preview(LEADER, set, "1.2.1", 47.5)
                .statusCode(200)
                .body("points", equalTo(10.0f)); // proportional: 20 × 47.5 / 95
        preview(LEADER, set, "1.2.1", 33.33)
                .statusCode(200)
                .body("points", equalTo(7.02f)); // 7.0168… half up, BigDecimal
        preview(LEADER, set, "1.2.2", 75).statusCode(200).body("points", equalTo(5.0f)); // step 70 → half of 10
        preview(LEADER, set, "1.2.2", 90).statusCode(200).body("points", equalTo(10.0f)); // target reached
    }

    @Test
    void valuesTheSaveRefusesAreRefusedNamingTheField() {
        Number set = draftSet("PV-BAD-2031");
        preview(ADMIN, set, "1.1.1", 7.3)
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "violations[0].field",
                        equalTo("value"),
                        "violations[0].rule",
                        equalTo("quarter"),
                        "violations[0].message",
                        containsString("0.25"));
        preview(ADMIN, set, "1.1.1", 10.25)
                .statusCode(400)
                .body(
                        "violations[0].rule",
                        equalTo("aboveMax"),
                        "violations[0].message",
                        containsString("maximum of 10"));
        preview(ADMIN, set, "1.1.2", 2)
                .statusCode(400)
                .body("violations[0].field", equalTo("value"), "violations[0].rule", equalTo("yesNo"));
        preview(ADMIN, set, "1.1.3", 1.5)
                .statusCode(400)
                .body("violations[0].rule", equalTo("whole"), "violations[0].message", containsString("whole number"));
        preview(ADMIN, set, "1.1.3", -1)
                .statusCode(400)
                .body("violations[0].field", equalTo("value"), "violations[0].rule", equalTo("negative"));
        preview(ADMIN, set, "1.1.1", 1.125)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("value")); // more than 2 decimals
        preview(ADMIN, set, "1.1.1", "abc").statusCode(400).contentType("application/problem+json");
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"value\": ")
                .when()
                .post("/api/v1/par-index/criteria-sets/" + set + "/criteria/1.1.1/score-preview")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        preview(ADMIN, set, "1.1", 1).statusCode(400).body("violations[0].field", equalTo("code"));
        preview(ADMIN, set, "9.9", 1).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDraftSetIsPreviewedOnlyByThoseWhoMayReadIt() {
        Number set = draftSet("PV-ACL-2031");
        preview(ADMIN, set, "1.1.1", 5).statusCode(200).body("points", equalTo(5.0f));
        preview(ADMIN_OTHER, set, "1.1.1", 5)
                .statusCode(404)
                .contentType("application/problem+json"); // another province
        preview(LEADER, set, "1.1.1", 5).statusCode(404); // drafts: admins, appraisers
        given().contentType(ContentType.JSON)
                .body(Map.of("value", 5))
                .when()
                .post("/api/v1/par-index/criteria-sets/" + set + "/criteria/1.1.1/score-preview")
                .then()
                .statusCode(401);
    }
}
