package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.contract.InspectionEventV1;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;

/**
 * Automatic criteria from dossier, posting and typed inspection events (replayed, late, out of order, after
 * finalisation), and surveys.
 */
@QuarkusTest
class AutomaticCriteriaTest {

    static final String BASE = "/api/v1/par-index/assessments/";
    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    EnvelopeSent dossier(
            String type,
            String code,
            long version,
            String unitCode,
            OffsetDateTime received,
            OffsetDateTime resolved,
            String classification,
            boolean apology,
            Boolean apologyTimely,
            Boolean dissatisfied) {
        String path = "/H23/H23.X1/" + unitCode + "/";
        DossierEventV1 d = new DossierEventV1(
                code,
                version,
                resolved == null ? "PROCESSING" : "RESOLVED",
                0,
                "1.H23.KS",
                "Hộ tịch",
                unitCode,
                path,
                null,
                null,
                "ONLINE",
                received,
                received.plusDays(3),
                null,
                resolved,
                null,
                classification,
                apology,
                apologyTimely,
                "LATE".equals(classification),
                true,
                resolved != null,
                dissatisfied,
                received);
        EventEnvelope e = EventEnvelope.create(
                "/cchc/dossiers", type, code, 1, OffsetDateTime.now(ZoneOffset.UTC), mapper.valueToTree(d));
        Fixture.send(codec, Topics.DOSSIERS, e);
        return new EnvelopeSent(e);
    }

    record EnvelopeSent(EventEnvelope envelope) {}

    Map<String, Object> automatic(String token, long id, String code) {
        List<Map<String, Object>> list = given().auth()
                .oauth2(token)
                .when()
                .get(BASE + id + "/automatic")
                .then()
                .statusCode(200)
                .extract()
                .path("findAll { it.code == '" + code + "' }");
        @SuppressWarnings("unchecked")
        Map<String, Object> computed = (Map<String, Object>) list.get(0).get("computed");
        return computed;
    }

