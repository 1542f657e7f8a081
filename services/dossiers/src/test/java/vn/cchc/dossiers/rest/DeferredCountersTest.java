package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.dossiers.service.StatsFolder;
import vn.cchc.shared.event.EventCodec;

/**
 * Counters of single transitions are appended to dossier_stat_pending and folded into the aggregates later (V14,
 * issue 16): concurrent intakes at one receiving point leave one pending row each; before the fold the period report
 * already counts them (it reads the pending rows too), after the fold the pending rows are gone and the daily
 * counters and both rollups equal the dossier table; the report is the same before and after.
 */
@QuarkusTest
class DeferredCountersTest {

    private static final int DOSSIERS = 12;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Inject
    StatsFolder folder;

    @Test
    void concurrentIntakesArePendingUntilFoldedAndReportsEqualTheRowsThroughout() throws Exception {
        Province p = Province.create(codec, mapper, em);
        String point = p.code + ".X1.MC";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < DOSSIERS; i++) {
                int n = i;
                answers.add(pool.submit(() -> given().auth()
                        .oauth2(p.officer)
                        .contentType(ContentType.JSON)
                        .body(intake(p, point, n))
                        .when()
                        .post("/api/v1/dossiers")
                        .then()
                        .extract()
                        .statusCode()));
            }
            for (Future<Integer> a : answers) {
                assertEquals(201, a.get());
            }
        } finally {
            pool.shutdown();
        }
        long rows = count(
                "select count(*) from dossier where receiving_unit_code = '" + point + "' and received_at is not null");
        long digitised = count("select count(*) from dossier where receiving_unit_code = '" + point
                + "' and received_at is not null and digitised");
        assertEquals(DOSSIERS, rows);

        // before the fold: one pending row per intake, nothing in the aggregates yet, the report counts them
        assertEquals(DOSSIERS, count(sum("received", "dossier_stat_pending", point)));
        assertEquals(0, count(sum("received", "dossier_daily_stat", point)));
        report(p, rows);

        int moved = folder.foldAll();
        assertTrue(moved >= DOSSIERS, "folded " + moved);

        // after: nothing pending, the daily counters and both rollups equal the rows, the report unchanged
        assertEquals(0, count("select count(*) from dossier_stat_pending where unit_code = '" + point + "'"));
        assertEquals(rows, count(sum("received", "dossier_daily_stat", point)));
        assertEquals(digitised, count(sum("digitised", "dossier_daily_stat", point)));
        for (String grain : List.of("D", "M", "Y")) {
            assertEquals(
                    rows,
                    count(sum("received", "dossier_unit_stat", point) + " and grain = '" + grain + "'"),
                    "dossier_unit_stat " + grain);
        }
        for (String grain : List.of("M", "Y")) {
            assertEquals(
                    rows,
                    count(sum("received", "dossier_stat_rollup", point) + " and grain = '" + grain + "'"),
                    "dossier_stat_rollup " + grain);
        }
        report(p, rows);
    }

    /** Today's period report of the receiving point, by unit and by procedure (the two families of tables). */
    private static void report(Province p, long received) {
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        for (String groupBy : List.of("UNIT", "PROCEDURE", "CHANNEL")) {
            int total = given().auth()
                    .oauth2(p.leader)
                    .queryParam("from", today.substring(0, 8) + "01")
                    .queryParam("to", today)
                    .queryParam("groupBy", groupBy)
                    .when()
                    .get("/api/v1/dossiers/reports/period")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("total.received");
            assertEquals(received, total, "report by " + groupBy);
        }
    }

    private static Map<String, Object> intake(Province p, String point, int i) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", p.procedure);
        body.put("receivingUnitCode", point);
        body.put("channel", i % 3 == 0 ? "ONLINE" : "DIRECT");
        body.put("digitised", i % 2 == 0);
        body.put("applicant", Map.of("name", "Công dân " + i, "phone", "0910001" + String.format("%03d", i)));
        body.put("content", "Đăng ký khai sinh " + i);
        body.put("components", List.of(Map.of("name", "Tờ khai", "copies", 1)));
        return body;
    }

    private static String sum(String column, String table, String point) {
        return "select coalesce(sum(" + column + "), 0) from " + table + " where unit_code = '" + point + "'";
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
