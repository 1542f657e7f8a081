package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * Seed 003 (Phường Đúc, 15/12/2022–06/3/2023): 94 dossiers received, 64 early, 10 on time, 14 late, 6 still in
 * progress → on-time rate 84.09 % (= 74/88). Fed through the integration import, the report must say so.
 */
@QuarkusTest
class PeriodReportTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void seed003ShapedDossiersGiveTheReportedOnTimeRate() throws Exception {
        Province p = Province.create(codec, mapper, em);
        String client = TestTokens.token("portal-" + p.code, p.code, "integration");
        List<Map<String, Object>> rows = new ArrayList<>();
        // received Mon 02/03/2026 09:00, due Thu 05/03/2026 09:00 (3 working days)
        for (int i = 0; i < 94; i++) {
            String status;
            String resolvedAt = null;
            String apologyAt = null;
            if (i < 64) {
                status = "RETURNED";
                resolvedAt = "2026-03-04T10:00:00+07:00"; // a day early
            } else if (i < 74) {
                status = "RESOLVED";
                resolvedAt = "2026-03-05T08:30:00+07:00"; // on the due date, before the due time
            } else if (i < 88) {
                status = "RESOLVED";
                resolvedAt = "2026-03-10T10:00:00+07:00"; // late
                if (i < 78) {
                    apologyAt = "2026-03-04T09:00:00+07:00"; // four of them apologised in time
                }
            } else {
                status = "PROCESSING"; // six still open (and overdue by month end)
            }
            Map<String, Object> dossier = new HashMap<>();
            dossier.put("procedureCode", p.procedure);
            dossier.put("receivingUnitCode", p.code + ".X1.MC");
            dossier.put("channel", i % 3 == 0 ? "ONLINE" : "DIRECT");
            dossier.put("applicant", Map.of("name", "Công dân " + i, "phone", "09000000" + String.format("%02d", i)));
            dossier.put("receivedAt", "2026-03-02T09:00:00+07:00");
            Map<String, Object> row = new HashMap<>();
            row.put("externalId", p.code + "-" + i);
            row.put("dossier", dossier);
            row.put("status", status);
            row.put("resolvedAt", resolvedAt);
            row.put("returnedAt", "RETURNED".equals(status) ? "2026-03-04T15:00:00+07:00" : null);
            row.put("apologyAt", apologyAt);
            row.put("apologyNewDueAt", apologyAt == null ? null : "2026-03-10T16:00:00+07:00");
            rows.add(row);
        }
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(94), "skipped", equalTo(0));
        // a re-run imports nothing twice
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0), "skipped", equalTo(94));

        String leader = TestTokens.token("leader-r-" + p.code, p.code + ".X1", "leader");
        given().auth()
                .oauth2(leader)
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .queryParam("groupBy", "UNIT")
                .when()
                .get("/api/v1/dossiers/reports/period")
                .then()
                .statusCode(200)
                .body(
                        "total.received",
                        equalTo(94),
                        "total.receivedOnline",
                        equalTo(32),
                        "total.resolved",
                        equalTo(88),
                        "total.resolvedEarly",
                        equalTo(64),
                        "total.resolvedOnTime",
                        equalTo(10),
                        "total.resolvedLate",
                        equalTo(14),
                        "total.inProgress",
                        equalTo(6),
                        "total.inProgressOverdue",
                        equalTo(6),
                        "total.lateWithApology",
                        equalTo(4),
                        "total.lateWithoutApology",
                        equalTo(16),
                        "total.onTimeRate",
                        equalTo(84.09f),
                        "total.carriedOver",
                        equalTo(0),
                        "rows[0].key",
                        equalTo(p.code + ".X1.MC"),
                        "rows[0].name",
                        equalTo("Trung tâm Phục vụ hành chính công xã X1"));
        // a group by procedure is named from the catalogue copy (one query for all the groups' names)
        given().auth()
                .oauth2(leader)
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .queryParam("groupBy", "PROCEDURE")
                .when()
                .get("/api/v1/dossiers/reports/period")
                .then()
                .statusCode(200)
                .body(
                        "rows.size()",
                        equalTo(1),
                        "rows[0].key",
                        equalTo(p.procedure),
                        "rows[0].name",
                        equalTo("Đăng ký khai sinh"),
                        "rows[0].received",
                        equalTo(94));
        // the next month carries the six open ones over
        given().auth()
                .oauth2(leader)
                .queryParam("from", "2026-04-01")
                .queryParam("to", "2026-04-30")
                .when()
                .get("/api/v1/dossiers/reports/period")
                .then()
                .statusCode(200)
                .body(
                        "total.carriedOver",
                        equalTo(6),
                        "total.received",
                        equalTo(0),
                        "total.inProgressOverdue",
                        equalTo(6));
        // QĐ 766 2.1 counts open dossiers in the denominator: 74 / 94
        given().auth()
                .oauth2(leader)
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .when()
                .get("/api/v1/dossiers/reports/indicators")
                .then()
                .statusCode(200)
                .body(
                        "groups.indicators.flatten().find { it.id == '2.1' }.numerator",
                        equalTo(74),
                        "groups.indicators.flatten().find { it.id == '2.1' }.denominator",
                        equalTo(94),
                        "groups.indicators.flatten().find { it.id == '2.1' }.points",
                        equalTo(15.74f),
                        "groups.indicators.flatten().find { it.id == '3.3' }.numerator",
                        equalTo(32));
        // Excel export of the same report
        byte[] xlsx = given().auth()
                .oauth2(leader)
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .queryParam("format", "xlsx")
                .when()
                .get("/api/v1/dossiers/reports/period")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var lastRow = wb.getFirstSheet().read().getLast();
            assertEquals("Tổng cộng", lastRow.getCellText(1));
            assertEquals("84.09", lastRow.getCellText(19));
        }
        // other communes and outsiders do not get this unit's report
        given().auth()
                .oauth2(TestTokens.token("leader-x2", p.code + ".X2", "leader"))
                .queryParam("unit", p.code + ".X1")
                .queryParam("from", "2026-03-01")
                .queryParam("to", "2026-03-31")
                .when()
                .get("/api/v1/dossiers/reports/period")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(leader)
                .queryParam("from", "2026-03-31")
                .queryParam("to", "2026-03-01")
                .when()
                .get("/api/v1/dossiers/reports/period")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    /**
     * Reports over long periods read month and year rollups: fed dossiers received and resolved over three and a
     * half years, the totals for periods cut every which way (across years, whole years, parts of months) equal
     * those counted from the rows themselves, grouped by unit (unit rollups) and by procedure (procedure rollups);
     * up to today too, where the stocks come from the counts of open dossiers instead.
     */
    @Test
    void rollupsAgreeWithTheDossiersOverLongPeriods() {
        Province p = Province.create(codec, mapper, em);
        String client = TestTokens.token("portal-" + p.code, p.code, "integration");
        java.time.LocalDate first = java.time.LocalDate.of(2023, 1, 9);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<java.time.LocalDate[]> facts = new ArrayList<>(); // received, resolved (null = open)
        for (int i = 0; i < 70; i++) {
            java.time.LocalDate received = first.plusDays(i * 19L);
            while (received.getDayOfWeek().getValue() > 5) {
                received = received.plusDays(1);
            }
            java.time.LocalDate resolved = i % 7 == 3 ? null : received.plusDays(1 + (i * 11L) % 45);
            while (resolved != null && resolved.getDayOfWeek().getValue() > 5) {
                resolved = resolved.plusDays(1);
            }
            facts.add(new java.time.LocalDate[] {received, resolved});
            Map<String, Object> dossier = new HashMap<>();
            dossier.put("procedureCode", p.procedure);
            dossier.put("receivingUnitCode", p.code + ".X1.MC");
            dossier.put("channel", i % 2 == 0 ? "ONLINE" : "DIRECT");
            dossier.put("applicant", Map.of("name", "Công dân " + i, "phone", "0910000" + String.format("%03d", i)));
            dossier.put("receivedAt", received + "T10:00:00+07:00");
            Map<String, Object> row = new HashMap<>();
            row.put("externalId", p.code + "-long-" + i);
            row.put("dossier", dossier);
            row.put("status", resolved == null ? "PROCESSING" : "RESOLVED");
            row.put("resolvedAt", resolved == null ? null : resolved + "T15:00:00+07:00");
            rows.add(row);
        }
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(rows)
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(70));
        String leader = TestTokens.token("leader-long-" + p.code, p.code, "leader");
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String[][] periods = {
            {"2023-03-15", "2026-02-10"},
            {"2024-01-01", "2024-12-31"},
            {"2023-01-01", "2026-06-30"},
            {"2025-02-03", "2025-02-17"},
            {"2024-07-01", "2025-09-30"},
            {"2025-12-20", "2026-01-05"},
            // periods that have not ended: stocks from the open dossiers' counts per due day (V20), not the rollups
            {"2024-07-01", today},
            {"2026-07-15", today}
        };
        for (String[] period : periods) {
            java.time.LocalDate from = java.time.LocalDate.parse(period[0]);
            java.time.LocalDate to = java.time.LocalDate.parse(period[1]);
            int received = 0, resolved = 0, carried = 0, inProgress = 0;
            for (java.time.LocalDate[] f : facts) {
                boolean openAtStart = f[0].isBefore(from) && (f[1] == null || !f[1].isBefore(from));
                boolean openAtEnd = !f[0].isAfter(to) && (f[1] == null || f[1].isAfter(to));
                received += !f[0].isBefore(from) && !f[0].isAfter(to) ? 1 : 0;
                resolved += f[1] != null && !f[1].isBefore(from) && !f[1].isAfter(to) ? 1 : 0;
                carried += openAtStart ? 1 : 0;
                inProgress += openAtEnd ? 1 : 0;
            }
            for (String groupBy : List.of("UNIT", "PROCEDURE", "CHANNEL")) {
                given().auth()
                        .oauth2(leader)
                        .queryParam("from", period[0])
                        .queryParam("to", period[1])
                        .queryParam("groupBy", groupBy)
                        .when()
                        .get("/api/v1/dossiers/reports/period")
                        .then()
                        .statusCode(200)
                        .body(
                                "total.received",
                                equalTo(received),
                                "total.resolved",
                                equalTo(resolved),
                                "total.carriedOver",
                                equalTo(carried),
                                "total.inProgress",
                                equalTo(inProgress));
            }
        }
    }

    @Test
    void integrationRetriesNeverDuplicate() {
        Province p = Province.create(codec, mapper, em);
        String client = TestTokens.token("portal2-" + p.code, p.code, "integration");
        Map<String, Object> body = Map.of(
                "procedureCode",
                p.procedure,
                "receivingUnitCode",
                p.code + ".X2.MC",
                "channel",
                "ONLINE",
                "applicant",
                Map.of("name", "Trần Văn Bình", "phone", "0987654321"));
        String first = given().auth()
                .oauth2(client)
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/dossiers/integration/EXT-1")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        given().auth()
                .oauth2(client)
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/dossiers/integration/EXT-1")
                .then()
                .statusCode(200)
                .body("code", equalTo(first));
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/dossiers/integration/EXT-1")
                .then()
                .statusCode(200)
                .body("code", equalTo(first));
        Map<String, Object> other = new HashMap<>(body);
        other.put("channel", "POSTAL");
        given().auth()
                .oauth2(client)
                .header("Idempotency-Key", "k-1")
                .contentType(ContentType.JSON)
                .body(other)
                .when()
                .put("/api/v1/dossiers/integration/EXT-1")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("Idempotency-Key"));
        assertEquals(
                1L,
                ((Number) em.createNativeQuery("select count(*) from dossier where external_id = 'EXT-1' and "
                                        + "receiving_unit_code = '" + p.code + ".X2.MC'")
                                .getSingleResult())
                        .longValue());
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/v1/dossiers/integration/EXT-2")
                .then()
                .statusCode(403);
    }
}
