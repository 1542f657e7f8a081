package vn.cchc.procedures.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.testing.TestTokens;

/** The demo province promised in the README and used by the browser tests. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demo;

    @Test
    void theDemoProvinceHasItsUnitsCatalogueHistoryAndPostingFindings() throws Exception {
        demo.seed();

        given().queryParam("q", "H99")
                .queryParam("includeHistory", true)
                .queryParam("size", 100)
                .when()
                .get("/api/v1/procedures/units")
                .then()
                .body("total", equalTo(33));
        given().when()
                .get("/api/v1/procedures/units/H99.H01.X1")
                .then()
                .body(
                        "validTo",
                        equalTo("2025-06-30"),
                        "successorCode",
                        equalTo("H99.X01"),
                        "level",
                        equalTo("COMMUNE"));
        given().when()
                .get("/api/v1/procedures/units/H99.X01.MC")
                .then()
                .body(
                        "kind",
                        equalTo("ONE_STOP"),
                        "receivesDossiers",
                        equalTo(true),
                        "path",
                        equalTo("/H99/H99.X01/H99.X01.MC/"));

        given().when()
                .get("/api/v1/procedures/1.001193.000.00.00.H99")
                .then()
                .statusCode(200)
                .body(
                        "name",
                        equalTo("Đăng ký khai sinh"),
                        "field",
                        equalTo("Hộ tịch"),
                        "state",
                        equalTo("IN_FORCE"),
                        "processingTime.value",
                        equalTo(3.0f),
                        "internalSteps.size()",
                        equalTo(4),
                        "decision.number",
                        equalTo("1234/QĐ-UBND"));
        given().queryParam("q", "dang ky khai sinh")
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("items.code", hasItem("1.001193.000.00.00.H99"));
        // authentication (chứng thực, NĐ 23/2015 art. 7): received after 15:00 counts from the next working day
        List<String> chungThuc = given()
                .queryParam("field", "Chứng thực")
                .queryParam("size", 100)
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .extract()
                .<List<String>>path("items.code")
                .stream()
                .filter(c -> c.endsWith(".000.00.00.H99"))
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of(
                        "2.000815.000.00.00.H99",
                        "2.000884.000.00.00.H99",
                        "2.001035.000.00.00.H99",
                        "2.000908.000.00.00.H99"),
                java.util.Set.copyOf(chungThuc));
        for (String c : chungThuc) {
            given().when()
                    .get("/api/v1/procedures/" + c)
                    .then()
                    .statusCode(200)
                    .body("afternoonCutoff", equalTo("15:00"));
        }
        given().when()
                .get("/api/v1/procedures/" + DemoData.AMENDED + "/history")
                .then()
                .body("versions.version", equalTo(List.of(1, 2)), "state", equalTo("AMENDED"));

        String leader = TestTokens.token("leader", "H99.X01", "leader");
        given().auth()
                .oauth2(leader)
                .when()
                .get("/api/v1/procedures/compliance/H99.X01.MC")
                .then()
                .statusCode(200)
                .body(
                        "stalePosted.procedureCode",
                        equalTo(List.of(DemoData.ABOLISHED)),
                        "missing.procedureCode",
                        hasItem(DemoData.MISSING_AT_X01),
                        "outdated.procedureCode",
                        equalTo(List.of(DemoData.AMENDED)));
        given().auth()
                .oauth2(leader)
                .when()
                .get("/api/v1/procedures/compliance/H99.X03.MC")
                .then()
                .statusCode(403);
        String inspector = TestTokens.token("inspector", "H99.SNV", "inspector");
        // an inspector of a provincial department sees the whole province by default
        given().auth()
                .oauth2(inspector)
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(200)
                .body(
                        "unitCode",
                        equalTo("H99"),
                        "units.size()",
                        equalTo(11),
                        "units.unitCode",
                        not(hasItem("H99.H01.MC")),
                        "units.find { it.unitCode == 'H99.X03.MC' }.stale",
                        equalTo(0),
                        "units.find { it.unitCode == 'H99.X10.MC' }.posted",
                        equalTo(0));
        given().auth()
                .oauth2(inspector)
                .queryParam("groupBy", "AGENCY")
                .when()
                .get("/api/v1/procedures/reports/time-reduction")
                .then()
                .statusCode(200)
                .body(
                        "find { it.key == 'H99.SYT' }.name",
                        equalTo("Sở Y tế"),
                        "find { it.key == 'H99.SYT' }.procedures",
                        equalTo(2),
                        "find { it.key == 'H99.SYT' }.reduced",
                        equalTo(2),
                        "find { it.key == 'H99.SYT' }.statutoryDays",
                        equalTo(90.0f),
                        "find { it.key == 'H99.SYT' }.reductionRate",
                        equalTo(27.78f));
    }
}
