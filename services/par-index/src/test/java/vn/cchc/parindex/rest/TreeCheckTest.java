package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * {@code POST /criteria-sets/{id}/tree-check}: the criteria-set editor's totals check is the server's CriteriaTree
 * check, the one the save of the tree runs, with the save's body validation and access; nothing is written.
 */
@QuarkusTest
class TreeCheckTest {

    private static final String ADMIN = TestTokens.token("admin", "H99", "admin");
    private static final String ADMIN_OTHER = TestTokens.token("admin98", "H98", "admin");
    private static final String APPRAISER = TestTokens.token("appraiser", "H99", "appraiser");

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
                "Bộ tiêu chí cấp xã 2032",
                "year",
                2032,
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

    private static ValidatableResponse check(String token, Number set, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/par-index/criteria-sets/" + set + "/tree-check")
                .then();
    }

    /** Field 2 of {@link Fixture#tree()} with 2.1 raised to {@code points} (the fixture's is 20 of 40). */
    private static List<Object> withField2(Object points, Object bonus) {
        Map<String, Object> extra =
                Fixture.leaf("2.3", bonus, "SELF_APPRAISED", null, Map.of("type", "BONUS", "pointsPerItem", 1));
        return List.of(
                Fixture.tree().get(0),
                Fixture.inner(
                        "2",
                        40,
                        Fixture.leaf("2.1", points, "SELF_APPRAISED", null, Map.of("type", "YES_NO")),
                        Fixture.leaf(
                                "2.2",
                                20,
                                "AUTOMATIC",
                                "POSTING_COMPLIANCE_RATE",
                                Map.of("type", "QUANTITATIVE", "target", 100)),
                        extra));
    }

    @Test
    void aCorrectTreeIsOkWithItsTotalAndTheNodesThatDoNotCount() {
        Number set = draftSet("TC-OK-2032");
        check(ADMIN, set, Map.of("fields", withField2(20, 3)))
                .statusCode(200)
                .body(
                        "ok",
                        equalTo(true),
                        "fieldsTotal",
                        equalTo(100),
                        "maxPoints",
                        equalTo(100.0f),
                        "problems",
                        empty(),
                        "problemCount",
                        equalTo(0),
                        "notCounted",
                        contains("1.1.4", "2.3")); // penalty and bonus
    }

    @Test
    void aMismatchingTreeNamesTheNodeTheSumAndTheMaximumAsTheSaveDoes() {
        Number set = draftSet("TC-BAD-2032");
        Map<String, Object> body = Map.of("fields", withField2(25.5, 3));
        check(ADMIN, set, body)
                .statusCode(200)
                .body(
                        "ok",
                        equalTo(false),
                        "fieldsTotal",
                        equalTo(100),
                        "problemCount",
                        equalTo(1),
                        "problems[0].field",
                        equalTo("fields[1].maxPoints"),
                        "problems[0].rule",
                        equalTo("totals"),
                        "problems[0].code",
                        equalTo("2"),
                        "problems[0].sum",
                        equalTo(45.5f),
                        "problems[0].max",
                        equalTo(40),
                        "problems[0].message",
                        containsString("the children of 2 add up to 45.5 points"));
        // the save refuses the same tree with the same violation
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/par-index/criteria-sets/" + set + "/tree")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("fields[1].maxPoints"), "violations[0].rule", equalTo("totals"));

        // the set's total and a problem of the tree that is not a total
        List<Object> fields = List.of(
                Fixture.tree().get(0),
                Fixture.inner(
                        "2",
                        30,
                        Fixture.leaf(
                                "2.1", 30, "AUTOMATIC", "NO_SUCH_KEY", Map.of("type", "QUANTITATIVE", "target", 100))));
        check(ADMIN, set, Map.of("fields", fields))
                .statusCode(200)
                .body(
                        "ok",
                        equalTo(false),
                        "fieldsTotal",
                        equalTo(90),
                        "problemCount",
                        equalTo(2),
                        "problems.rule",
                        contains("indicatorKey", "totals"),
                        "problems[0].field",
                        equalTo("fields[1].children[0].indicatorKey"),
                        "problems[0].code",
                        equalTo("2.1"),
                        "problems[0].sum",
                        nullValue(),
                        "problems[1].field",
                        equalTo("maxPoints"),
                        "problems[1].code",
                        nullValue(),
                        "problems[1].sum",
                        equalTo(90),
                        "problems[1].max",
                        equalTo(100.0f)); // the set's, as stored
    }

    @Test
    void aBodyTheSaveRefusesIs400() {
        Number set = draftSet("TC-400-2032");
        check(ADMIN, set, Map.of())
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("fields"));
        Map<String, Object> noName =
                new HashMap<>(Fixture.leaf("1", 100, "SELF_APPRAISED", null, Map.of("type", "MANUAL")));
        noName.put("name", " ");
        check(ADMIN, set, Map.of("fields", List.of(noName)))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("fields[0].name"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"fields\": [")
                .when()
                .post("/api/v1/par-index/criteria-sets/" + set + "/tree-check")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheSetsAdminsMayCheckAndNothingIsWritten() {
        Number set = draftSet("TC-ACL-2032");
        Map<String, Object> body = Map.of("fields", withField2(25.5, 3));
        check(ADMIN_OTHER, set, body)
                .statusCode(404)
                .contentType("application/problem+json"); // another province, as PUT
        check(APPRAISER, set, body).statusCode(403).contentType("application/problem+json"); // reads drafts, saves none
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/par-index/criteria-sets/" + set + "/tree-check")
                .then()
                .statusCode(401);

        check(ADMIN, set, body).statusCode(200).body("ok", equalTo(false));
        check(
                        ADMIN,
                        set,
                        Map.of(
                                "fields",
                                List.of(Fixture.leaf("1", 100, "SELF_APPRAISED", null, Map.of("type", "MANUAL")))))
                .statusCode(200)
                .body("ok", equalTo(true));
        given().auth()
                .oauth2(ADMIN)
                .when()
                .get("/api/v1/par-index/criteria-sets/" + set)
                .then()
                .statusCode(200)
                .body(
                        "nodeCount",
                        equalTo(12),
                        "fields[1].children.code",
                        contains("2.1", "2.2"),
                        "fields[1].children[0].maxPoints",
                        equalTo(20.0f),
                        "set.status",
                        equalTo("DRAFT"));
    }
}
