package vn.cchc.procedures;

import static io.restassured.RestAssured.given;
import static vn.cchc.procedures.Fixtures.NATIONAL;
import static vn.cchc.procedures.Fixtures.procedure;
import static vn.cchc.procedures.Fixtures.unit;
import static vn.cchc.procedures.Fixtures.with;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.shared.testing.TestTokens;

/**
 * The data {@code access-matrix.txt} talks about, shared by AccessMatrixTest and MalformedInputTest. The provinces
 * (H97, H96) and their units are created once and kept; what a matrix run consumes (drafts to publish, units to
 * merge, fresh codes) is new on every call, so the two tests can run in any order.
 */
public final class AccessMatrixFixtures {

    public static final String ADMIN_H97 = TestTokens.token("admin", "H97", "admin");
    public static final String CATALOGUE_H97 = TestTokens.token("catalogue", "H97.SNV", "catalogue-admin");
    public static final String FIELD = "Ma trận";

    private AccessMatrixFixtures() {}

    /**
     * @param em to move the decision id sequence past single digits: the malformed-input harness replaces a path
     *           variable's value everywhere in the path, and decision 1 would also replace the "1" of "/api/v1"
     */
    public static Map<String, String> vars(jakarta.persistence.EntityManager em) {
        em.createNativeQuery("select setval('publication_decision_id_seq', "
                        + "greatest((select last_value from publication_decision_id_seq), 1000))")
                .getSingleResult();
        ensure(
                NATIONAL,
                with(
                        unit("H97", "Tỉnh Ma Trận", "ADMINISTRATION", "PROVINCE", null, false, List.of()),
                        "validFrom",
                        "2008-01-01"));
        ensure(
                NATIONAL,
                with(
                        unit("H96", "Tỉnh Bên Cạnh", "ADMINISTRATION", "PROVINCE", null, false, List.of()),
                        "validFrom",
                        "2008-01-01"));
        ensure(
                ADMIN_H97,
                with(
                        unit("H97.SNV", "Sở Nội vụ", "AGENCY", "PROVINCE", "H97", false, List.of()),
                        "validFrom",
                        "2008-01-01"));
        ensure(ADMIN_H97, unit("H97.X01", "Xã Một", "ADMINISTRATION", "COMMUNE", "H97", false, List.of()));
        ensure(
                ADMIN_H97,
                unit(
                        "H97.X01.MC",
                        "Trung tâm Phục vụ hành chính công xã Một",
                        "ONE_STOP",
                        "COMMUNE",
                        "H97.X01",
                        true,
                        List.of()));
        ensure(ADMIN_H97, unit("H97.X02", "Xã Hai", "ADMINISTRATION", "COMMUNE", "H97", false, List.of()));

        String s = Fixtures.suffix();
        Map<String, String> vars = new HashMap<>();
        vars.put("s", s);
        vars.put("draft", procedureCode(s, "D"));
        vars.put("toPublish", procedureCode(s, "P"));
        vars.put("toDecide", procedureCode(s, "C"));
        vars.put("posted", procedureCode(s, "I"));
        vars.put("newCode", procedureCode(s, "N"));
        for (String key : List.of("draft", "toPublish", "toDecide", "posted")) {
            Fixtures.create(CATALOGUE_H97, procedure(vars.get(key), "Thủ tục ma trận " + key, FIELD, "COMMUNE"));
        }
        Number decision = Fixtures.decideAs(
                        CATALOGUE_H97, "0/QĐ-MT", "2025-06-01", "2025-07-01", vars.get("posted") + ":PUBLISH")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        vars.put("decision", String.valueOf(decision.longValue()));
        String job = given().auth()
                .oauth2(CATALOGUE_H97)
                .contentType(ContentType.JSON)
                .body(List.of(procedure(vars.get("posted"), "Trùng", FIELD, "COMMUNE")))
                .when()
                .post("/api/v1/procedures/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        vars.put("job", job);
        vars.put("unit", "H97.U" + s);
        vars.put("mergeUnit", "H97.M" + s);
        vars.put("newUnit", "H97.N" + s);
        vars.put("importUnit", "H97.I" + s);
        for (String key : List.of("unit", "mergeUnit")) {
            ensure(ADMIN_H97, unit(vars.get(key), "Đơn vị " + key, "AGENCY", "PROVINCE", "H97", false, List.of()));
        }
        return vars;
    }

    private static String procedureCode(String s, String kind) {
        return "MX." + s + "." + kind + ".H97";
    }

    private static void ensure(String token, Map<String, Object> unit) {
        int status = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(new HashMap<>(unit))
                .when()
                .post("/api/v1/procedures/units")
                .statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create unit " + unit.get("code") + ": " + status);
        }
    }
}
