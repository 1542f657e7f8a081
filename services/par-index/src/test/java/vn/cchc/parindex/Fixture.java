package vn.cchc.parindex;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * A test province delivered through cchc.units.v1 (province P, communes P.X1 and P.X2, one-stop P.X1.MC), its
 * users, and an ACTIVE 100-point criteria set with every rule type:
 * 1 (60) → 1.1 (30): 1.1.1 MANUAL 10, 1.1.2 YES_NO 10, 1.1.3 COUNT 10 (2.5/item), 1.1.4 PENALTY 5 (1/item);
 *          1.2 (30): 1.2.1 AUTOMATIC on-time rate ≥ 95 % (20), 1.2.2 SURVEY SIPAS.TOTAL ≥ 90 % steps (10);
 * 2 (40) → 2.1 YES_NO 20, 2.2 QUANTITATIVE AUTOMATIC posting ≥ 100 % (20).
 */
public final class Fixture {

    public final String province;
    public final String admin;
    public final String appraiser;
    public final String leader;
    public final String specialist;
    public final String otherLeader;
    public final String provinceOfficer;
    public final String outsider;
    public long setId;

    public Fixture(String province) {
        this.province = province;
        this.admin = TestTokens.token("admin-" + province, province, "admin");
        this.appraiser = TestTokens.token("appraiser-" + province, province + ".SNV", "appraiser");
        this.leader = TestTokens.token("leader-" + province, province + ".X1", "leader");
        this.specialist = TestTokens.token("specialist-" + province, province + ".X1", "specialist");
        this.otherLeader = TestTokens.token("leader2-" + province, province + ".X2", "leader");
        this.provinceOfficer = TestTokens.token("officer-" + province, province, "officer");
        this.outsider = TestTokens.token("appraiser-H00", "H00.SNV", "appraiser");
    }

