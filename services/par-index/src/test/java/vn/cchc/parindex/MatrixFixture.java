package vn.cchc.parindex;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * The fixtures of access-matrix.txt, made through the API: the units of H99 and H98, ACTIVE 2030 COMMUNE sets of H99
 * (one per assessment state, since a unit has one assessment per set), assessments of H99.X01 in DRAFT, SUBMITTED,
 * APPRAISED and FINALISED, a DRAFT set, a set to retire, a set without assessments, and an evidence PDF. Each call
 * uses a fresh {@code tag}, so the access-matrix and the malformed-input tests do not share state.
 */
public final class MatrixFixture {

    public static final String BASE = "/api/v1/par-index";
    static final String ADMIN = TestTokens.token("matrix-admin", "H99", "admin");
    static final String LEADER = TestTokens.token("matrix-leader", "H99.X01", "leader");
    static final String APPRAISER = TestTokens.token("matrix-appraiser", "H99.SNV", "appraiser");

    private MatrixFixture() {}

    public static Map<String, String> create(String tag, EventCodec codec, ObjectMapper mapper, EntityManager em) {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("H99", "/H99/");
        units.put("H99.SNV", "/H99/H99.SNV/");
        units.put("H99.X01", "/H99/H99.X01/");
        units.put("H99.X01.MC", "/H99/H99.X01/H99.X01.MC/");
        units.put("H99.X02", "/H99/H99.X02/");
        units.put("H98", "/H98/");
        units.put("H98.SNV", "/H98/H98.SNV/");
        Fixture.ensureUnits(codec, mapper, em, units);

        Map<String, String> vars = new HashMap<>();
        vars.put("tag", tag);
        vars.put("unit", "H99.X01");
        vars.put("draftSet", String.valueOf(set(tag + "-D", false)));
        vars.put("retireSet", String.valueOf(set(tag + "-R", true)));
        vars.put("freshSet", String.valueOf(set(tag + "-F", true)));
        long draftSetOfAssessment = set(tag + "-A", true);
        vars.put("set", String.valueOf(draftSetOfAssessment));

        long draft = assessment(draftSetOfAssessment);
        vars.put("draft", String.valueOf(draft));
        vars.put(
                "doc",
                given().auth()
                        .oauth2(LEADER)
                        .contentType("application/pdf")
                        .queryParam("filename", "Kế hoạch CCHC.pdf")
                        .body(Files.pdf())
                        .when()
                        .post(BASE + "/assessments/" + draft + "/evidence")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));

        long submitted = assessment(set(tag + "-S", true));
        step(LEADER, submitted, "submit");
        vars.put("submitted", String.valueOf(submitted));

        long appraised = assessment(set(tag + "-P", true));
        step(LEADER, appraised, "submit");
        step(APPRAISER, appraised, "appraise");
        vars.put("appraised", String.valueOf(appraised));

        long finalised = assessment(set(tag + "-Z", true));
        step(LEADER, finalised, "submit");
        step(APPRAISER, finalised, "appraise");
        step(APPRAISER, finalised, "finalise");
        vars.put("finalised", String.valueOf(finalised));
        return vars;
    }

    /** A 2030 COMMUNE set of H99 with the 100-point test tree, ACTIVE or DRAFT. */
    static long set(String code, boolean active) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "M" + code);
        body.put("name", "Bộ tiêu chí ma trận " + code);
        body.put("year", 2030);
        body.put("level", "COMMUNE");
        body.put("province", "H99");
        body.put("maxPoints", 100);
        body.put("fields", Fixture.tree());
        Number id = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(BASE + "/criteria-sets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        if (active) {
            given().auth()
                    .oauth2(ADMIN)
                    .when()
                    .post(BASE + "/criteria-sets/" + id + "/activate")
                    .then()
                    .statusCode(200);
        }
        return id.longValue();
    }

    static long assessment(long setId) {
        Number id = given().auth()
                .oauth2(LEADER)
                .contentType(ContentType.JSON)
                .body(Map.of("criteriaSetId", setId, "unitCode", "H99.X01"))
                .when()
                .post(BASE + "/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("assessment.id");
        return id.longValue();
    }

    static void step(String token, long id, String action) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("confirmMissingEvidence", List.of()))
                .when()
                .post(BASE + "/assessments/" + id + "/actions/" + action)
                .then()
                .statusCode(200);
    }
}
