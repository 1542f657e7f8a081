package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.procedures.Fixtures.catalogueOf;
import static vn.cchc.procedures.Fixtures.create;
import static vn.cchc.procedures.Fixtures.createUnit;
import static vn.cchc.procedures.Fixtures.decideAs;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.saveDraft;
import static vn.cchc.procedures.Fixtures.suffix;
import static vn.cchc.procedures.Fixtures.unit;
import static vn.cchc.procedures.Fixtures.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * Niêm yết: a commune one-stop must post the commune procedures of its field that are in force; the
 * report finds what is expired but still posted, missing, or outdated, and announces changes.
 */
@QuarkusTest
class PostingResourceTest {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    String p;
    String point;
    String field;
    String officer;
    String a;
    String b;
    String c;
    String old;
    String catalogue;

    @BeforeEach
    void province() {
        vn.cchc.procedures.Fixtures.h99();
        p = "T" + suffix();
        point = p + ".X1.MC";
        field = "Lĩnh vực " + p;
        createUnit(unit(p, "Tỉnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()));
        createUnit(unit(p + ".X1", "Xã Một", "ADMINISTRATION", "COMMUNE", p, false, List.of()));
        createUnit(unit(
                point,
                "Trung tâm Phục vụ hành chính công xã Một",
                "ONE_STOP",
                "COMMUNE",
                p + ".X1",
                true,
                List.of(field)));
        createUnit(unit(p + ".X2", "Xã Hai", "ADMINISTRATION", "COMMUNE", p, false, List.of()));
        createUnit(unit(p + ".X2.MC", "Trung tâm xã Hai", "ONE_STOP", "COMMUNE", p + ".X2", true, List.of(field)));
        officer = TestTokens.token("officer", p + ".X1", "officer");
        a = p + ".A";
        b = p + ".B";
        c = p + ".C";
        old = p + ".OLD";
        catalogue = catalogueOf(p);
        for (String code : List.of(a, b, c, old)) {
            create(catalogue, procedure(code, "Thủ tục " + code, field, "COMMUNE"));
        }
        create(catalogue, procedure(p + ".PROV", "Thủ tục cấp tỉnh", field, "PROVINCE"));
        decideAs(
                        catalogue,
                        "1/QĐ-UBND",
                        "2025-06-01",
                        "2025-07-01",
                        a + ":PUBLISH",
                        b + ":PUBLISH",
                        c + ":PUBLISH",
                        old + ":PUBLISH",
                        p + ".PROV:PUBLISH")
                .then()
                .statusCode(201);
    }

    @Test
    void theReportFindsStaleMissingAndOutdatedPostings() throws Exception {
        put(
                        officer,
                        point,
                        List.of(Map.of("procedureCode", a), Map.of("procedureCode", c), Map.of("procedureCode", old)))
                .then()
                .statusCode(200)
                .body("items.procedureCode", equalTo(List.of(a, c, old)));
        // C is amended, OLD abolished: the point still shows C version 1 and OLD
        saveDraft(catalogue, c, with(procedure(c, "Thủ tục C (sửa đổi)", field, "COMMUNE"), "fees", List.of()))
                .then()
                .statusCode(200);
        decideAs(catalogue, "2/QĐ-UBND", "2025-10-01", "2025-11-01", c + ":AMEND", old + ":ABOLISH")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .statusCode(200)
                .body(
                        "required",
                        equalTo(3),
                        "posted",
                        equalTo(3),
                        "compliant",
                        equalTo(1),
                        "complianceRate",
                        equalTo(33.33f),
                        "stalePosted.procedureCode",
                        equalTo(List.of(old)),
                        "stalePosted[0].state",
                        equalTo("ABOLISHED"),
                        "missing.procedureCode",
                        equalTo(List.of(b)),
                        "outdated.procedureCode",
                        equalTo(List.of(c)),
                        "outdated[0].versionInForce",
                        equalTo(2));
        // as of before the amendment and the abolition, only B is missing
        given().auth()
                .oauth2(officer)
                .queryParam("asOf", "2025-10-15")
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .body(
                        "compliant",
                        equalTo(3),
                        "missing.procedureCode",
                        equalTo(List.of(b)),
                        "stalePosted",
                        equalTo(List.of()),
                        "outdated",
                        equalTo(List.of()));

        JsonNode changed = lastCompliance(point, "\"stalePosted\":[\"" + old + "\"]", "\"missing\":[\"" + b + "\"]");
        assertEquals(List.of(old), List.of(changed.at("/data/stalePosted/0").asText()));
        assertEquals(c, changed.at("/data/outdated/0").asText());
        assertEquals(
                "/" + p + "/" + p + ".X1/" + point + "/",
                changed.at("/data/unitPath").asText());

        // fixing it: take OLD down, post B, update C
        given().auth()
                .oauth2(officer)
                .when()
                .delete("/api/v1/procedures/postings/" + point + "/items/" + old)
                .then()
                .statusCode(200);
        post(officer, point, Map.of("procedureCode", b)).then().statusCode(200);
        post(officer, point, Map.of("procedureCode", c))
                .then()
                .statusCode(200)
                .body("items.find { it.procedureCode == '" + c + "' }.version", equalTo(2));
        given().auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .body("compliant", equalTo(3), "complianceRate", equalTo(100.0f));
        lastCompliance(point, "\"stalePosted\":[]", "\"missing\":[]", "\"outdated\":[]");

        // the public sees what is posted
        given().when()
                .get("/api/v1/procedures/postings/" + point)
                .then()
                .statusCode(200)
                .body("unitName", equalTo("Trung tâm Phục vụ hành chính công xã Một"), "items.size()", equalTo(3));
    }

    @Test
    void theProvinceSummaryCountsEveryReceivingPoint() {
        put(officer, point, List.of(Map.of("procedureCode", a))).then().statusCode(200);
        // an inspector of another province reads nothing of this one (issue 11: H98 read H99's compliance)
        String foreign = TestTokens.token("inspector", "H99.SNV", "inspector");
        given().auth()
                .oauth2(foreign)
                .queryParam("unit", p)
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(foreign)
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .statusCode(403);
        String inspector = TestTokens.token("inspector", p, "inspector");
        given().auth()
                .oauth2(inspector)
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(200)
                .body("unitCode", equalTo(p));
        given().auth()
                .oauth2(inspector)
                .queryParam("unit", p)
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(200)
                .body(
                        "units.unitCode",
                        equalTo(List.of(point, p + ".X2.MC")),
                        "units[0].missing",
                        equalTo(3),
                        "units[1].missing",
                        equalTo(4),
                        "totals.required",
                        equalTo(8),
                        "totals.compliant",
                        equalTo(1),
                        "totals.complianceRate",
                        equalTo(12.5f));
    }

    @Test
    void onlyTheUnitsOwnStaffChangeItsPosting() {
        String otherOfficer = TestTokens.token("officer", p + ".X2", "officer");
        String specialist = TestTokens.token("specialist", p + ".X1", "specialist");
        put(otherOfficer, point, List.of(Map.of("procedureCode", a)))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        put(specialist, point, List.of(Map.of("procedureCode", a))).then().statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("items", List.of()))
                .when()
                .put("/api/v1/procedures/postings/" + point)
                .then()
                .statusCode(401);
        // a leader of the province (above the unit) may
        put(TestTokens.token("leader", p, "leader"), point, List.of(Map.of("procedureCode", a)))
                .then()
                .statusCode(200);
        // reports outside one's unit: 403; inside: 200
        given().auth()
                .oauth2(otherOfficer)
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(otherOfficer)
                .when()
                .get("/api/v1/procedures/compliance/" + p + ".X2.MC")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.token("citizen", null, "citizen"))
                .when()
                .get("/api/v1/procedures/compliance/" + point)
                .then()
                .statusCode(403);
    }