    public Fixture units(EventCodec codec, ObjectMapper mapper, EntityManager em) {
        unit(codec, mapper, province, "Tỉnh thử " + province, "ADMINISTRATION", "PROVINCE", null, "/" + province + "/");
        unit(
                codec,
                mapper,
                province + ".SNV",
                "Sở Nội vụ",
                "AGENCY",
                "PROVINCE",
                province,
                "/" + province + "/" + province + ".SNV/");
        for (String x : List.of("X1", "X2")) {
            String c = province + "." + x;
            unit(codec, mapper, c, "Xã " + x, "ADMINISTRATION", "COMMUNE", province, "/" + province + "/" + c + "/");
        }
        String mc = province + ".X1.MC";
        unit(
                codec,
                mapper,
                mc,
                "TTPVHCC xã X1",
                "ONE_STOP",
                "COMMUNE",
                province + ".X1",
                "/" + province + "/" + province + ".X1/" + mc + "/");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from unit_copy where code like '" + province + "%'")
                                        .getSingleResult())
                                .intValue()
                        == 5);
        return this;
    }

    /**
     * Delivers units through cchc.units.v1 (code → path, version 1: idempotent with other tests sending the same
     * units) and waits until par-index has them all.
     */
    public static void ensureUnits(
            EventCodec codec, ObjectMapper mapper, EntityManager em, Map<String, String> pathsByCode) {
        pathsByCode.forEach((code, path) -> {
            String[] parts = path.substring(1, path.length() - 1).split("/");
            String parent = parts.length > 1 ? parts[parts.length - 2] : null;
            boolean province = parent == null;
            unit(
                    codec,
                    mapper,
                    code,
                    (province ? "Tỉnh " : "Đơn vị ") + code,
                    province ? "ADMINISTRATION" : "AGENCY",
                    province ? "PROVINCE" : "COMMUNE",
                    parent,
                    path);
        });
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> ((Number) em.createNativeQuery("select count(*) from unit_copy where code in (:codes)")
                                        .setParameter("codes", pathsByCode.keySet())
                                        .getSingleResult())
                                .intValue()
                        == pathsByCode.size());
    }

    private static void unit(
            EventCodec codec,
            ObjectMapper mapper,
            String code,
            String name,
            String kind,
            String level,
            String parent,
            String path) {
        UnitEventV1 u = new UnitEventV1(
                code,
                name,
                kind,
                level,
                parent,
                path,
                LocalDate.of(2025, 7, 1),
                null,
                null,
                "ONE_STOP".equals(kind),
                List.of(),
                1);
        send(
                codec,
                Topics.UNITS,
                EventEnvelope.create(
                        "/cchc/procedures",
                        UnitEventV1.CHANGED,
                        code,
                        1,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        mapper.valueToTree(u)));
    }

    public static void send(EventCodec codec, String topic, EventEnvelope e) {
        KafkaTestResource.produce(topic, e.subject(), codec.write(e));
    }

    public static Map<String, Object> leaf(
            String code, Object max, String method, String key, Map<String, Object> rule) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("name", "Tiêu chí " + code);
        m.put("maxPoints", max);
        m.put("method", method);
        if (key != null) {
            m.put("indicatorKey", key);
        }
        m.put("rule", rule);
        return m;
    }

    public static Map<String, Object> inner(String code, Object max, Object... children) {
        return Map.of(
                "code", code, "name", "Lĩnh vực/tiêu chí " + code, "maxPoints", max, "children", List.of(children));
    }

    public static List<Object> tree() {
        return List.of(
                inner(
                        "1",
                        60,
                        inner(
                                "1.1",
                                30,
                                leaf("1.1.1", 10, "SELF_APPRAISED", null, Map.of("type", "MANUAL")),
                                leaf("1.1.2", 10, "SELF_APPRAISED", null, Map.of("type", "YES_NO")),
                                leaf(
                                        "1.1.3",
                                        10,
                                        "SELF_APPRAISED",
                                        null,
                                        Map.of("type", "COUNT", "pointsPerItem", 2.5)),
                                leaf(
                                        "1.1.4",
                                        5,
                                        "SELF_APPRAISED",
                                        null,
                                        Map.of("type", "PENALTY", "pointsPerItem", 1))),
                        inner(
                                "1.2",
                                30,
                                leaf(
                                        "1.2.1",
                                        20,
                                        "AUTOMATIC",
                                        "DOSSIER_ON_TIME_RATE",
                                        Map.of("type", "QUANTITATIVE", "target", 95, "proportional", true)),
                                leaf(
                                        "1.2.2",
                                        10,
                                        "SURVEY",
                                        "SIPAS.TOTAL",
                                        Map.of(
                                                "type",
                                                "QUANTITATIVE",
                                                "target",
                                                90,
                                                "steps",
                                                List.of(
                                                        Map.of("atLeast", 70, "share", 0.5),
                                                        Map.of("atLeast", 80, "share", 0.8)))))),
                inner(
                        "2",
                        40,
                        leaf("2.1", 20, "SELF_APPRAISED", null, Map.of("type", "YES_NO")),
                        leaf(
                                "2.2",
                                20,
                                "AUTOMATIC",
                                "POSTING_COMPLIANCE_RATE",
                                Map.of("type", "QUANTITATIVE", "target", 100))));
    }

    public Fixture activeSet(String code, int year) {
        return activeSet(code, year, tree());
    }

    /** An ACTIVE 100-point COMMUNE set of the province with the given fields. */
    public Fixture activeSet(String code, int year, List<Object> fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Bộ tiêu chí cấp xã " + year);
        body.put("year", year);
        body.put("level", "COMMUNE");
        body.put("province", province);
        body.put("maxPoints", 100);
        body.put("fields", fields);
        Number id = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        setId = id.longValue();
        given().auth()
                .oauth2(admin)
                .when()
                .post("/api/v1/par-index/criteria-sets/" + setId + "/activate")
                .then()
                .statusCode(200);
        return this;
    }

    public long startAssessment(String unit) {
        Number id = given().auth()
                .oauth2(leader)
                .contentType(ContentType.JSON)
                .body(Map.of("criteriaSetId", setId, "unitCode", unit))
                .when()
                .post("/api/v1/par-index/assessments")
                .then()
                .statusCode(201)
                .extract()
                .path("assessment.id");
        return id.longValue();
    }
}
