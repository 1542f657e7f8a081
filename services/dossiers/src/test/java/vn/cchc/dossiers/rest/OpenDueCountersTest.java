package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.DossierCalls;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.domain.GroupBy;
import vn.cchc.dossiers.repository.ReportQueries;
import vn.cchc.dossiers.service.StatsFolder;
import vn.cchc.shared.event.EventCodec;

/**
 * Open dossiers counted per key and due day (V20, issue 16): the trigger on dossier keeps dossier_open_due_pending +
 * dossier_open_due_stat equal to the open dossiers through intake, due times moved (into the past, into today), an
 * apology, a refusal and a pause; the report of a period that has not ended reads its overdue stock from them and
 * equals the rows before and after the fold.
 */
@QuarkusTest
class OpenDueCountersTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    StatsFolder folder;

    @Inject
    ReportQueries queries;

    @Test
    void countersFollowEveryWriteAndTheReportsOverdueStockEqualsTheRows() {
        Province p = Province.create(codec, mapper, em);
        String point = p.code + ".X1.MC";
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            codes.add(intake(p, point, i));
        }
        // time passes: two due three days ago, one due a second ago (today, or yesterday just after midnight)
        sql("update dossier set due_at = now() - interval '3 days' where code in ('" + codes.get(0) + "', '"
                + codes.get(1) + "')");
        sql("update dossier set due_at = now() - interval '1 second' where code = '" + codes.get(2) + "'");
        sql("update dossier set has_apology = true where code = '" + codes.get(1) + "'");
        // closed through the product: refused; and one paused (still open, still counted)
        DossierCalls.act(p.officer, codes.get(0), "refuse", Map.of("reason", "Không thuộc thẩm quyền"));
        DossierCalls.act(
                p.officer,
                codes.get(3),
                "request-supplement",
                Map.of("items", List.of("Giấy chứng sinh"), "reason", "Thiếu"));
        sql("update dossier set due_at = now() - interval '5 days' where code = '" + codes.get(3) + "'");

        assertCountersEqualRows(point);
        assertTrue(count("select count(*) from dossier_open_due_pending where unit_code = '" + point + "'") > 0);
        // the period report of this month (not ended): overdue = open and due before now = codes 1, 2, 3
        assertEquals(3, overdueNow(point), "open overdue dossiers in the rows");
        assertReport(p, 3);

        folder.foldAll();
        assertEquals(0, count("select count(*) from dossier_open_due_pending where unit_code = '" + point + "'"));
        assertCountersEqualRows(point);
        assertReport(p, 3);
        // no key is kept for the refused dossier's day once folded (its count fell to 0)
        assertEquals(
                0,
                count("select count(*) from dossier_open_due_stat where open_count = 0 and unit_code = '" + point
                        + "'"));
    }

    /**
     * The overdue stock at any moment of today, whichever part of today is read from the dossiers (before the moment
     * in the morning, after it in the evening): equal to the open dossiers due before the moment, with and without an
     * apology, before and after the fold.
     */
    @Test
    void overdueStockAtEveryHourOfTodayEqualsTheRows() {
        Province p = Province.create(codec, mapper, em);
        String point = p.code + ".X1.MC";
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            codes.add(intake(p, point, i));
        }
        LocalDate today = LocalDate.now(VN);
        // due at 00:30, 05:00, 11:59, 12:01, 18:00, 23:30 today, yesterday 23:00 and tomorrow 00:10
        String[] due = {
            today + "T00:30:00+07:00", today + "T05:00:00+07:00", today + "T11:59:00+07:00",
            today + "T12:01:00+07:00", today + "T18:00:00+07:00", today + "T23:30:00+07:00",
            today.minusDays(1) + "T23:00:00+07:00", today.plusDays(1) + "T00:10:00+07:00"
        };
        for (int i = 0; i < due.length; i++) {
            sql("update dossier set due_at = '" + due[i] + "'::timestamptz" + (i % 3 == 0 ? ", has_apology = true" : "")
                    + " where code = '" + codes.get(i) + "'");
        }
        for (boolean folded : List.of(false, true)) {
            if (folded) {
                folder.foldAll();
            }
            for (String at : List.of(
                    "00:00", "00:30", "04:00", "11:59", "12:00", "12:01", "17:59", "18:00", "23:29", "23:59:59")) {
                OffsetDateTime reference =
                        LocalDateTime.parse(today + "T" + at).atZone(VN).toOffsetDateTime();
                OffsetDateTime end =
                        today.plusDays(1).atStartOfDay(VN).toOffsetDateTime().minusNanos(1000);
                long[] expected = overdueAt(point, reference);
                var stocks = QuarkusTransaction.requiringNew()
                        .call(() -> queries.stocks(
                                "/" + p.code + "/", today.withDayOfMonth(1), Map.of(), end, reference, GroupBy.UNIT));
                ReportQueries.Stocks s = ReportQueries.stocksOrNone(stocks, point);
                String label = "at " + at + (folded ? " (folded)" : "");
                assertEquals(expected[0], s.inProgressOverdue(), "overdue " + label);
                assertEquals(expected[1], s.overdueWithApology(), "overdue with an apology " + label);
                assertEquals(8 - expected[0], s.inProgressWithinTime(), "within time " + label);
            }
        }
    }

    /** {overdue, with an apology}: the open dossiers of the point due before {@code reference}, from the rows. */
    private long[] overdueAt(String point, OffsetDateTime reference) {
        String where = "receiving_unit_code = '" + point + "' and closed_at is null and due_at < '" + reference + "'";
        return new long[] {
            count("select count(*) from dossier where " + where),
            count("select count(*) from dossier where has_apology and " + where)
        };
    }

    /** stat + pending per (due day, procedure, channel, apology) equal the open dossiers counted from the rows. */
    private void assertCountersEqualRows(String point) {
        String key = "due_day || ' ' || procedure_code || ' ' || channel || ' ' || has_apology";
        Map<String, Long> counted = grouped("select k, sum(n) from (select " + key
                + " as k, open_count as n from dossier_open_due_stat where unit_code = '" + point
                + "' union all select " + key + " as k, delta from dossier_open_due_pending where unit_code = '"
                + point + "') c group by k having sum(n) <> 0");
        Map<String, Long> rows =
                grouped("select (due_at at time zone 'Asia/Ho_Chi_Minh')::date || ' ' || procedure_code"
                        + " || ' ' || channel || ' ' || has_apology, count(*) from dossier where receiving_unit_code = '"
                        + point
                        + "' and closed_at is null and received_at is not null and due_at is not null group by 1");
        assertEquals(rows, counted);
        assertEquals(
                6, rows.values().stream().mapToLong(Long::longValue).sum(), "open dossiers: 7 received, 1 refused");
    }

    private long overdueNow(String point) {
        return count("select count(*) from dossier where receiving_unit_code = '" + point
                + "' and closed_at is null and due_at < now()");
    }

    /** This month's report (not ended) of the receiving point, by every grouping: its overdue stock. */
    private static void assertReport(Province p, long overdue) {
        LocalDate today = LocalDate.now(VN);
        for (String groupBy : List.of("UNIT", "FIELD", "PROCEDURE", "CHANNEL")) {
            var total = given().auth()
                    .oauth2(p.leader)
                    .queryParam("from", today.withDayOfMonth(1).toString())
                    .queryParam("to", today.toString())
                    .queryParam("groupBy", groupBy)
                    .when()
                    .get("/api/v1/dossiers/reports/period")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(overdue, total.getLong("total.inProgressOverdue"), "overdue by " + groupBy);
            assertEquals(6, total.getLong("total.inProgress"), "in progress by " + groupBy);
            assertEquals(0, total.getLong("total.carriedOver"), "carried over by " + groupBy);
        }
    }

    private String intake(Province p, String point, int i) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", point);
        body.put("channel", i % 2 == 0 ? "ONLINE" : "DIRECT");
        body.put("applicant", Map.of("name", "Công dân " + i, "phone", "0910002" + String.format("%03d", i)));
        body.put("content", "Đăng ký khai sinh " + i);
        body.put("components", List.of(Map.of("name", "Tờ khai", "copies", 1)));
        return DossierCalls.receive(p.officer, body);
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private long count(String query) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(query).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(String query) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> m = new TreeMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery(query).getResultList()) {
                m.put((String) r[0], ((Number) r[1]).longValue());
            }
            return m;
        });
    }
}
