package vn.cchc.procedures.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.procedures.Fixtures.CATALOGUE;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.suffix;
import static vn.cchc.procedures.Fixtures.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/** Bulk import: every row validated, a per-row report, nothing written when rejected, progress visible. */
@QuarkusTest
class ImportResourceTest {

    static final String HEADER = "Mã TTHC,Tên TTHC,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,Đơn vị thời hạn,"
            + "Cách thức thực hiện,Mức độ DVCTT,Số QĐ công bố,Ngày QĐ,Ngày hiệu lực\n";

    @Inject
    EntityManager em;

    @org.junit.jupiter.api.BeforeEach
    void province() {
        vn.cchc.procedures.Fixtures.h99();
    }

    @Test
    void aFileWithOneBadRowIsRejectedWithItsErrorsAndWritesNothing() {
        String s = suffix();
        String csv = HEADER
                + "9." + s
                + ".1,Đăng ký khai sinh lưu động,Hộ tịch,Cấp xã,3,Ngày làm việc,Trực tiếp,,50/QĐ-UBND,01/06/2025,01/07/2025\n"
                + "9." + s + ".2,,Hộ tịch,Cấp xã,3,tuần,Trực tiếp,,50/QĐ-UBND,01/06/2025,01/07/2025\n"
                + "9." + s
                + ".3,Cấp trích lục,Hộ tịch,Cấp xã,1,Ngày làm việc,Trực tiếp; Trực tuyến,Một phần,50/QĐ-UBND,01/06/2025,01/07/2025\n";
        String id = start("text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
        finished(id)
                .body(
                        "status",
                        equalTo("REJECTED"),
                        "total",
                        equalTo(3),
                        "errors.row",
                        equalTo(List.of(2, 2)),
                        "errors.field",
                        equalTo(List.of("processingTimeUnit", "name")),
                        "errors.rule",
                        hasItem("required"));
        assertEquals(0L, count("select count(*) from procedure where code like '9." + s + ".%'"));
        assertEquals(0L, count("select count(*) from outbox_event where event_key like '9." + s + ".%'"));

        String fixed = start(
                "text/csv; charset=UTF-8",
                csv.replace(",,Hộ tịch,Cấp xã,3,tuần", ",Cải chính hộ tịch,Hộ tịch,Cấp xã,3,Ngày làm việc")
                        .getBytes(StandardCharsets.UTF_8));
        finished(fixed)
                .body(
                        "status",
                        equalTo("COMPLETED"),
                        "created",
                        equalTo(3),
                        "published",
                        equalTo(3),
                        "processed",
                        equalTo(3),
                        "errors",
                        equalTo(List.of()));
        given().queryParam("q", "cai chinh ho tich 9." + s)
                .when()
                .get("/api/v1/procedures")
                .then()
                .body("total", equalTo(1), "items[0].validFrom", equalTo("2025-07-01"));
        given().when()
                .get("/api/v1/procedures/9." + s + ".2/history")
                .then()
                .body("decisions[0].number", equalTo("50/QĐ-UBND"));
        KafkaTestResource.awaitRecord(
                Topics.PROCEDURES, r -> ("9." + s + ".3").equals(r.key()), Duration.ofSeconds(20));
        // the same file again: every code already exists
        finished(start(
                        "text/csv; charset=UTF-8",
                        csv.replace(",,Hộ tịch,Cấp xã,3,tuần", ",X,Hộ tịch,Cấp xã,3,Ngày")
                                .getBytes(StandardCharsets.UTF_8)))
                .body("status", equalTo("REJECTED"), "errors.rule", equalTo(List.of("unique", "unique", "unique")));
    }

    @Test
    void jsonRowsAreCheckedWithTheSameRulesAsTheApi() {
        String s = suffix();
        Map<String, Object> ok = procedure("8." + s + ".1", "Thủ tục JSON", "Chứng thực");
        Map<String, Object> badSteps = with(
                procedure("8." + s + ".2", "Sai quy trình", "Chứng thực"),
                "internalSteps",
                List.of(Map.of("name", "Một bước", "duration", 2)));
        Map<String, Object> badType =
                with(procedure("8." + s + ".3", "Sai kiểu", "Chứng thực"), "processingTime", "ba ngày");
        String id = start("application/json", json(Map.of("rows", List.of(ok, badSteps, badType))));
        finished(id)
                .body(
                        "status",
                        equalTo("REJECTED"),
                        "errors.find { it.row == 2 }.rule",
                        equalTo("sumEqualsProcessingTime"),
                        "errors.find { it.row == 3 }.field",
                        equalTo("processingTime"));
        String good = start("application/json", json(List.of(ok)));
        finished(good).body("status", equalTo("COMPLETED"), "created", equalTo(1), "published", equalTo(0));
        given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/8." + s + ".1")
                .then()
                .body("state", equalTo("DRAFT"), "internalSteps.size()", equalTo(4));
    }

    @Test
    void excelFilesAreReadFromTheFirstSheet() throws Exception {
        String s = suffix();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "cchc", "1.0")) {
            Worksheet ws = wb.newWorksheet("Danh mục");
            String[] header = HEADER.trim().split(",");
            for (int i = 0; i < header.length; i++) {
                ws.value(0, i, header[i]);
            }
            Object[] row = {
                "7." + s + ".1",
                "Đăng ký thường trú",
                "Cư trú",
                "Cấp xã",
                7,
                "Ngày làm việc",
                "Trực tiếp; Trực tuyến",
                "Toàn trình",
                "",
                "",
                ""
            };
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof Integer n) {
                    ws.value(1, i, n);
                } else {
                    ws.value(1, i, (String) row[i]);
                }
            }
        }
        String id = start(ImportResource.XLSX, out.toByteArray());
        // Toàn trình needs "Đủ điều kiện toàn trình"
        finished(id).body("status", equalTo("REJECTED"), "errors[0].field", equalTo("fullOnlineEligible"));
    }

    @Test
    void importsAreForCatalogueStaffAndEmptyFilesAreRefused() {
        String officer = TestTokens.token("officer", "H99.X01", "officer");
        given().auth()
                .oauth2(officer)
                .contentType("text/csv; charset=UTF-8")
                .body(HEADER)
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(403);
        given().contentType("text/csv; charset=UTF-8")
                .body(HEADER)
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(CATALOGUE)
                .contentType("text/csv; charset=UTF-8")
                .body(new byte[0])
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("file"));
        finished(start("text/csv; charset=UTF-8", HEADER.getBytes(StandardCharsets.UTF_8)))
                .body("status", equalTo("REJECTED"), "errors[0].rule", equalTo("notEmpty"));
        // a download, named through the shared ContentDisposition (ASCII fallback and RFC 6266 filename*)
        given().when()
                .get("/api/v1/procedures/imports/template.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("Mã TTHC,Tên TTHC"))
                .header(
                        "Content-Disposition",
                        equalTo(vn.cchc.shared.http.ContentDisposition.attachment("mau-nhap-tthc.csv")))
                .header("Content-Disposition", containsString("filename*=UTF-8''mau-nhap-tthc.csv"));
        given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/imports/00000000-0000-0000-0000-000000000000")
                .then()
                .statusCode(404);
    }

    private static byte[] json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String start(String type, byte[] body) {
        return given().auth()
                .oauth2(CATALOGUE)
                .contentType(type)
                .header("X-File-Name", "tthc.csv")
                .body(body)
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(202)
                .header("Location", containsString("/api/v1/procedures/imports/"))
                .body("status", equalTo("RUNNING"))
                .extract()
                .path("id");
    }

    private static ValidatableResponse finished(String id) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !"RUNNING"
                        .equals(given().auth()
                                .oauth2(CATALOGUE)
                                .when()
                                .get("/api/v1/procedures/imports/" + id)
                                .then()
                                .extract()
                                .path("status")));
        return given().auth()
                .oauth2(CATALOGUE)
                .when()
                .get("/api/v1/procedures/imports/" + id)
                .then()
                .statusCode(200);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
