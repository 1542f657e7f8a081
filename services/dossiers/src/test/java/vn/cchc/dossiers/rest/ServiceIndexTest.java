package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.DossierCalls;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.service.ServiceIndexPublisher;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * QĐ 766 from the dossiers' actual facts, through the API (docs/domain/qd766.md): the e-result only where the officer
 * or the integration declares it (or the result is returned electronically), "digitised" only as declared, 4.2
 * counting the dossiers that have both; and the same figures published on cchc.service-index.v1 for par-index.
 */
@QuarkusTest
class ServiceIndexTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    ServiceIndexPublisher publisher;

    static final Set<Integer> E_RESULT = Set.of(0, 1, 2, 3, 4); // declared resultElectronic
    static final Set<Integer> DIGITISED = Set.of(3, 4, 5, 6, 7, 8); // declared digitised at intake

    /**
     * March 2026 at P.X1.MC, received Mon 02/03 09:00 (due Thu 05/03 09:00) unless said otherwise: 10 resolved (0–6
     * early, 7–9 late); 6 with an e-result (0–4 declared, 5 returned electronically), 6 digitised, 3 with both (3, 4, 5);
     * 10 refused on 03/03, before its due time; 11 still open (past due at the month's end); 12 received 31/03, open and
     * within its deadline at the month's end. Online: 0, 3, 6, 9, 12.
     */
    List<Map<String, Object>> march(Province p) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            Map<String, Object> dossier = new HashMap<>();
            dossier.put("procedureCode", p.procedure);
            dossier.put("receivingUnitCode", p.code + ".X1.MC");
            dossier.put("channel", i % 3 == 0 ? "ONLINE" : "DIRECT");
            dossier.put("applicant", Map.of("name", "Công dân " + i, "phone", "09100000" + String.format("%02d", i)));
            dossier.put("receivedAt", i == 12 ? "2026-03-31T09:00:00+07:00" : "2026-03-02T09:00:00+07:00");
            dossier.put("digitised", DIGITISED.contains(i));
            dossier.put("returnMethod", i == 5 ? "ELECTRONIC" : "DIRECT");
            Map<String, Object> row = new HashMap<>();
            row.put("externalId", p.code + "-766-" + i);
            row.put("dossier", dossier);
            if (i < 10) {
                row.put("status", i == 5 ? "RETURNED" : "RESOLVED");
                row.put("resolvedAt", i < 7 ? "2026-03-04T10:00:00+07:00" : "2026-03-10T10:00:00+07:00");
                row.put("returnedAt", i == 5 ? "2026-03-04T15:00:00+07:00" : null);
                row.put("resultElectronic", E_RESULT.contains(i));
            } else if (i == 10) {
                row.put("status", "REFUSED");
                row.put("resolvedAt", "2026-03-03T09:00:00+07:00");
            } else {
                row.put("status", "PROCESSING");
            }
            rows.add(row);
        }
        return rows;
    }

    static JsonNode indicator(JsonNode result, String id) {
        for (JsonNode g : result.get("groups")) {
            for (JsonNode i : g.get("indicators")) {
                if (id.equals(i.get("id").asText())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    static String at(String id, String field) {
        return "groups.indicators.flatten().find { it.id == '" + id + "' }." + field;
    }

    ValidatableResponse indicators(String token, String unit, String from, String to) {
        return given().auth()
                .oauth2(token)
                .queryParam("unit", unit)
                .queryParam("from", from)
                .queryParam("to", to)
                .when()
                .get("/api/v1/dossiers/reports/indicators")
                .then();
    }

    ValidatableResponse act(String token, String code, String action, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers/" + code + "/actions/" + action)
                .then();
    }

    String receive(Province p, String channel, boolean digitised) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", p.code + ".X1.MC");
        body.put("channel", channel);
        body.put("digitised", digitised);
        body.put("applicant", Map.of("name", "Nguyễn Văn Số", "phone", "0912345678"));
        return DossierCalls.receive(p.officer, body);
    }

    boolean flag(String code, String column) {
        return (Boolean) em.createNativeQuery("select " + column + " from dossier where code = :c")
                .setParameter("c", code)
                .getSingleResult();
    }

    @Test
    void theIndexCountsTheDossiersActualFactsAndIsPublishedAsComputed() throws Exception {
        Province p = Province.create(codec, mapper, em);
        String client = TestTokens.token("portal-" + p.code, p.code, "integration");
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(march(p))
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(13));
        String leader = p.leader;
        indicators(leader, p.code + ".X1.MC", "2026-03-01", "2026-03-31")
                .statusCode(200)
                // 2.1: (7 resolved on time + 1 refused before due + 1 open within) / (0 carried over + 13 received)
                .body(
                        at("2.1", "numerator"),
                        equalTo(9),
                        at("2.1", "denominator"),
                        equalTo(13),
                        at("2.1", "points"),
                        equalTo(13.85f),
                        at("3.3", "numerator"),
                        equalTo(5),
                        at("3.3", "denominator"),
                        equalTo(13),
                        // 4.1: 6 e-results of 10 resolved, not 10 of 10
                        at("4.1", "numerator"),
                        equalTo(6),
                        at("4.1", "denominator"),
                        equalTo(10),
                        at("4.1", "points"),
                        equalTo(3.6f),
                        // 4.2: 3 dossiers with both, not min(6, 6); over the 13 of the period
                        at("4.2", "numerator"),
                        equalTo(3),
                        at("4.2", "denominator"),
                        equalTo(13),
                        at("4.2", "points"),
                        equalTo(1.15f),
                        // 5.4: 100 % − (4 late / 13 + 0 dissatisfied) = 69.23 % → 0.6923 / 0.9 × 6
                        at("5.4", "numerator"),
                        equalTo(9),
                        at("5.4", "points"),
                        equalTo(4.62f),
                        at("1.3", "state"),
                        equalTo("NOT_COMPUTABLE"),
                        "groups.id",
                        equalTo(List.of("1", "2", "3", "3b", "4", "5")),
                        "points",
                        equalTo(23.22f),
                        "computableMax",
                        equalTo(36.0f),
                        "maxPoints",
                        equalTo(100.0f));

        // live: the e-result is what the officer declares at resolution, or a return by the ELECTRONIC method
        String a = receive(p, "ONLINE", true);
        String b = receive(p, "DIRECT", false);
        String c = receive(p, "ONLINE", false);
        assertTrue(flag(a, "digitised"));
        assertTrue(!flag(c, "digitised"), "an online dossier is digitised only when declared so");
        for (String code : List.of(a, b, c)) {
            act(p.officer, code, "start", Map.of()).statusCode(200);
        }
        act(leader, a, "resolve", Map.of("resultElectronic", true)).statusCode(200);
        act(leader, b, "resolve", Map.of()).statusCode(200);
        act(leader, c, "resolve", Map.of("resultElectronic", false)).statusCode(200);
        assertTrue(flag(a, "e_result"));
        assertTrue(!flag(b, "e_result"), "resolving is not issuing an electronic result");
        act(p.officer, b, "return", Map.of("method", "ELECTRONIC")).statusCode(200);
        act(p.officer, c, "return", Map.of("method", "DIRECT")).statusCode(200);
        em.clear();
        assertTrue(flag(b, "e_result"));
        assertTrue(!flag(c, "e_result"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        YearMonth month = YearMonth.from(today);
        indicators(
                        leader,
                        p.code + ".X1.MC",
                        month.atDay(1).toString(),
                        month.atEndOfMonth().toString())
                .statusCode(200)
                .body(
                        at("4.1", "numerator"),
                        equalTo(2),
                        at("4.1", "denominator"),
                        equalTo(3),
                        at("4.2", "numerator"),
                        equalTo(1));

        // the same figures go to par-index, for the unit and each unit above it, once
        ServiceIndexPublisher.Run run = publisher.runOnce();
        assertTrue(run.published() > 0, run.toString());
        JsonNode mc = payload(p.code + ".X1.MC:2026-03");
        assertEquals("2026-03-01", mc.get("from").asText());
        assertEquals(9, indicator(mc, "2.1").get("numerator").asInt());
        assertEquals(13, indicator(mc, "2.1").get("denominator").asInt());
        assertEquals(3, indicator(mc, "4.2").get("numerator").asInt());
        assertEquals(6, indicator(mc, "4.1").get("numerator").asInt());
        assertEquals("NOT_COMPUTABLE", indicator(mc, "1.3").get("state").asText());
        JsonNode province = payload(p.code + ":2026-Q1");
        assertEquals(9, indicator(province, "2.1").get("numerator").asInt());
        assertEquals(p.code, province.get("unitCode").asText());
        // nothing changed, nothing published again; a refresh recomputes but sends only what differs
        assertEquals(0, publisher.runOnce().published());
        // a refresh of the province from January: what was never sent (January, February; the units of X2) is sent once
        String admin = TestTokens.token("admin-" + p.code, p.code, "admin");
        for (int round = 0; round < 2; round++) {
            given().auth()
                    .oauth2(admin)
                    .queryParam("unit", p.code)
                    .queryParam("since", "2026-01-01")
                    .when()
                    .post("/api/v1/dossiers/reports/service-index/refresh")
                    .then()
                    .statusCode(202)
                    .body("unitsMarked", equalTo(5), "unitCode", equalTo(p.code));
            ServiceIndexPublisher.Run again = publisher.runOnce();
            assertTrue(again.computed() > 0, again.toString());
            if (round == 0) {
                assertTrue(again.published() > 0, again.toString());
            } else {
                assertEquals(0, again.published(), "recomputed, same figures, nothing sent");
            }
        }
        JsonNode empty = payload(p.code + ".X2:2026-01");
        assertEquals("NO_DATA", indicator(empty, "2.1").get("state").asText());
        given().auth()
                .oauth2(admin)
                .queryParam("unit", p.code)
                .queryParam("since", "2026-13-01")
                .when()
                .post("/api/v1/dossiers/reports/service-index/refresh")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("since"));
        given().auth()
                .oauth2(leader)
                .queryParam("unit", p.code + ".X1")
                .queryParam("since", "2026-01-01")
                .when()
                .post("/api/v1/dossiers/reports/service-index/refresh")
                .then()
                .statusCode(403);
    }

    JsonNode payload(String key) throws Exception {
        var record =
                KafkaTestResource.awaitRecord(Topics.SERVICE_INDEX, r -> key.equals(r.key()), Duration.ofSeconds(30));
        JsonNode envelope = mapper.readTree(record.value());
        assertEquals("ServiceIndex766Computed", envelope.get("type").asText());
        return envelope.get("data");
    }
}
