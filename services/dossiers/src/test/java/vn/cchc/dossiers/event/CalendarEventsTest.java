package vn.cchc.dossiers.event;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.CalendarEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * dossiers owns the official calendar: each admin change of a year writes {@code CalendarYearChanged} with the
 * whole year to the outbox in the change's transaction (a refused change writes nothing), with an increasing
 * sequence per province and year; the seeded years are announced once at start-up.
 */
@QuarkusTest
class CalendarEventsTest {

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Inject
    vn.cchc.dossiers.service.OfficialCalendarService official;

    @Inject
    vn.cchc.dossiers.service.OfficialCalendarService calendars;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    /** A new province root in the unit copy: an admin's province is the root of its unit there (issue 11). */
    private String province() {
        String p = "Q" + ThreadLocalRandom.current().nextInt(100000, 999999);
        vn.cchc.dossiers.Province.unit(codec, mapper, p, "PROVINCE", null, "/" + p + "/", false);
        org.awaitility.Awaitility.await()
                .pollInSameThread()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() ->
                        vn.cchc.dossiers.Province.count(em, "select count(*) from unit_copy where code = '" + p + "'")
                                == 1);
        return p;
    }

    /**
     * A province may decide a date the national decisions already cover (31/8/2026 is nationally a compensatory day
     * off): the province's entry wins instead of breaking the province's calendar, and other provinces keep theirs.
     */
    @Test
    void aProvinceDecisionOnANationallyDecidedDayKeepsTheCalendarWorking() {
        String p = province();
        String admin = TestTokens.token("admin-" + p, p, "admin");
        LocalDate monday = LocalDate.of(2026, 8, 31);
        LocalDate friday = LocalDate.of(2026, 9, 4);
        assertFalse(calendars.forProvince(p).isWorkingDay(monday));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2026-08-31", "kind", "HOLIDAY", "note", "QĐ UBND tỉnh: nghỉ 31/8"))
                .when()
                .post("/api/v1/dossiers/calendar/2026/entries")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2026-09-04", "kind", "HOLIDAY", "note", "QĐ UBND tỉnh: nghỉ 4/9"))
                .when()
                .post("/api/v1/dossiers/calendar/2026/entries")
                .then()
                .statusCode(201);
        assertFalse(calendars.forProvince(p).isWorkingDay(monday));
        assertFalse(calendars.forProvince(p).isWorkingDay(friday));
        assertTrue(calendars.forProvince("Q000000").isWorkingDay(friday));
        assertTrue(calendars.forProvince(p).isWorkingDay(LocalDate.of(2026, 8, 22))); // the national Saturday worked
    }

    /**
     * A decision that takes another adjacent day for 2/9 names the default day as worked: a weekday SWAPPED_WORKDAY is
     * accepted on a default day off (docs/domain/calendar.md §5) and refused on an ordinary weekday.
     */
    @Test
    void aWeekdayIsWorkedOnlyToCancelADefaultDayOff() {
        String p = province();
        String admin = TestTokens.token("admin-" + p, p, "admin");
        LocalDate friday = LocalDate.of(2027, 9, 3); // 02/9/2027 is a Thursday: the default adjacent day
        assertFalse(calendars.forProvince(p).isWorkingDay(friday));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2027-09-03", "kind", "SWAPPED_WORKDAY", "note", "QĐ: ngày liền kề là 01/9"))
                .when()
                .post("/api/v1/dossiers/calendar/2027/entries")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "date", "2027-09-01", "kind", "HOLIDAY", "note", "QĐ: Quốc khánh (ngày liền kề trước 2/9)"))
                .when()
                .post("/api/v1/dossiers/calendar/2027/entries")
                .then()
                .statusCode(201);
        assertTrue(calendars.forProvince(p).isWorkingDay(friday));
        assertFalse(calendars.forProvince(p).isWorkingDay(LocalDate.of(2027, 9, 1)));
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2027-09-08", "kind", "SWAPPED_WORKDAY"))
                .when()
                .post("/api/v1/dossiers/calendar/2027/entries")
                .then()
                .statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("date"));
    }

    @Test
    void anAdminChangeWritesTheWholeYearToTheOutbox() {
        String p = province();
        String admin = TestTokens.token("admin-" + p, p, "admin");
        String key = p + ":2026";
        String url = "/api/v1/dossiers/calendar/2026/entries";

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2026-12-31", "kind", "HOLIDAY", "note", "QĐ UBND tỉnh: nghỉ 31/12"))
                .when()
                .post(url)
                .then()
                .statusCode(201);
        List<EventEnvelope> rows = outbox(key);
        assertEquals(1, rows.size());
        EventEnvelope first = rows.get(0);
        assertEquals(CalendarEventV1.YEAR_CHANGED, first.type());
        assertEquals(key, first.subject());
        assertEquals(CalendarEventV1.SCHEMA_VERSION, first.schemaVersion());
        CalendarEventV1 e1 = codec.data(first, CalendarEventV1.class);
        assertEquals(p, e1.province());
        assertEquals(2026, e1.year());
        assertEquals(
                List.of(new CalendarEventV1.Entry(LocalDate.of(2026, 12, 31), "HOLIDAY", "QĐ UBND tỉnh: nghỉ 31/12")),
                e1.entries());
        assertTrue(e1.sequence() > 0);

        // a second decision: the event carries both, ordered by date, with a higher sequence
        long id = ((Number) given().auth()
                        .oauth2(admin)
                        .contentType(ContentType.JSON)
                        .body(Map.of("date", "2026-10-10", "kind", "SWAPPED_WORKDAY", "note", "Làm bù"))
                        .when()
                        .post(url)
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        rows = outbox(key);
        assertEquals(2, rows.size());
        CalendarEventV1 e2 = codec.data(rows.get(1), CalendarEventV1.class);
        assertEquals(
                List.of(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 12, 31)),
                e2.entries().stream().map(CalendarEventV1.Entry::date).toList());
        assertEquals("SWAPPED_WORKDAY", e2.entries().get(0).kind());
        assertTrue(e2.sequence() > e1.sequence(), e2.sequence() + " > " + e1.sequence());

        // refused changes (duplicate date, a weekday "worked") write no event
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2026-12-31", "kind", "HOLIDAY"))
                .when()
                .post(url)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("date", "2026-11-20", "kind", "SWAPPED_WORKDAY"))
                .when()
                .post(url)
                .then()
                .statusCode(400);
        assertEquals(2, outbox(key).size());

        // removing an entry publishes the rest of the year
        given().auth().oauth2(admin).when().delete(url + "/" + id).then().statusCode(204);
        rows = outbox(key);
        assertEquals(3, rows.size());
        CalendarEventV1 e3 = codec.data(rows.get(2), CalendarEventV1.class);
        assertEquals(
                List.of(LocalDate.of(2026, 12, 31)),
                e3.entries().stream().map(CalendarEventV1.Entry::date).toList());
        assertTrue(e3.sequence() > e2.sequence());

        // the relay puts the latest state on the compacted topic, keyed by province and year
        String last = rows.get(2).id();
        var record = KafkaTestResource.awaitRecord(
                Topics.CALENDAR, r -> key.equals(r.key()) && r.value().contains(last), Duration.ofSeconds(30));
        assertEquals(e3, codec.data(codec.read(record.value()), CalendarEventV1.class));
    }

    @Test
    void theSeededYearIsAnnouncedOnceAtStartUp() {
        List<EventEnvelope> rows = outbox("VN:2026");
        assertEquals(1, rows.size(), "the 2026 seed (V2 + V7) is published at start-up, once");
        CalendarEventV1 seed = codec.data(rows.get(0), CalendarEventV1.class);
        assertEquals("VN", seed.province());
        // TB 9441/TB-BNV as announced: Tết 16–20/02, the V2 swap 31/8 ↔ 22/8, 01/9 and 02/9 off, 03/9 worked (V7)
        assertEquals(
                List.of(
                        "2026-02-16:HOLIDAY",
                        "2026-02-17:HOLIDAY",
                        "2026-02-18:HOLIDAY",
                        "2026-02-19:HOLIDAY",
                        "2026-02-20:HOLIDAY",
                        "2026-08-22:SWAPPED_WORKDAY",
                        "2026-08-31:COMPENSATORY_OFF",
                        "2026-09-01:HOLIDAY",
                        "2026-09-02:HOLIDAY",
                        "2026-09-03:SWAPPED_WORKDAY"),
                seed.entries().stream().map(e -> e.date() + ":" + e.kind()).toList());
        assertEquals(
                new CalendarEventV1.Entry(
                        LocalDate.of(2026, 8, 22), "SWAPPED_WORKDAY", "TB 9441/TB-BNV: làm bù cho ngày nghỉ 31/8/2026"),
                seed.entries().get(5));
        // a restart (or a second instance) publishes nothing more
        assertEquals(0, official.publishUnpublished());
        assertEquals(1, outbox("VN:2026").size());
    }

    @SuppressWarnings("unchecked")
    private List<EventEnvelope> outbox(String key) {
        List<String> payloads = em.createNativeQuery(
                        "select payload from outbox_event where topic = :t and event_key = :k order by seq")
                .setParameter("t", Topics.CALENDAR)
                .setParameter("k", key)
                .getResultList();
        return payloads.stream().map(codec::read).toList();
    }
}
