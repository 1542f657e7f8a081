package vn.cchc.inspections.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.inspections.TestClock;
import vn.cchc.shared.calendar.CalendarEntry;
import vn.cchc.shared.calendar.OfficialCalendar2026;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The official calendar decisions (table {@code calendar_entry}, seeded with 2026's) feed the conclusion deadline:
 * an inspection ended Monday 24/8/2026 is due 15 working days later, with Monday 31/8/2026 off (TB 9441/TB-BNV),
 * and an entry added by admin through the API moves the next deadline without a code change.
 */
@QuarkusTest
class CalendarResourceTest {

    private static final String URL = "/api/v1/inspections/calendar/2026";

    @Inject
    EventCodec codec;
    @Inject
    ObjectMapper mapper;
    @Inject
    EntityManager em;
    @Inject
    TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        // back to the seeded 2026 decisions, whatever the test did
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(seed()).when().put(URL).then().statusCode(200);
    }

    private static String admin() {
        return TestTokens.token("admin", null, "admin");
    }

    private static List<Map<String, Object>> seed() {
        return OfficialCalendar2026.ENTRIES.stream().map(CalendarResourceTest::body).toList();
    }

    private static Map<String, Object> body(CalendarEntry e) {
        return Map.of("date", e.date().toString(), "kind", e.kind().name(), "note", e.note());
    }

    private String province() {
        String p = "C" + ThreadLocalRandom.current().nextInt(100000, 999999);
        unit(p, null, "/" + p + "/");
        unit(p + ".SNV", p, "/" + p + "/" + p + ".SNV/");
        unit(p + ".X1", p, "/" + p + "/" + p + ".X1/");
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> ((Number) em.createNativeQuery(
                "select count(*) from unit_copy where code like '" + p + "%'").getSingleResult()).longValue() == 3);
        return p;
    }

    private void unit(String code, String parent, String path) {
        UnitEventV1 u = new UnitEventV1(code, "Đơn vị " + code, "ADMINISTRATION", "COMMUNE", parent, path,
                LocalDate.of(2025, 7, 1), null, null, false, List.of(), 1);
        EventEnvelope e = EventEnvelope.create("/cchc/procedures", UnitEventV1.CHANGED, code, 1,
                OffsetDateTime.now(ZoneOffset.UTC), mapper.valueToTree(u));
        KafkaTestResource.produce(Topics.UNITS, e.subject(), codec.write(e));
    }

    /** A new inspection of X1 visited on Monday 24/8/2026 and ended that day; returns its conclusion due date. */
    private String endedOn24August(String p, String inspector, String number) {
        Map<String, Object> plan = Map.of("number", number, "planDate", "2026-08-01", "issuer", "Ủy ban nhân dân tỉnh",
                "year", 2026, "contentGroups", List.of("TTHC_MOT_CUA"),
                "inspections", List.of(Map.of("unitCode", p + ".X1", "scheduledFrom", "2026-08-24", "scheduledTo", "2026-08-24")));
        String planId = given().auth().oauth2(inspector).contentType(ContentType.JSON).body(plan)
                .when().post("/api/v1/inspections/plans").then().statusCode(201).extract().path("id");
        String id = given().auth().oauth2(inspector).when().get("/api/v1/inspections/plans/" + planId)
                .then().statusCode(200).extract().path("inspections[0].id");
        given().auth().oauth2(inspector).when().post("/api/v1/inspections/" + id + "/start").then().statusCode(200);
        return given().auth().oauth2(inspector).contentType(ContentType.JSON).body(Map.of("endedOn", "2026-08-24"))
                .when().post("/api/v1/inspections/" + id + "/end").then().statusCode(200).extract().path("conclusionDue");
    }

    @Test
    void officialDecisionsFeedTheConclusionDeadline() {
        String p = province();
        String inspector = TestTokens.token("inspector-" + p, p + ".SNV", "inspector");
        clock.set(Instant.parse("2026-08-24T09:00:00Z"));

        // the migration seeded the 2026 decisions of the domain reference
        given().auth().oauth2(admin()).when().get(URL).then().statusCode(200).body("$", hasSize(2),
                "[0].date", equalTo("2026-08-22"), "[0].kind", equalTo("SWAPPED_WORKDAY"),
                "[1].date", equalTo("2026-08-31"), "[1].kind", equalTo("COMPENSATORY_OFF"),
                "[1].note", equalTo("Hoán đổi, làm bù thứ Bảy 22/8/2026"));

        // 25–28/8 (4), Mon 31/8 off, 1–2/9 Quốc khánh, 3–4/9 (6), 7–11/9 (11), 14–17/9 (15): Thursday 17/9
        // (statutory holidays only would give Wednesday 16/9)
        assertDue("2026-09-17", endedOn24August(p, inspector, "1/KH-UBND"));

        // admin adds a day off (Friday 4/9/2026) without a code change: the next deadline moves by one day
        List<Map<String, Object>> more = new ArrayList<>(seed());
        more.add(Map.of("date", "2026-09-04", "kind", "COMPENSATORY_OFF", "note", "Nghỉ bù (thử nghiệm)"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(more).when().put(URL).then().statusCode(200)
                .body("$", hasSize(3), "[2].date", equalTo("2026-09-04"));
        assertDue("2026-09-18", endedOn24August(p, inspector, "2/KH-UBND"));

        // no official decision at all: the statutory calendar
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(List.of()).when().put(URL).then().statusCode(200);
        assertDue("2026-09-16", endedOn24August(p, inspector, "3/KH-UBND"));
    }

    @Test
    void onlyAdminChangesTheCalendarAndBadEntriesAreNamed() {
        String inspector = TestTokens.token("inspector-cal", "H99.SNV", "inspector");
        given().auth().oauth2(inspector).when().get(URL).then().statusCode(200);
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(seed()).when().put(URL).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("leader-cal", "H99.X01", "leader")).when().get(URL).then().statusCode(403);
        given().when().get(URL).then().statusCode(401);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(List.of(Map.of("date", "2025-12-31", "kind", "COMPENSATORY_OFF"),
                        Map.of("date", "2026-05-04", "kind", "EXTRA_DAY_OFF"),
                        Map.of("date", "2026-05-05", "kind", "HOLIDAY"), Map.of("date", "2026-05-05", "kind", "HOLIDAY")))
                .when().put(URL).then().statusCode(400).contentType("application/problem+json").body("violations", hasSize(3),
                        "violations[0].field", equalTo("[0].date"), "violations[0].rule", equalTo("inYear"),
                        "violations[1].field", equalTo("[1].kind"), "violations[1].rule", equalTo("oneOf"),
                        "violations[2].field", equalTo("[3].date"), "violations[2].rule", equalTo("unique"));
        given().auth().oauth2(admin()).when().get("/api/v1/inspections/calendar/2019").then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        // nothing half-written
        given().auth().oauth2(admin()).when().get(URL).then().statusCode(200).body("$", hasSize(2));
    }

    private static void assertDue(String expected, String actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual);
    }

}
