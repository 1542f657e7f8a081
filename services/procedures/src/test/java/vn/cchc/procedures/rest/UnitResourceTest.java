package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.procedures.Fixtures.ADMIN;
import static vn.cchc.procedures.Fixtures.adminOf;
import static vn.cchc.procedures.Fixtures.createUnit;
import static vn.cchc.procedures.Fixtures.suffix;
import static vn.cchc.procedures.Fixtures.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/** Units: tree paths, validity, mergers, import all-or-nothing, events, admin only. */
@QuarkusTest
class UnitResourceTest {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    void aTreeWithPathsValidityAndMergersIsAnnounced() throws Exception {
        String p = "T" + suffix();
        createUnit(unit(p, "Tỉnh thử nghiệm", "ADMINISTRATION", "PROVINCE", null, false, List.of()));
        createUnit(unit(p + ".X1", "Xã Một", "ADMINISTRATION", "COMMUNE", p, false, List.of()));
        createUnit(unit(
                p + ".X1.MC",
                "Trung tâm Phục vụ hành chính công xã Một",
                "ONE_STOP",
                "COMMUNE",
                p + ".X1",
                true,
                List.of("Hộ tịch")));
        createUnit(unit(p + ".X2", "Xã Hai", "ADMINISTRATION", "COMMUNE", p, false, List.of()));