    @Test
    void badPostingsAreRefusedWholeAndNamed() {
        put(officer, point, List.of(Map.of("procedureCode", a))).then().statusCode(200);
        create(catalogue, procedure(p + ".DRAFT", "Chưa công bố", field, "COMMUNE"));
        put(
                        officer,
                        point,
                        List.of(
                                Map.of("procedureCode", b),
                                Map.of("procedureCode", "NO.SUCH"),
                                Map.of("procedureCode", p + ".DRAFT"),
                                Map.of("procedureCode", c, "version", 7),
                                Map.of("procedureCode", b)))
                .then()
                .statusCode(400)
                .body(
                        "violations.field",
                        equalTo(List.of(
                                "items[1].procedureCode",
                                "items[2].procedureCode",
                                "items[3].version",
                                "items[4].procedureCode")),
                        "violations.rule",
                        equalTo(List.of("exists", "inForce", "published", "unique")));
        given().when()
                .get("/api/v1/procedures/postings/" + point)
                .then()
                .body("items.procedureCode", equalTo(List.of(a)));
        given().when().get("/api/v1/procedures/postings/" + p + ".X1").then().statusCode(404);
        // taking down what is not posted changes nothing; an unknown procedure is 404
        given().auth()
                .oauth2(officer)
                .when()
                .delete("/api/v1/procedures/postings/" + point + "/items/" + b)
                .then()
                .statusCode(200)
                .body("items.procedureCode", equalTo(List.of(a)));
        given().auth()
                .oauth2(officer)
                .when()
                .delete("/api/v1/procedures/postings/" + point + "/items/NO.SUCH")
                .then()
                .statusCode(404);
    }

    private static io.restassured.response.Response put(String token, String unit, List<Map<String, Object>> items) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("items", items))
                .when()
                .put("/api/v1/procedures/postings/" + unit);
    }

    private static io.restassured.response.Response post(String token, String unit, Map<String, Object> item) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(item)
                .when()
                .post("/api/v1/procedures/postings/" + unit + "/items");
    }

    private JsonNode lastCompliance(String unit, String... contains) throws Exception {
        var record = KafkaTestResource.awaitRecord(
                Topics.POSTING,
                r -> unit.equals(r.key()) && java.util.Arrays.stream(contains).allMatch(r.value()::contains),
                Duration.ofSeconds(20));
        return json.readTree(record.value());
    }
}