    void awaitValue(String token, long id, String code, Predicate<Map<String, Object>> condition) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> condition.test(automatic(token, id, code)));
    }

    long inbox(String consumer) {
        return ((Number) em.createNativeQuery("select count(*) from inbox_event where consumer = :c")
                        .setParameter("c", consumer)
                        .getSingleResult())
                .longValue();
    }

    @Test
    void automaticValuesFollowEventsIdempotentlyAndFreezeAtFinalisation() {
        Fixture f = new Fixture("H23").units(codec, mapper, em).activeSet("H23-XA-2026", 2026);
        long id = f.startAssessment("H23.X1");
        OffsetDateTime t = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, VN);
        String mc = "H23.X1.MC";

        // three dossiers resolved: two on time, one late with a timely apology
        dossier(DossierEventV1.RECEIVED, "D1", 1, mc, t, null, null, false, null, null);
        dossier(DossierEventV1.RESOLVED, "D1", 3, mc, t, t.plusDays(1), "ON_TIME", false, null, null);
        EnvelopeSent d2 = dossier(DossierEventV1.RESOLVED, "D2", 2, mc, t, t.plusDays(2), "EARLY", false, null, null);
        dossier(DossierEventV1.RESOLVED, "D3", 4, mc, t, t.plusDays(6), "LATE", true, true, null);
        awaitValue(f.leader, id, "1.2.1", c -> Integer.valueOf(3).equals(c.get("denominator")));
        Map<String, Object> c = automatic(f.leader, id, "1.2.1");
        assertEquals(2, c.get("numerator"));
        assertEquals(66.67f, ((Number) c.get("value")).floatValue());
        assertEquals("cchc.dossiers.v1", c.get("source"));
        // 20 × 66.67 / 95 = 14.035… → 14.04
        assertEquals(14.04f, ((Number) c.get("score")).floatValue());

        // a replayed event (same id) and a late, older version change nothing
        long applied = inbox("par-index.dossiers");
        KafkaTestResource.produce(Topics.DOSSIERS, "D2", codec.write(d2.envelope()));
        dossier(DossierEventV1.RECEIVED, "D1", 1, mc, t, null, null, false, null, null);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> inbox("par-index.dossiers") == applied + 1);
        c = automatic(f.leader, id, "1.2.1");
        assertEquals(3, c.get("denominator"));
        assertEquals(2, c.get("numerator"));

        // a late rating still counts; events in another year do not
        dossier(DossierEventV1.RATED, "D2", 1, mc, t, t.plusDays(2), "EARLY", false, null, Boolean.TRUE);
        dossier(
                DossierEventV1.RESOLVED,
                "D9",
                2,
                mc,
                t.minusYears(1),
                t.minusYears(1).plusDays(1),
                "ON_TIME",
                false,
                null,
                null);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> inbox("par-index.dossiers") == applied + 3);
        // the QĐ 766 index is not computed from dossier events here (dossiers publishes it, ServiceIndexReadModelTest)
        given().auth()
                .oauth2(f.appraiser)
                .queryParam("period", "2026-Q1")
                .when()
                .get("/api/v1/par-index/service-index/H23.X1")
                .then()
                .statusCode(200)
                .body("groups.size()", equalTo(0), "computedAt", org.hamcrest.Matchers.nullValue());
        given().auth()
                .oauth2(f.otherLeader)
                .queryParam("period", "2026")
                .when()
                .get("/api/v1/par-index/service-index/H23.X1")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(f.leader)
                .queryParam("period", "2026-13")
                .when()
                .get("/api/v1/par-index/service-index/H23.X1")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("period"));
        given().auth()
                .oauth2(f.leader)
                .queryParam("year", 2026)
                .when()
                .get("/api/v1/par-index/service-index/H23.X1/trend")
                .then()
                .statusCode(200)
                .body("size()", equalTo(12));

        // postings: the newest sequence wins, a late older one is ignored
        posting(mc, 2, 10, 9);
        posting(mc, 1, 10, 2);
        awaitValue(f.leader, id, "2.2", v -> Integer.valueOf(10).equals(v.get("denominator")));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox("par-index.posting") >= 2);
        assertEquals(9, automatic(f.leader, id, "2.2").get("numerator"));

        // survey import: bad rows reject the whole file; good ones score the SURVEY criterion by its steps
        given().auth()
                .oauth2(f.appraiser)
                .contentType("text/csv")
                .queryParam("year", 2026)
                .body("unitCode,key,value,respondents\nH23.X1,SIPAS.TOTAL,85.5,120\nH99.X1,SIPAS.TOTAL,101,1\n")
                .when()
                .post("/api/v1/par-index/surveys/import")
                .then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("rows[1].unitCode", "rows[1].value")));
        given().auth()
                .oauth2(f.leader)
                .contentType("text/csv")
                .queryParam("year", 2026)
                .body("unitCode,key,value\nH23.X1,SIPAS.TOTAL,85.5\n")
                .when()
                .post("/api/v1/par-index/surveys/import")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(f.appraiser)
                .contentType("text/csv")
                .queryParam("year", 2026)
                .body("unitCode,key,value,respondents,source\nH23.X1,SIPAS.TOTAL,85.5,120,SIPAS 2026\n")
                .when()
                .post("/api/v1/par-index/surveys/import")
                .then()
                .statusCode(200)
                .body("rows", equalTo(1));
        Map<String, Object> survey = automatic(f.leader, id, "1.2.2");
        assertEquals(85.5f, ((Number) survey.get("value")).floatValue());
        assertEquals(8.0f, ((Number) survey.get("score")).floatValue());

        // through the workflow to FINALISED: values are frozen, later events change nothing
        AssessmentWorkflowTest.act(f.leader, id, "submit", null).statusCode(200);
        AssessmentWorkflowTest.act(f.appraiser, id, "appraise", null).statusCode(200);
        AssessmentWorkflowTest.act(f.appraiser, id, "finalise", null)
                .statusCode(200)
                .body("totalPoints", equalTo(40.04f));
        dossier(DossierEventV1.RESOLVED, "D4", 2, mc, t, t.plusDays(1), "ON_TIME", false, null, null);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> inbox("par-index.dossiers") == applied + 4);
        c = automatic(f.leader, id, "1.2.1");
        assertEquals(Boolean.TRUE, c.get("frozen"));
        assertEquals(3, c.get("denominator"));
        given().auth()
                .oauth2(f.leader)
                .when()
                .get(BASE + id + "/result")
                .then()
                .statusCode(200)
                .body("totalPoints", equalTo(40.04f));
    }

    void posting(String unit, long sequence, int required, int compliant) {
        PostingComplianceEventV1 p = new PostingComplianceEventV1(
                unit,
                "/H23/H23.X1/" + unit + "/",
                LocalDate.of(2026, 5, 1),
                required,
                compliant,
                compliant,
                BigDecimal.valueOf(compliant * 100L / required),
                List.of(),
                List.of(),
                List.of(),
                sequence);
        Fixture.send(
                codec,
                Topics.POSTING,
                EventEnvelope.create(
                        "/cchc/procedures",
                        PostingComplianceEventV1.CHANGED,
                        unit,
                        1,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        mapper.valueToTree(p)));
    }

    // ---- inspection remediation completion (InspectionEventV1) ---------------------------------------------

    static final String INSPECTIONS = "par-index.inspections";

    /** One typed inspection event as the inspections service publishes it (fresh envelope id each call). */
    EventEnvelope inspectionEvent(
            String type,
            String inspectionId,
            String unitCode,
            LocalDate endedOn,
            LocalDate noticeDate,
            String itemId,
            int total,
            int completed,
            int overdue,
            long sequence) {
        String province = unitCode.substring(0, unitCode.indexOf('.'));
        String path = "/" + province + "/"
                + (unitCode.endsWith(".MC") ? unitCode.substring(0, unitCode.length() - 3) + "/" : "") + unitCode + "/";
        InspectionEventV1.Conclusion conclusion = InspectionEventV1.CONCLUDED.equals(type)
                ? new InspectionEventV1.Conclusion(
                        "KL-" + inspectionId, noticeDate, "Giám đốc Sở Nội vụ", noticeDate, false)
                : null;
        InspectionEventV1.Remediation item = itemId == null
                ? null
                : new InspectionEventV1.Remediation(
                        itemId,
                        "Khắc phục " + itemId,
                        unitCode,
                        path,
                        LocalDate.of(2026, 6, 30),
                        InspectionEventV1.REMEDIATION_COMPLETED.equals(type) ? "COMPLETED" : "OPEN",
                        InspectionEventV1.REMEDIATION_OVERDUE.equals(type),
                        null);
        InspectionEventV1 e = new InspectionEventV1(
                inspectionId,
                "P-" + province,
                "KH-01/" + province,
                endedOn.getYear(),
                unitCode,
                path,
                "Đơn vị " + unitCode,
                "CONCLUDED",
                endedOn,
                conclusion,
                conclusion == null ? null : new InspectionEventV1.FindingsSummary(1, total, List.of()),
                item,
                new InspectionEventV1.RemediationTotals(total, completed, overdue),
                sequence,
                OffsetDateTime.now(ZoneOffset.UTC));
        return EventEnvelope.create(
                "/cchc/inspections",
                type,
                inspectionId,
                InspectionEventV1.SCHEMA_VERSION,
                OffsetDateTime.now(ZoneOffset.UTC),
                mapper.valueToTree(e));
    }

    /** Sends the events with fresh envelope ids (a re-publication / topic replay the inbox cannot recognise). */
    List<EventEnvelope> republish(List<EventEnvelope> events) {
        return events.stream()
                .map(e ->
                        EventEnvelope.create(e.source(), e.type(), e.subject(), e.schemaVersion(), e.time(), e.data()))
                .toList();
    }

    void sendAll(List<EventEnvelope> events) {
        events.forEach(e -> Fixture.send(codec, Topics.INSPECTIONS, e));
    }

    void awaitApplied(List<EventEnvelope> events) {
        List<String> ids = events.stream().map(EventEnvelope::id).toList();
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> ((Number) em.createNativeQuery(
                                                "select count(*) from inbox_event where consumer = :c and event_id in (:ids)")
                                        .setParameter("c", INSPECTIONS)
                                        .setParameter("ids", ids)
                                        .getSingleResult())
                                .intValue()
                        == ids.size());
    }

    void assertRemediation(String token, long id, int numerator, int denominator, float value, boolean frozen) {
        Map<String, Object> c = automatic(token, id, "1.1");
        assertEquals(numerator, c.get("numerator"), "numerator = completed items");
        assertEquals(denominator, c.get("denominator"), "denominator = total items");
        assertEquals(value, ((Number) c.get("value")).floatValue());
        assertEquals("cchc.inspections.v1", c.get("source"));
        assertEquals(frozen, c.get("frozen"));
    }

    /**
     * Remediation completion of a commune (H25.X1) from typed InspectionEventV1 events: the inspections of the commune
     * and of its one-stop centre (a child unit) ended in 2026 count; one ended in 2025 (concluded in 2026) and one of
     * the sibling commune do not. Replays, older sequences, unknown types and fields change nothing; finalisation
     * freezes the value.
     */
    @Test
    void remediationCompletionFromTypedInspectionEvents() {
        List<Object> fields = List.of(Fixture.inner(
                "1",
                100,
                Fixture.leaf(
                        "1.1",
                        60,
                        "AUTOMATIC",
                        "REMEDIATION_COMPLETION_RATE",
                        Map.of("type", "QUANTITATIVE", "target", 100, "proportional", true)),
                Fixture.leaf("1.2", 40, "SELF_APPRAISED", null, Map.of("type", "YES_NO"))));
        Fixture f = new Fixture("H25").units(codec, mapper, em).activeSet("H25-XA-2026", 2026, fields);
        long id = f.startAssessment("H25.X1");
        LocalDate ended = LocalDate.of(2026, 2, 20);
        LocalDate notice = LocalDate.of(2026, 3, 10);
        String c = InspectionEventV1.CONCLUDED;
        String done = InspectionEventV1.REMEDIATION_COMPLETED;
        String late = InspectionEventV1.REMEDIATION_OVERDUE;

        // KT-A (the one-stop centre, a child of the commune): 3 items, 2 completed in the end
        EventEnvelope a1 = inspectionEvent(c, "KT-A", "H25.X1.MC", ended, notice, null, 3, 0, 0, 1);
        EventEnvelope a2 = inspectionEvent(done, "KT-A", "H25.X1.MC", ended, null, "A1", 3, 1, 0, 2);
        EventEnvelope a3 = inspectionEvent(late, "KT-A", "H25.X1.MC", ended, null, "A2", 3, 1, 1, 3);
        EventEnvelope a4 = inspectionEvent(done, "KT-A", "H25.X1.MC", ended, null, "A2", 3, 2, 0, 4);
        // KT-B (the commune itself): 1 item, completed; the completion carries fields a newer producer might add
        EventEnvelope b1 = inspectionEvent(
                c, "KT-B", "H25.X1", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 20), null, 1, 0, 0, 1);
        EventEnvelope b2 = inspectionEvent(done, "KT-B", "H25.X1", LocalDate.of(2026, 4, 1), null, "B1", 1, 1, 0, 2);
        ObjectNode b2data = ((ObjectNode) b2.data().deepCopy());
        b2data.put("reinspectionDue", "2026-12-01");
        ((ObjectNode) b2data.get("remediationTotals")).put("deferred", 0);
        b2 = new EventEnvelope(
                b2.specVersion(),
                b2.id(),
                b2.source(),
                b2.type(),
                b2.subject(),
                b2.time(),
                b2.schemaVersion(),
                b2.dataContentType(),
                b2data);
        // KT-C ended in 2025 (concluded in 2026): belongs to 2025 by its end date; KT-D is the sibling commune's
        EventEnvelope c1 = inspectionEvent(
                c, "KT-C", "H25.X1", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 10), null, 4, 0, 0, 1);
        EventEnvelope d1 = inspectionEvent(c, "KT-D", "H25.X2", ended, notice, null, 5, 0, 0, 1);
        // a type outside the topic's contract, with an unknown shape: skipped (no inbox row), not a poison message
        EventEnvelope unknown = EventEnvelope.create(
                "/cchc/inspections",
                "InspectionRescheduled",
                "KT-A",
                1,
                OffsetDateTime.now(ZoneOffset.UTC),
                mapper.valueToTree(Map.of("inspectionId", "KT-A", "newDate", List.of(1, 2))));
        List<EventEnvelope> known = List.of(a1, a2, a3, a4, b1, b2, c1, d1);
        List<EventEnvelope> history = List.of(a1, a2, a3, a4, b1, b2, c1, d1, unknown);
        sendAll(history);
        awaitApplied(known); // every known one applied through the inbox (a dead-lettered event leaves no inbox row)
        // completed 2 + 1 over total 3 + 1 = 75 % → 60 × 75 / 100 = 45 points
        assertRemediation(f.leader, id, 3, 4, 75.0f, false);
        assertEquals(45.0f, ((Number) automatic(f.leader, id, "1.1").get("score")).floatValue());

        // the same envelopes again (inbox duplicates), then the whole history re-published twice with new ids:
        // once in order, once newest first
        sendAll(history);
        for (int replay = 1; replay <= 2; replay++) {
            List<EventEnvelope> again = republish(replay == 1 ? history : history.reversed());
            sendAll(again);
            awaitApplied(
                    again.stream().filter(e -> !e.type().equals(unknown.type())).toList());
            assertRemediation(f.leader, id, 3, 4, 75.0f, false);
        }

        // older events of KT-A (lower sequence) arriving after the newest one change nothing
        List<EventEnvelope> older = List.of(
                inspectionEvent(late, "KT-A", "H25.X1.MC", ended, null, "A2", 3, 1, 1, 3),
                inspectionEvent(c, "KT-A", "H25.X1.MC", ended, notice, null, 3, 0, 0, 1));
        sendAll(older);
        awaitApplied(older);
        assertRemediation(f.leader, id, 3, 4, 75.0f, false);
        Object[] kta = (Object[]) em.createNativeQuery("select sequence, total, completed, overdue, period_year "
                        + "from inspection_remediation where inspection_id = 'KT-A'")
                .getSingleResult();
        assertEquals(
                List.of(4L, 3, 2, 0, 2026),
                List.of(
                        ((Number) kta[0]).longValue(),
                        ((Number) kta[1]).intValue(),
                        ((Number) kta[2]).intValue(),
                        ((Number) kta[3]).intValue(),
                        ((Number) kta[4]).intValue()));

        // FINALISED: the value is frozen; a later completion moves the read model but not the assessment
        AssessmentWorkflowTest.act(f.leader, id, "submit", null).statusCode(200);
        AssessmentWorkflowTest.act(f.appraiser, id, "appraise", null).statusCode(200);
        AssessmentWorkflowTest.act(f.appraiser, id, "finalise", null)
                .statusCode(200)
                .body("totalPoints", equalTo(45.0f));
        assertRemediation(f.leader, id, 3, 4, 75.0f, true);
        List<EventEnvelope> after = List.of(inspectionEvent(done, "KT-A", "H25.X1.MC", ended, null, "A3", 3, 3, 0, 5));
        sendAll(after);
        awaitApplied(after);
        assertEquals(
                3,
                ((Number) em.createNativeQuery(
                                        "select completed from inspection_remediation where inspection_id = 'KT-A'")
                                .getSingleResult())
                        .intValue());
        assertRemediation(f.leader, id, 3, 4, 75.0f, true);
        given().auth()
                .oauth2(f.leader)
                .when()
                .get(BASE + id + "/result")
                .then()
                .statusCode(200)
                .body("totalPoints", equalTo(45.0f));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        long before = inbox("par-index.posting");
        KafkaTestResource.produce(Topics.POSTING, "X", "{not json");
        PostingComplianceEventV1 p = new PostingComplianceEventV1(
                "H24.X1.MC",
                "/H24/H24.X1/H24.X1.MC/",
                LocalDate.of(2026, 5, 1),
                4,
                4,
                3,
                BigDecimal.valueOf(75),
                List.of(),
                List.of(),
                List.of(),
                1);
        Fixture.send(
                codec,
                Topics.POSTING,
                EventEnvelope.create(
                        "/cchc/procedures",
                        PostingComplianceEventV1.CHANGED,
                        "H24.X1.MC",
                        1,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        mapper.valueToTree(p)));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox("par-index.posting") == before + 1);
        given().auth()
                .oauth2(new Fixture("H24").admin)
                .contentType(ContentType.JSON)
                .when()
                .get("/api/v1/par-index/criteria-sets")
                .then()
                .statusCode(200);
    }
}
