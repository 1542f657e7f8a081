package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.cchc.procedures.Fixtures.NATIONAL;
import static vn.cchc.procedures.Fixtures.catalogueOf;
import static vn.cchc.procedures.Fixtures.create;
import static vn.cchc.procedures.Fixtures.createUnit;
import static vn.cchc.procedures.Fixtures.decideAs;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.suffix;
import static vn.cchc.procedures.Fixtures.unit;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 12: text typed in NFD (as some keyboards and copy-paste produce it) finds the NFC text on every
 * search endpoint, and LIKE wildcards in input are plain characters.
 */
@QuarkusTest
class SearchTest {

    static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    @Test
    void nfdQueriesFindNfcTextOnEverySearchEndpoint() {
        String s = suffix();
        String p = "S" + s;
        createUnit(unit(p, "Tỉnh Nguyễn " + s, "ADMINISTRATION", "PROVINCE", null, false, List.of()));
        createUnit(unit(p + ".X1", "Xã Nguyễn Trãi " + s, "ADMINISTRATION", "COMMUNE", p, false, List.of()));
        String field = "Hộ tịch " + s;
        String code = "1." + s + "." + p;
        create(catalogueOf(p), procedure(code, "Đăng ký khai sinh lưu động " + s, field, "COMMUNE"));
        decideAs(catalogueOf(p), "1/QĐ", "2025-06-01", "2025-07-01", code + ":PUBLISH")
                .then()
                .statusCode(201);

        String nguyen = nfd("nguyễn trãi " + s);
        String dangKy = nfd("Đăng ký " + s);
        assertNfd(nguyen, "nguyễn trãi");
        given().queryParam("q", nguyen)
                .when()
                .get("/api/v1/procedures/units")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(p + ".X1")));
        given().queryParam("q", dangKy)
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(code)));
        // the exact field filter compares NFC with NFC
        given().queryParam("field", nfd(field))
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(code)));
        // and staff searches go through the same folding
        given().auth()
                .oauth2(catalogueOf(p))
                .queryParam("q", nfd("lưu động " + s))
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(code)));
        // capitals and no diacritics at all
        given().queryParam("q", "DANG KY KHAI SINH " + s)
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("items.code", equalTo(List.of(code)));
    }

    @Test
    void likeWildcardsInInputAreNeverWildcards() {
        String s = suffix();
        // two provinces whose codes differ only where the first has '_': a LIKE on the path built from input must
        // not let '_' match the other one's 'x'
        String underscore = "W" + s + "_A";
        String other = "W" + s + "xA";
        for (String root : List.of(underscore, other)) {
            createUnit(unit(root, "Tỉnh " + root, "ADMINISTRATION", "PROVINCE", null, false, List.of()));
            createUnit(unit(root + ".MC", "Một cửa " + root, "ONE_STOP", "PROVINCE", root, true, List.of()));
        }
        given().auth()
                .oauth2(NATIONAL)
                .queryParam("unit", underscore)
                .when()
                .get("/api/v1/procedures/compliance")
                .then()
                .statusCode(200)
                .body("units.unitCode", equalTo(List.of(underscore + ".MC")));
        // a query of LIKE wildcards alone matches nothing (it is not "no filter"); in words they separate like
        // any punctuation ("100%" finds "100% trực tuyến")
        for (String junk : List.of("%", "_", "%_%", "\\%")) {
            given().queryParam("q", junk)
                    .when()
                    .get("/api/v1/procedures/units")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
            given().queryParam("q", junk)
                    .when()
                    .get("/api/v1/procedures")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        }
        String code = "1." + s + ".W";
        create(catalogueOf(underscore), procedure(code, "Thủ tục 100% trực tuyến " + s, "Lĩnh vực " + s, "PROVINCE"));
        decideAs(catalogueOf(underscore), "1/QĐ", "2025-06-01", "2025-07-01", code + ":PUBLISH")
                .then()
                .statusCode(201);
        given().queryParam("q", "100% " + s)
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("items.code", equalTo(List.of(code)));
        given().queryParam("field", "%")
                .when()
                .get("/api/v1/procedures")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private static void assertNfd(String text, String nfc) {
        if (text.equals(nfc) || !Normalizer.normalize(text, Normalizer.Form.NFC).startsWith(nfc)) {
            throw new AssertionError("the query must really be in NFD");
        }
    }
}