        given().when()
                .get("/api/v1/procedures/units/" + p + ".X1.MC")
                .then()
                .statusCode(200)
                .body(
                        "path",
                        equalTo("/" + p + "/" + p + ".X1/" + p + ".X1.MC/"),
                        "receivesDossiers",
                        equalTo(true),
                        "fields",
                        equalTo(List.of("Hộ tịch")),
                        "name",
                        equalTo("Trung tâm Phục vụ hành chính công xã Một"));
        given().when()
                .get("/api/v1/procedures/units/" + p + "/children")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of(p + ".X1", p + ".X2")));

        // Xã Hai merges into Xã Một: gone from today's list, kept in history
        given().auth()
                .oauth2(adminOf(p))
                .contentType(ContentType.JSON)
                .body(Map.of("successorCode", p + ".X1", "lastDay", "2026-06-30"))
                .when()
                .post("/api/v1/procedures/units/" + p + ".X2/merge")
                .then()
                .statusCode(200)
                .body("successorCode", equalTo(p + ".X1"), "validTo", equalTo("2026-06-30"));
        given().queryParam("q", p)
                .queryParam("asOf", "2026-07-01")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/procedures/units")
                .then()
                .body("items.code", not(hasItem(p + ".X2")));
        given().queryParam("q", p)
                .queryParam("includeHistory", true)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/procedures/units")
                .then()
                .body("items.code", hasItem(p + ".X2"));
        given().queryParam("q", "xa hai " + p)
                .queryParam("asOf", "2026-06-01")
                .when()
                .get("/api/v1/procedures/units")
                .then()
                .body("total", equalTo(1));

        JsonNode merged = lastEvent(p + ".X2");
        assertEquals("UnitChanged", merged.get("type").asText());
        assertEquals(p + ".X1", merged.at("/data/successorCode").asText());
        assertEquals("/" + p + "/" + p + ".X2/", merged.at("/data/path").asText());
        assertEquals(2, merged.at("/data/version").asInt());
    }

    @Test
    void movingAUnitMovesItsSubtree() {
        String p = "T" + suffix();
        createUnit(unit(p, "Tỉnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()));
        createUnit(unit(p + ".A", "Sở A", "AGENCY", "PROVINCE", p, false, List.of()));
        createUnit(unit(p + ".B", "Văn phòng", "AGENCY", "PROVINCE", p, false, List.of()));
        createUnit(unit(p + ".C", "Trung tâm", "ONE_STOP", "PROVINCE", p + ".A", true, List.of()));
        given().auth()
                .oauth2(adminOf(p))
                .contentType(ContentType.JSON)
                .body(unit(null, "Sở A", "AGENCY", "PROVINCE", p + ".B", false, List.of()))
                .when()
                .put("/api/v1/procedures/units/" + p + ".A")
                .then()
                .statusCode(200)
                .body("path", equalTo("/" + p + "/" + p + ".B/" + p + ".A/"));
        given().when()
                .get("/api/v1/procedures/units/" + p + ".C")
                .then()
                .body("path", equalTo("/" + p + "/" + p + ".B/" + p + ".A/" + p + ".C/"));
        // a unit cannot move below its own descendant
        given().auth()
                .oauth2(adminOf(p))
                .contentType(ContentType.JSON)
                .body(unit(null, "Văn phòng", "AGENCY", "PROVINCE", p + ".C", false, List.of()))
                .when()
                .put("/api/v1/procedures/units/" + p + ".B")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("parentCode"), "violations[0].rule", equalTo("noCycle"));
    }

    @Test
    void importIsAllOrNothingAndParentsMayComeLater() {
        String p = "T" + suffix();
        // the province root is national data: national-admin creates it; its admin imports the rest
        createUnit(unit(p, "Tỉnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()));
        String admin = adminOf(p);
        String csv = "code,name,kind,level,parentCode,validFrom,validTo,successorCode,receivesDossiers,fields\n"
                + p + ".X1.MC,Trung tâm xã Một,ONE_STOP,COMMUNE," + p + ".X1,2025-07-01,,,true,Hộ tịch;Chứng thực\n"
                + p + ".X1,Xã Một,ADMINISTRATION,COMMUNE," + p + ",2025-07-01,,,false,\n"
                + p + ".X2,Xã Hai,ADMINISTRATION,HAMLET," + p + ",2025-07-01,,,false,\n";
        given().auth()
                .oauth2(admin)
                .contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/procedures/units/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("rows[2].level"), "violations[0].rule", equalTo("exists"));
        assertEquals(
                1L,
                ((Number) em.createNativeQuery("select count(*) from admin_unit where code like :p")
                                .setParameter("p", p + "%")
                                .getSingleResult())
                        .longValue());

        given().auth()
                .oauth2(admin)
                .contentType("text/csv; charset=UTF-8")
                .body(csv.replace("HAMLET", "COMMUNE").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/procedures/units/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3), "updated", equalTo(0));
        given().when()
                .get("/api/v1/procedures/units/" + p + ".X1.MC")
                .then()
                .body(
                        "path",
                        equalTo("/" + p + "/" + p + ".X1/" + p + ".X1.MC/"),
                        "fields",
                        equalTo(List.of("Hộ tịch", "Chứng thực")));

        // JSON, updating one and creating one; a loop in the file is refused
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(
                        unit(p + ".Y", "Y", "AGENCY", "PROVINCE", p + ".Z", false, List.of()),
                        unit(p + ".Z", "Z", "AGENCY", "PROVINCE", p + ".Y", false, List.of())))
                .when()
                .post("/api/v1/procedures/units/import")
                .then()
                .statusCode(400)
                .body("violations[0].rule", equalTo("noCycle"));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(List.of(
                        unit(p + ".X1", "Xã Một (đổi tên)", "ADMINISTRATION", "COMMUNE", p, false, List.of()),
                        unit(p + ".S", "Sở mới", "AGENCY", "PROVINCE", p, false, List.of())))
                .when()
                .post("/api/v1/procedures/units/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1), "updated", equalTo(1));
    }

    @Test
    void onlyAdminsChangeUnitsAndBadInputIsNamed() {
        vn.cchc.procedures.Fixtures.h99();
        String p = "T" + suffix();
        String catalogue = TestTokens.token("catalogue", "H99.SNV", "catalogue-admin");
        given().auth()
                .oauth2(catalogue)
                .contentType(ContentType.JSON)
                .body(unit(p, "Tỉnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()))
                .when()
                .post("/api/v1/procedures/units")
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(unit(p, "Tỉnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()))
                .when()
                .post("/api/v1/procedures/units")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(vn.cchc.procedures.Fixtures.NATIONAL)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "code", p, "name", "Tỉnh", "kind", "VILLAGE", "level", "PROVINCE", "validFrom", "2025-07-01"))
                .when()
                .post("/api/v1/procedures/units")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(with(
                        unit(p, "Tỉnh", "ADMINISTRATION", "PROVINCE", "NO.SUCH", false, List.of()),
                        "validTo",
                        "2020-01-01"))
                .when()
                .post("/api/v1/procedures/units")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("validTo", "parentCode")));
        given().when().get("/api/v1/procedures/units/" + p).then().statusCode(404);
        given().when()
                .get("/api/v1/procedures/units/levels")
                .then()
                .statusCode(200)
                .body("find { it.code == 'DISTRICT' }.validTo", equalTo("2025-06-30"));
    }

    private static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        return vn.cchc.procedures.Fixtures.with(m, k, v);
    }

    private JsonNode lastEvent(String code) throws Exception {
        var record = KafkaTestResource.awaitRecord(
                Topics.UNITS,
                r -> code.equals(r.key()) && r.value().contains("successorCode\":\""),
                Duration.ofSeconds(20));
        return json.readTree(record.value());
    }
}
