package vn.cchc.procedures;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.cchc.shared.testing.TestTokens;

/** Requests and bodies the catalogue tests share; codes are random so tests never collide. */
public final class Fixtures {

    public static final String CATALOGUE = TestTokens.token("catalogue", "H99.SNV", "catalogue-admin");
    public static final String ADMIN = TestTokens.token("admin", "H99", "admin");
    /** Writes national data: root units (provinces), CENTRAL units, the national catalogue. */
    public static final String NATIONAL = TestTokens.token("national", null, "national-admin");

    private static volatile boolean h99;

    private Fixtures() {}

    /**
     * Province H99 and its Sở Nội vụ exist: the units of {@link #CATALOGUE} and {@link #ADMIN}, whose province the
     * service reads from its own unit tree. Idempotent (the demo data import later updates the same two rows).
     */
    public static void h99() {
        if (h99) {
            return;
        }
        ensure(
                NATIONAL,
                unitWith(
                        unit("H99", "Tỉnh Hòa An", "ADMINISTRATION", "PROVINCE", null, false, List.of()),
                        "validFrom",
                        "1990-01-01"));
        ensure(
                ADMIN,
                unitWith(
                        unit("H99.SNV", "Sở Nội vụ", "AGENCY", "PROVINCE", "H99", false, List.of()),
                        "validFrom",
                        "2008-01-01"));
        h99 = true;
    }

    private static Map<String, Object> unitWith(Map<String, Object> body, String key, Object value) {
        return with(body, key, value);
    }

    private static void ensure(String token, Map<String, Object> unit) {
        int status = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(unit)
                .when()
                .post("/api/v1/procedures/units")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create unit " + unit.get("code") + ": " + status);
        }
    }

    /** An admin of {@code province} (a root unit code). */
    public static String adminOf(String province) {
        return TestTokens.token("admin", province, "admin");
    }

    /** A catalogue administrator of {@code province}: writes that province's catalogue. */
    public static String catalogueOf(String province) {
        return TestTokens.token("catalogue", province, "catalogue-admin");
    }

    public static String suffix() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100000, 999999));
    }

    /** A complete procedure body: 3 working days in four internal steps. */
    public static Map<String, Object> procedure(String code, String name, String field, String... levels) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("field", field);
        body.put("levels", List.of(levels.length == 0 ? new String[] {"COMMUNE"} : levels));
        body.put("channels", List.of("DIRECT", "ONLINE"));
        body.put("onlineLevel", "PARTIAL");
        body.put("processingTime", Map.of("value", 3, "unit", "WORKING_DAYS"));
        body.put("statutoryTime", Map.of("value", 5, "unit", "WORKING_DAYS"));
        body.put("afternoonCutoff", "15:00");
        body.put("fees", List.of(Map.of("name", "Lệ phí", "amount", 8000)));
        body.put("components", List.of(Map.of("name", "Tờ khai", "copies", 1, "required", true)));
        body.put("steps", List.of("Nộp hồ sơ", "Nhận kết quả"));
        body.put("legalBasis", List.of("Luật Hộ tịch số 60/2014/QH13"));
        body.put(
                "internalSteps",
                List.of(
                        Map.of("name", "Tiếp nhận", "actor", "TTPVHCC", "duration", 0.5),
                        Map.of("name", "Thẩm định", "actor", "Công chức", "duration", 1.5),
                        Map.of("name", "Phê duyệt", "actor", "Lãnh đạo", "duration", 0.5),
                        Map.of("name", "Trả kết quả", "actor", "TTPVHCC", "duration", 0.5)));
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    public static void create(Map<String, Object> body) {
        h99();
        create(CATALOGUE, body);
    }

    /** Creates as {@code token} (e.g. {@link #catalogueOf} another province). */
    public static void create(String token, Map<String, Object> body) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/procedures")
                .then()
                .statusCode(201);
    }

    public static Response saveDraft(String code, Map<String, Object> body) {
        h99();
        return saveDraft(CATALOGUE, code, body);
    }

    /** Writes the draft as a client does: with the If-Match of the procedure's current ETag (read first). */
    public static Response saveDraft(String token, String code, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        String etag = etag(token, code);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().put("/api/v1/procedures/" + code + "/draft");
    }

    /** The ETag of procedure {@code code} as {@code token} reads it, or null when it cannot read it. */
    public static String etag(String token, String code) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/procedures/" + code)
                .then()
                .extract()
                .header("ETag");
    }

    /** Items as "code:ACTION" or "code:REPLACE:successor". */
    public static Response decide(String number, String decisionDate, String effectiveDate, String... items) {
        h99();
        return decideAs(CATALOGUE, number, decisionDate, effectiveDate, items);
    }

    /** As {@link #decide}, by {@code token}. */
    public static Response decideAs(
            String token, String number, String decisionDate, String effectiveDate, String... items) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String item : items) {
            String[] p = item.split(":");
            Map<String, Object> m = new HashMap<>();
            m.put("procedureCode", p[0]);
            m.put("action", p[1]);
            if (p.length > 2) {
                m.put("replacedBy", p[2]);
            }
            list.add(m);
        }
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "number", number, "decisionDate", decisionDate, "effectiveDate", effectiveDate, "items", list))
                .when()
                .post("/api/v1/procedures/decisions");
    }

    public static Map<String, Object> unit(
            String code, String name, String kind, String level, String parent, boolean receives, List<String> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("kind", kind);
        body.put("level", level);
        body.put("parentCode", parent);
        body.put("validFrom", "2025-07-01");
        body.put("receivesDossiers", receives);
        body.put("fields", fields);
        return body;
    }

    /**
     * Creates a unit as the caller the rules want: a root (a new province) by national-admin, any other unit by
     * an admin of its province (test codes start with their province's code: T123456.X1).
     */
    public static void createUnit(Map<String, Object> body) {
        Object parent = body.get("parentCode");
        String token =
                parent == null ? NATIONAL : adminOf(String.valueOf(parent).split("\\.")[0]);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/procedures/units")
                .then()
                .statusCode(201);
    }
}
