package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.CalendarEntry;
import vn.cchc.calendar.OfficialCalendar2026;
import vn.cchc.inspections.TestClock;
import vn.cchc.shared.contract.CalendarEventV1;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * The official calendar decisions are owned by dossiers and arrive on {@code cchc.calendar.v1}
 * ({@code CalendarYearChanged}, the whole year of a province, ordered by sequence); they feed the conclusion
 * deadline: an inspection ended Monday 24/8/2026 is due 15 working days later, with Monday 31/8/2026 off
 * (TB 9441/TB-BNV) once the decisions arrived. A replayed or older event changes nothing; the endpoint is read-only.
 */
@QuarkusTest
class CalendarCopyResourceTest {

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
    }

    /** national-admin: no province, reads the calendar of any province (default: the national one). */
    private static String national() {
        return TestTokens.token("national", null, "national-admin");
    }

    private static String admin(String unit) {
        return TestTokens.token("admin-" + unit, unit, "admin");
    }

    private String province() {
        String p = "C" + ThreadLocalRandom.current().nextInt(100000, 999999);
        unit(p, null, "/" + p + "/");
        unit(p + ".SNV", p, "/" + p + "/" + p + ".SNV/");
        unit(p + ".X1", p, "/" + p + "/" + p + ".X1/");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from unit_copy where code like '" + p + "%'") == 3);
        return p;
    }

    private void unit(String code, String parent, String path) {
        UnitEventV1 u = new UnitEventV1(
                code,
                "Đơn vị " + code,
                "ADMINISTRATION",
                "COMMUNE",
                parent,
                path,
                LocalDate.of(2025, 7, 1),
                null,
                null,
                false,
                List.of(),
                1);
        EventEnvelope e = EventEnvelope.create(
                "/cchc/procedures",
                UnitEventV1.CHANGED,
                code,
                1,
                OffsetDateTime.now(ZoneOffset.UTC),
                mapper.valueToTree(u));
        KafkaTestResource.produce(Topics.UNITS, e.subject(), codec.write(e));
    }

    /** {@code CalendarYearChanged} as dossiers writes it. */
    private EventEnvelope calendar(String province, int year, long sequence, List<CalendarEntry> entries) {
        CalendarEventV1 c = new CalendarEventV1(
                province,
                year,
                entries.stream()
                        .map(e -> new CalendarEventV1.Entry(e.date(), e.kind().name(), e.note()))
                        .toList(),
                sequence,
                OffsetDateTime.now(ZoneOffset.UTC));
        return EventEnvelope.create(
                "/cchc/dossiers",
                CalendarEventV1.YEAR_CHANGED,
                c.key(),
                CalendarEventV1.SCHEMA_VERSION,
                OffsetDateTime.now(ZoneOffset.UTC),
                mapper.valueToTree(c));
    }

    /** Publishes the event and waits until inspections has consumed it (applied, or skipped as not newer). */
    private void deliver(EventEnvelope e) {
        KafkaTestResource.produce(Topics.CALENDAR, e.subject(), codec.write(e));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from inbox_event where consumer = 'inspections.calendar' and event_id = '"
                                        + e.id() + "'")
                        == 1);
    }

    /** A new inspection of X1 visited on Monday 24/8/2026 and ended that day; returns its conclusion due date. */
    private String endedOn24August(String p, String inspector, String number) {
        Map<String, Object> plan = Map.of(
                "number",
                number,
                "planDate",
                "2026-08-01",
                "issuer",
                "Ủy ban nhân dân tỉnh",
                "year",
                2026,
                "contentGroups",
                List.of("TTHC_MOT_CUA"),
                "inspections",
                List.of(Map.of("unitCode", p + ".X1", "scheduledFrom", "2026-08-24", "scheduledTo", "2026-08-24")));
        String planId = given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(plan)
                .when()
                .post("/api/v1/inspections/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String id = given().auth()
                .oauth2(inspector)
                .when()
                .get("/api/v1/inspections/plans/" + planId)
                .then()
                .statusCode(200)
                .extract()
                .path("inspections[0].id");
        given().auth()
                .oauth2(inspector)
                .when()
                .post("/api/v1/inspections/" + id + "/start")
                .then()
                .statusCode(200);
        return given().auth()
                .oauth2(inspector)
                .contentType(ContentType.JSON)
                .body(Map.of("endedOn", "2026-08-24"))
                .when()
                .post("/api/v1/inspections/" + id + "/end")
                .then()
                .statusCode(200)
                .extract()
                .path("conclusionDue");
    }

    @Test
    void decisionsFromDossiersFeedTheConclusionDeadlineAndOnlyTheLatestCounts() {
        String p = province();
        String inspector = TestTokens.token("inspector-" + p, p + ".SNV", "inspector");
        clock.set(Instant.parse("2026-08-24T09:00:00Z"));

        // nothing received for this province yet: the statutory calendar (Quốc khánh Wed 2/9 and the default adjacent
        // Thu 3/9) → 25–28/8 (4), 31/8 (5), 1/9 (6), 4/9 (7), 7–11/9 (12), 14–16/9 (15) → Wednesday 16/9
        given().auth().oauth2(inspector).when().get(URL).then().statusCode(200).body("$", hasSize(0));
        assertEquals("2026-09-16", endedOn24August(p, inspector, "1/KH-UBND"));

        // dossiers announces the 2026 decisions: 25–28/8 (4), Mon 31/8 off, 1–2/9 Quốc khánh, 3–4/9 (6),
        // 7–11/9 (11), 14–17/9 (15) → Thursday 17/9
        EventEnvelope v10 = calendar(p, 2026, 10, OfficialCalendar2026.ENTRIES);
        deliver(v10);
        // (TB 9441 as stored: Tết 16–20/2, 22/8 worked, 31/8–2/9 off, 3/9 worked)
        given().auth()
                .oauth2(inspector)
                .when()
                .get(URL)
                .then()
                .statusCode(200)
                .body(
                        "$",
                        hasSize(10),
                        "[5].date",
                        equalTo("2026-08-22"),
                        "[5].kind",
                        equalTo("SWAPPED_WORKDAY"),
                        "[6].date",
                        equalTo("2026-08-31"),
                        "[6].kind",
                        equalTo("COMPENSATORY_OFF"),
                        "[6].note",
                        equalTo("Hoán đổi, làm bù thứ Bảy 22/8/2026"),
                        "[6].province",
                        equalTo(p),
                        "[6].sequence",
                        equalTo(10),
                        "[6].source",
                        equalTo("DECISION"),
                        "[9].date",
                        equalTo("2026-09-03"),
                        "[9].kind",
                        equalTo("SWAPPED_WORKDAY"));
        // the caller's province by default, its own or 'VN' with ?province=; national-admin any province
        given().auth().oauth2(admin(p)).when().get(URL).then().statusCode(200).body("$", hasSize(10));
        given().auth()
                .oauth2(admin(p + ".SNV"))
                .queryParam("province", p)
                .when()
                .get(URL)
                .then()
                .statusCode(200)
                .body("$", hasSize(10));
        given().auth()
                .oauth2(national())
                .queryParam("province", p)
                .when()
                .get(URL)
                .then()
                .statusCode(200)
                .body("$", hasSize(10));
        assertEquals("2026-09-17", endedOn24August(p, inspector, "2/KH-UBND"));

        // admin adds a day off in dossiers (Friday 4/9/2026): the whole year arrives again, the next deadline moves
        List<CalendarEntry> more = new ArrayList<>(OfficialCalendar2026.ENTRIES);
        more.add(new CalendarEntry(
                LocalDate.of(2026, 9, 4), CalendarEntry.Kind.COMPENSATORY_OFF, "Nghỉ bù (thử nghiệm)"));
        EventEnvelope v20 = calendar(p, 2026, 20, more);
        deliver(v20);
        assertEquals("2026-09-18", endedOn24August(p, inspector, "3/KH-UBND"));

        // out of order: an older state (sequence 15, no decision at all) arriving late changes nothing
        deliver(calendar(p, 2026, 15, List.of()));
        // replay: the same event again (inbox), and the same sequence under another id, change nothing
        KafkaTestResource.produce(Topics.CALENDAR, v20.subject(), codec.write(v20));
        deliver(calendar(p, 2026, 20, List.of()));
        // the first one replayed last (a consumer reset to the start of the compacted topic)
        KafkaTestResource.produce(Topics.CALENDAR, v10.subject(), codec.write(v10));
        deliver(calendar(p, 2026, 5, List.of()));
        given().auth()
                .oauth2(inspector)
                .when()
                .get(URL)
                .then()
                .statusCode(200)
                .body("$", hasSize(11), "[10].date", equalTo("2026-09-04"), "[10].sequence", equalTo(20));
        assertEquals(20L, count("select sequence from calendar_year where province = '" + p + "' and year = 2026"));
        assertEquals("2026-09-18", endedOn24August(p, inspector, "4/KH-UBND"));

        // a newer state without decisions: back to the statutory calendar
        deliver(calendar(p, 2026, 30, List.of()));
        given().auth().oauth2(inspector).when().get(URL).then().statusCode(200).body("$", hasSize(0));
        assertEquals("2026-09-16", endedOn24August(p, inspector, "5/KH-UBND"));
    }

    @Test
    void nationalDecisionsApplyUnderTheProvincesOwnAndOtherProvincesAreUntouched() {
        String p = province();
        String other = province();
        LocalDate day = LocalDate.of(2030, 5, 3); // a Friday
        deliver(calendar(
                "VN",
                2030,
                1,
                List.of(
                        new CalendarEntry(day, CalendarEntry.Kind.COMPENSATORY_OFF, "Quốc gia"),
                        new CalendarEntry(
                                LocalDate.of(2030, 5, 11), CalendarEntry.Kind.SWAPPED_WORKDAY, "Quốc gia làm bù"))));
        deliver(calendar(p, 2030, 1, List.of(new CalendarEntry(day, CalendarEntry.Kind.HOLIDAY, "Tỉnh"))));
        String url = "/api/v1/inspections/calendar/2030";
        given().auth()
                .oauth2(national())
                .queryParam("province", p)
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body(
                        "$",
                        hasSize(2),
                        "[0].kind",
                        equalTo("HOLIDAY"),
                        "[0].province",
                        equalTo(p),
                        "[1].date",
                        equalTo("2030-05-11"),
                        "[1].province",
                        equalTo("VN"));
        given().auth()
                .oauth2(admin(other))
                .when()
                .get(url)
                .then()
                .statusCode(200)
                .body("$", hasSize(2), "[0].kind", equalTo("COMPENSATORY_OFF"), "[0].province", equalTo("VN"));
        // national-admin without ?province=: the national decisions
        given().auth().oauth2(national()).when().get(url).then().statusCode(200).body("$", hasSize(2));
        // an admin or inspector of another province never reads this one's; an admin without a unit reads nothing
        given().auth()
                .oauth2(admin(other))
                .queryParam("province", p)
                .when()
                .get(url)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.token("inspector-" + other, other + ".SNV", "inspector"))
                .queryParam("province", p)
                .when()
                .get(url)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.token("admin", null, "admin"))
                .when()
                .get(url)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.token("integration", "H99", "integration"))
                .when()
                .get(url)
                .then()
                .statusCode(403);
    }

    @Test
    void theCalendarIsReadOnlyHereAndABadEventGoesToTheDeadLetterTopic() {
        String known = province();
        String inspector = TestTokens.token("inspector-cal", known + ".SNV", "inspector");
        given().auth().oauth2(inspector).when().get(URL).then().statusCode(200);
        // a unit this service does not know gives no province
        given().auth()
                .oauth2(TestTokens.token("inspector-cal", "Z00.SNV", "inspector"))
                .when()
                .get(URL)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(national())
                .contentType(ContentType.JSON)
                .body(List.of())
                .when()
                .put(URL)
                .then()
                .statusCode(405);
        given().auth()
                .oauth2(TestTokens.token("leader-cal", "H99.X01", "leader"))
                .when()
                .get(URL)
                .then()
                .statusCode(403);
        given().when().get(URL).then().statusCode(401);
        // every year 1900–2100 (issue 12; 2019 was a 400 before)
        given().auth()
                .oauth2(national())
                .when()
                .get("/api/v1/inspections/calendar/2019")
                .then()
                .statusCode(200);
        for (String year : List.of("1899", "2101")) {
            given().auth()
                    .oauth2(national())
                    .when()
                    .get("/api/v1/inspections/calendar/" + year)
                    .then()
                    .statusCode(400)
                    .body("violations[0].field", equalTo("year"));
        }

        // an entry outside the event's year: not applied (nothing half-written), moved to the dead-letter topic
        String p = "D" + ThreadLocalRandom.current().nextInt(100000, 999999);
        EventEnvelope bad = calendar(
                p,
                2026,
                1,
                List.of(
                        new CalendarEntry(LocalDate.of(2026, 5, 4), CalendarEntry.Kind.COMPENSATORY_OFF, ""),
                        new CalendarEntry(LocalDate.of(2025, 12, 31), CalendarEntry.Kind.COMPENSATORY_OFF, "")));
        KafkaTestResource.produce(Topics.CALENDAR, bad.subject(), codec.write(bad));
        var dead = KafkaTestResource.awaitRecord(
                Topics.DEAD_LETTER,
                r -> bad.subject().equals(r.key()) && r.value().contains(bad.id()),
                Duration.ofSeconds(30));
        var reason = dead.headers().lastHeader("dead-letter-reason");
        assertTrue(reason != null && new String(reason.value(), StandardCharsets.UTF_8).contains("outside 2026"));
        // the partition goes on
        deliver(calendar(
                p, 2026, 2, List.of(new CalendarEntry(LocalDate.of(2026, 5, 4), CalendarEntry.Kind.HOLIDAY, "ok"))));
        given().auth()
                .oauth2(national())
                .queryParam("province", p)
                .when()
                .get(URL)
                .then()
                .statusCode(200)
                .body("$", hasSize(1), "[0].note", equalTo("ok"));
        assertEquals(
                0L,
                count("select count(*) from calendar_entry where province = '" + p
                        + "' and entry_date < '2026-01-01'"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
