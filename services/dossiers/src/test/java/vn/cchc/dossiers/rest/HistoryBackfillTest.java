package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * The backfill of V11 (docs/domain/dossier-history.md §4): dossiers written by the old import (the receipt and one
 * 'import' step, both at the import time) get the history the import writes now, with the import time as the recording
 * time; on histories written by the current code it changes nothing, and a second run changes nothing.
 */
@QuarkusTest
class HistoryBackfillTest {

    private static final String MIGRATION = "db/migration/V11__history_original_times.sql";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    /** The statements of V11 after its "-- backfill" line. */
    static List<String> backfill() throws IOException {
        String sql;
        try (InputStream in = HistoryBackfillTest.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String part = sql.substring(sql.indexOf("\n-- backfill"));
        List<String> statements = new ArrayList<>();
        for (String s : part.split(";\\s*\n")) {
            String body = Arrays.stream(s.split("\n"))
                    .filter(l -> !l.trim().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n")
                    .trim();
            if (!body.isEmpty()) {
                statements.add(body);
            }
        }
        return statements;
    }

    /** Runs the backfill; the rows each statement changed. */
    private List<Integer> runBackfill() throws IOException {
        List<String> statements = backfill();
        return QuarkusTransaction.requiringNew()
                .call(() -> statements.stream()
                        .map(s -> em.createNativeQuery(s).executeUpdate())
                        .toList());
    }

    private long id(String externalId) {
        return ((Number) em.createNativeQuery("select id from dossier where external_id = :e")
                        .setParameter("e", externalId)
                        .getSingleResult())
                .longValue();
    }

    /** action, at (instant), from, to, recorded_at (instant) of each step, in the order of the API. */
    @SuppressWarnings("unchecked")
    private List<List<Object>> history(long dossierId) {
        List<Object[]> rows =
                em.createNativeQuery("""
                        select action, at, from_status, to_status, recorded_at from dossier_history
                         where dossier_id = :d order by at, id""").setParameter("d", dossierId).getResultList();
        return rows.stream()
                .map(r -> Arrays.asList(r[0], instant(r[1]), r[2], r[3], instant(r[4])))
                .toList();
    }

    private static Object instant(Object t) {
        return t instanceof OffsetDateTime o
                ? o.toInstant()
                : t instanceof java.time.Instant i ? i : ((java.sql.Timestamp) t).toInstant();
    }

    private static List<List<Object>> withoutRecorded(List<List<Object>> h) {
        return h.stream().map(s -> s.subList(0, 4)).toList();
    }

    @Test
    void oldImportsGetTheirOriginalTimesAndNewHistoriesAreLeftAlone() throws IOException {
        Province p = Province.create(codec, mapper, em);
        String client = TestTokens.token("legacy-b-" + p.code, p.code, "integration");
        List<Map<String, Object>> rows = new ArrayList<>();
        String[][] cases = {
            {"RETURNED", "2025-03-12T10:30:00+07:00", "2025-03-13T14:00:00+07:00", null},
            {"RESOLVED", "2025-03-17T10:00:00+07:00", null, "2025-03-12T16:00:00+07:00"},
            {"STOPPED", "2025-03-11T08:15:00+07:00", null, null},
            {"REFUSED", "2025-03-10T10:00:00+07:00", null, null},
            {"WITHDRAWN", "2025-03-11T09:00:00+07:00", null, null},
            {"PROCESSING", null, null, null}
        };
        for (int i = 0; i < cases.length; i++) {
            Map<String, Object> dossier = new HashMap<>();
            dossier.put("procedureCode", p.procedure);
            dossier.put("receivingUnitCode", p.code + ".X1.MC");
            dossier.put("channel", "DIRECT");
            dossier.put("applicant", Map.of("name", "Công dân " + i, "phone", "091234000" + i));
            dossier.put("receivedAt", "2025-03-10T09:00:00+07:00");
            Map<String, Object> row = new HashMap<>();
            row.put("externalId", p.code + "-B" + i);
            row.put("dossier", dossier);
            row.put("status", cases[i][0]);
            row.put("resolvedAt", cases[i][1]);
            row.put("returnedAt", cases[i][2]);
            row.put("apologyAt", cases[i][3]);
            row.put("apologyNewDueAt", cases[i][3] == null ? null : "2025-03-18T16:00:00+07:00");
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
                .body("created", equalTo(cases.length));
        Map<String, Object> upsert =
                new HashMap<>(((Map<String, Object>) rows.get(0).get("dossier")));
        upsert.put("receivedAt", OffsetDateTime.now().minusDays(1).withNano(0).toString());
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(upsert)
                .when()
                .put("/api/v1/dossiers/integration/" + p.code + "-U")
                .then()
                .statusCode(200);

        // on histories written by the current code (every dossier of every test so far) the backfill changes nothing
        assertEquals(List.of(0, 0, 0, 0, 0, 0), runBackfill());

        Map<Long, List<List<Object>>> current = new HashMap<>();
        Map<Long, Object> importedAt = new HashMap<>();
        for (int i = 0; i < cases.length; i++) {
            long id = id(p.code + "-B" + i);
            current.put(id, history(id));
            importedAt.put(id, current.get(id).getLast().get(1));
        }
        long upserted = id(p.code + "-U");
        List<List<Object>> upsertedHistory = history(upserted);

        // rewrite them as the old import wrote them: the receipt and, unless still RECEIVED, one 'import' step, both at
        // the import time; the partner's receipt at the time it arrived
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < cases.length; i++) {
                long id = id(p.code + "-B" + i);
                OffsetDateTime at =
                        OffsetDateTime.ofInstant((java.time.Instant) importedAt.get(id), java.time.ZoneOffset.UTC);
                em.createNativeQuery("delete from dossier_history where dossier_id = :d")
                        .setParameter("d", id)
                        .executeUpdate();
                em.createNativeQuery("""
                                insert into dossier_history (dossier_id, at, recorded_at, actor, action, from_status, to_status)
                                values (:d, :t, :t, :a, 'receive', null, 'RECEIVED'),
                                       (:d, :t, :t, :a, 'import', 'RECEIVED', :s)""")
                        .setParameter("d", id)
                        .setParameter("t", at)
                        .setParameter("a", "legacy-b-" + p.code)
                        .setParameter("s", cases[i][0])
                        .executeUpdate();
            }
            em.createNativeQuery("update dossier_history set at = recorded_at where dossier_id = :d")
                    .setParameter("d", upserted)
                    .executeUpdate();
        });

        List<Integer> changed = runBackfill();
        // receipts: six imports and the upsert; one apology, two results, one return, three closures; five markers
        assertEquals(List.of(7, 1, 2, 1, 3, 5), changed);
        for (var e : current.entrySet()) {
            List<List<Object>> after = history(e.getKey());
            assertEquals(withoutRecorded(e.getValue()), withoutRecorded(after), "dossier " + e.getKey());
            for (List<Object> step : after) {
                assertEquals(importedAt.get(e.getKey()), step.get(4), "recorded at the import time: " + step);
            }
        }
        assertEquals(withoutRecorded(upsertedHistory), withoutRecorded(history(upserted)));
        assertEquals(
                upsertedHistory.getFirst().get(4), history(upserted).getFirst().get(4));

        // a second run changes nothing
        assertEquals(List.of(0, 0, 0, 0, 0, 0), runBackfill());
    }
}
