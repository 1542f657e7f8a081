package vn.cchc.inspections.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.ParIndexEventV1;
import vn.cchc.shared.contract.ParIndexEventV1.CriterionClaim;
import vn.cchc.shared.contract.PostingComplianceEventV1;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * Evidence from {@code cchc.posting.v1} (PostingComplianceChanged) and {@code cchc.par-index.v1}
 * (ParCriteriaClaimedWithoutEvidence), published through Kafka like the dossier events of {@link InspectionFlowTest}:
 * the figures of the inspected unit and its descendants with source and as-of, an event delivered twice, an older
 * event arriving after a newer one, "as of" an earlier date, and a unit outside the subtree that never shows.
 */
@QuarkusTest
class PostingAndParEvidenceTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    // ---------------------------------------------------------------- fixtures

    /** A province P with communes X1, X2, each with its one-stop shop (.MC); returns P. */
    private String province() {
        String p = "E" + ThreadLocalRandom.current().nextInt(100000, 999999);
        unit(p, null, "/" + p + "/");
        unit(p + ".SNV", p, "/" + p + "/" + p + ".SNV/");
        for (String x : List.of("X1", "X2")) {
            String c = p + "." + x;
            unit(c, p, "/" + p + "/" + c + "/");
            unit(c + ".MC", c, "/" + p + "/" + c + "/" + c + ".MC/");
        }
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from unit_copy where code like '" + p + "%'") == 6);
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
                code.endsWith(".MC"),
                List.of(),
                1);
        send(
                Topics.UNITS,
                EventEnvelope.create(
                        "/cchc/procedures",
                        UnitEventV1.CHANGED,
                        code,
                        1,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        mapper.valueToTree(u)));
    }

    private static String path(String p, String unit) {
        StringBuilder b = new StringBuilder("/" + p + "/");
        String[] parts = unit.substring(p.length() + 1).split("\\.");
        String code = p;
        for (String part : parts) {
            code = code + "." + part;
            b.append(code).append('/');
        }
        return b.toString();
    }

    /** An inspection of X1 scheduled from Monday 2/3/2026 (period 1/1 … 1/3/2026); returns the evidence URL. */
    private String inspectionOfX1(String p, String inspector) {
        Map<String, Object> plan = Map.of(
                "number",
                "9/KH-UBND",
                "planDate",
                "2026-01-15",
                "issuer",
                "Ủy ban nhân dân tỉnh",
                "year",
                2026,
                "contentGroups",
                List.of("TTHC_MOT_CUA"),
                "inspections",
                List.of(Map.of("unitCode", p + ".X1", "scheduledFrom", "2026-03-02", "scheduledTo", "2026-03-03")));
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
        return "/api/v1/inspections/" + id + "/evidence";
    }

    private EventEnvelope posting(
            String p,
            String unit,
            long sequence,
            String asOf,
            int required,
            int posted,
            int compliant,
            List<String> stale,
            List<String> missing,
            List<String> outdated,
            String time) {
        BigDecimal rate = required == 0
                ? null
                : BigDecimal.valueOf(compliant * 100L)
                        .divide(BigDecimal.valueOf(required), 4, java.math.RoundingMode.HALF_UP);
        PostingComplianceEventV1 e = new PostingComplianceEventV1(
                unit,
                path(p, unit),
                LocalDate.parse(asOf),
                required,
                posted,
                compliant,
                rate,
                stale,
                missing,
                outdated,
                sequence);
        return EventEnvelope.create(
                "/cchc/procedures",
                PostingComplianceEventV1.CHANGED,
                unit,
                PostingComplianceEventV1.SCHEMA_VERSION,
                OffsetDateTime.parse(time),
                mapper.valueToTree(e));
    }

    private EventEnvelope par(
            String type,
            String p,
            String unit,
            long assessmentId,
            long version,
            List<String> criteria,
            String occurred) {
        ParIndexEventV1 e = new ParIndexEventV1(
                assessmentId,
                version,
                "XA_2026",
                2026,
                "COMMUNE",
                unit,
                path(p, unit),
                "SUBMITTED",
                criteria.stream()
                        .map(c -> new CriterionClaim(c, "Tiêu chí " + c, BigDecimal.ONE, BigDecimal.ONE))
                        .toList(),
                null,
                null,
                null,
                null,
                List.of(),
                "leader",
                OffsetDateTime.parse(occurred));
        return EventEnvelope.create(
                "/cchc/par-index",
                type,
                String.valueOf(assessmentId),
                ParIndexEventV1.SCHEMA_VERSION,
                OffsetDateTime.parse(occurred),
                mapper.valueToTree(e));
    }

    private void send(String topic, EventEnvelope e) {
        KafkaTestResource.produce(topic, e.subject(), codec.write(e));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static ValidatableResponse evidence(String inspector, String url, String asOf) {
        var request = given().auth().oauth2(inspector);
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.when().get(url).then().statusCode(200);
    }

    private static String fig(String key, String field) {
        return "figures.find { it.key == '" + key + "' }." + field;
    }

    // ---------------------------------------------------------------- posting

    @Test
    void postingComplianceOfTheSubtreeWithHistoryReplayAndLateEvents() {
        String p = province();
        String inspector = TestTokens.token("inspector-" + p, p + ".SNV", "inspector");
        String url = inspectionOfX1(p, inspector);
        String mc = p + ".X1.MC";

        EventEnvelope mcNew = posting(
                p,
                mc,
                2000,
                "2026-02-20",
                12,
                12,
                11,
                List.of("1.010.S2"),
                List.of(),
                List.of(),
                "2026-02-20T03:00:00Z");
        EventEnvelope mcOld = posting(
                p,
                mc,
                1000,
                "2026-02-10",
                10,
                9,
                7,
                List.of("1.001.A1"),
                List.of("1.002.M1"),
                List.of("1.003.O1", "1.004.O2"),
                "2026-02-10T03:00:00Z");
        // the newer snapshot of X1.MC first, delivered twice; the commune itself is a receiving point too
        send(Topics.POSTING, mcNew);
        send(
                Topics.POSTING,
                posting(
                        p,
                        p + ".X1",
                        1500,
                        "2026-02-15",
                        4,
                        3,
                        3,
                        List.of(),
                        List.of("1.009.M9"),
                        List.of(),
                        "2026-02-15T03:00:00Z"));
        // outside the inspected subtree: the other commune's one-stop shop
        send(
                Topics.POSTING,
                posting(
                        p,
                        p + ".X2.MC",
                        1800,
                        "2026-02-18",
                        50,
                        10,
                        0,
                        List.of("9.999.OUT"),
                        List.of("9.998.OUT"),
                        List.of("9.997.OUT"),
                        "2026-02-18T03:00:00Z"));
        send(Topics.POSTING, mcNew);
        // the older snapshot of X1.MC arrives last (same key, hence after the replay)
        send(Topics.POSTING, mcOld);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from posting_snapshot where unit_code like '" + p + "%'") == 4);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from inbox_event where event_id = '" + mcOld.id() + "'") == 1);

        // as of the inspection date: X1.MC's newest (12 required, 11 compliant) + X1 (4, 3); nothing of X2.MC
        evidence(inspector, url, null)
                .body(
                        "asOf",
                        equalTo("2026-03-02"),
                        fig("posting.required", "value"),
                        equalTo(16),
                        fig("posting.compliant", "value"),
                        equalTo(14),
                        fig("posting.complianceRate", "value"),
                        equalTo(87.5f),
                        fig("posting.complianceRate", "detail"),
                        equalTo("14/16"),
                        fig("posting.stalePosted", "value"),
                        equalTo(1),
                        fig("posting.stalePosted", "detail"),
                        equalTo("1.010.S2"),
                        fig("posting.missing", "value"),
                        equalTo(1),
                        fig("posting.missing", "detail"),
                        equalTo("1.009.M9"),
                        fig("posting.outdated", "value"),
                        equalTo(0),
                        fig("posting.missing", "source"),
                        equalTo("cchc.posting.v1"),
                        fig("posting.missing", "asOf"),
                        equalTo("2026-02-20T03:00:00Z"),
                        fig("posting.missing", "periodFrom"),
                        equalTo("2026-02-15"),
                        fig("posting.missing", "periodTo"),
                        equalTo("2026-03-02"));
        // the same as of a later date: the late older snapshot did not overwrite the newer one
        evidence(inspector, url, "2026-02-28")
                .body(
                        fig("posting.required", "value"),
                        equalTo(16),
                        fig("posting.stalePosted", "detail"),
                        equalTo("1.010.S2"));
        // as of 16/2: X1.MC's snapshot of 10/2 (delivered late, in its place in history) + X1's of 15/2
        evidence(inspector, url, "2026-02-16")
                .body(
                        fig("posting.required", "value"), equalTo(14),
                        fig("posting.compliant", "value"), equalTo(10),
                        fig("posting.complianceRate", "value"), equalTo(71.43f),
                        fig("posting.stalePosted", "value"), equalTo(1),
                        fig("posting.stalePosted", "detail"), equalTo("1.001.A1"),
                        fig("posting.missing", "value"), equalTo(2),
                        // per receiving point in unit-code order: X1, then X1.MC
                        fig("posting.missing", "detail"), equalTo("1.009.M9, 1.002.M1"),
                        fig("posting.outdated", "value"), equalTo(2),
                        fig("posting.outdated", "detail"), equalTo("1.003.O1, 1.004.O2"),
                        fig("posting.required", "asOf"), equalTo("2026-02-15T03:00:00Z"));
        // as of 12/2: only X1.MC's first snapshot
        evidence(inspector, url, "2026-02-12")
                .body(
                        fig("posting.required", "value"),
                        equalTo(10),
                        fig("posting.complianceRate", "value"),
                        equalTo(70.0f),
                        fig("posting.missing", "detail"),
                        equalTo("1.002.M1"),
                        fig("posting.required", "asOf"),
                        equalTo("2026-02-10T03:00:00Z"));
        // before any snapshot: no posting figure at all
        evidence(inspector, url, "2026-02-01").body("figures.findAll { it.key.startsWith('posting.') }", empty());
    }

    // ---------------------------------------------------------------- PAR index

    @Test
    void parCriteriaWithoutEvidenceOfTheSubtreeWithReplayAndLateEvents() {
        String p = province();
        String inspector = TestTokens.token("inspector-" + p, p + ".SNV", "inspector");
        String url = inspectionOfX1(p, inspector);
        long base = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000) * 10;

        EventEnvelope x1New = par(
                ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE,
                p,
                p + ".X1",
                base + 1,
                5,
                List.of("2.3.1", "4.1.2"),
                "2026-02-25T03:00:00Z");
        EventEnvelope x1Old = par(
                ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE,
                p,
                p + ".X1",
                base + 1,
                3,
                List.of("1.1", "1.2", "2.3.1", "4.1.2"),
                "2026-02-05T03:00:00Z");
        send(Topics.PAR_INDEX, x1New);
        send(Topics.PAR_INDEX, x1New);
        // a descendant of X1 and a unit outside the subtree
        send(
                Topics.PAR_INDEX,
                par(
                        ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE,
                        p,
                        p + ".X1.MC",
                        base + 2,
                        2,
                        List.of("3.2"),
                        "2026-02-10T03:00:00Z"));
        send(
                Topics.PAR_INDEX,
                par(
                        ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE,
                        p,
                        p + ".X2",
                        base + 3,
                        4,
                        List.of("9.9"),
                        "2026-02-12T03:00:00Z"));
        // status and result events carry the field too but are no new gap list; an unknown type without the
        // fields and an unknown field in the contract's payload are tolerated
        send(
                Topics.PAR_INDEX,
                par(ParIndexEventV1.STATUS_CHANGED, p, p + ".X1", base + 1, 6, List.of(), "2026-02-26T03:00:00Z"));
        send(
                Topics.PAR_INDEX,
                EventEnvelope.create(
                        "/cchc/par-index",
                        "ParSomethingNew",
                        String.valueOf(base + 1),
                        1,
                        OffsetDateTime.parse("2026-02-27T03:00:00Z"),
                        mapper.createObjectNode().put("assessmentId", base + 1)));
        ObjectNode extra = mapper.valueToTree(par(
                        ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE,
                        p,
                        p + ".X1",
                        base + 1,
                        4,
                        List.of("1.1", "2.3.1", "4.1.2"),
                        "2026-02-15T03:00:00Z")
                .data());
        extra.put("someFutureField", "x");
        EventEnvelope withExtra = EventEnvelope.create(
                "/cchc/par-index",
                ParIndexEventV1.CRITERIA_WITHOUT_EVIDENCE,
                String.valueOf(base + 1),
                1,
                OffsetDateTime.parse("2026-02-15T03:00:00Z"),
                extra);
        send(Topics.PAR_INDEX, withExtra);
        // the older gap list of X1 arrives last (same key as the replay, hence after it)
        send(Topics.PAR_INDEX, x1Old);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from par_gap_snapshot where unit_code like '" + p + "%'") == 5);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from inbox_event where event_id = '" + x1Old.id() + "'") == 1);

        // as of the inspection date: X1's newest list (version 5) and X1.MC's; nothing of X2
        evidence(inspector, url, null)
                .body(
                        fig("parIndex.criteriaWithoutEvidence", "value"), equalTo(3),
                        fig("parIndex.criteriaWithoutEvidence", "detail"),
                                equalTo("2.3.1, 4.1.2, 3.2 (" + p + ".X1.MC)"),
                        fig("parIndex.criteriaWithoutEvidence", "source"), equalTo("cchc.par-index.v1"),
                        fig("parIndex.criteriaWithoutEvidence", "asOf"), equalTo("2026-02-25T03:00:00Z"),
                        fig("parIndex.criteriaWithoutEvidence", "periodTo"), equalTo("2026-03-02"));
        // as of 20/2: X1's version 4 (with the unknown field), X1.MC's list
        evidence(inspector, url, "2026-02-20")
                .body(
                        fig("parIndex.criteriaWithoutEvidence", "value"), equalTo(4),
                        fig("parIndex.criteriaWithoutEvidence", "detail"),
                                equalTo("1.1, 2.3.1, 4.1.2, 3.2 (" + p + ".X1.MC)"),
                        fig("parIndex.criteriaWithoutEvidence", "asOf"), equalTo("2026-02-15T03:00:00Z"));
        // as of 7/2: only X1's version 3, which arrived last
        evidence(inspector, url, "2026-02-07")
                .body(
                        fig("parIndex.criteriaWithoutEvidence", "value"), equalTo(4),
                        fig("parIndex.criteriaWithoutEvidence", "detail"), equalTo("1.1, 1.2, 2.3.1, 4.1.2"),
                        fig("parIndex.criteriaWithoutEvidence", "asOf"), equalTo("2026-02-05T03:00:00Z"));
        // before any list: no PAR figure
        evidence(inspector, url, "2026-02-01").body(fig("parIndex.criteriaWithoutEvidence", "value"), nullValue());
    }
}
