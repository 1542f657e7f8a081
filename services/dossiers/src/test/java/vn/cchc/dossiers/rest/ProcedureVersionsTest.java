package vn.cchc.dossiers.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.dossiers.DossierCalls;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * Issue 12 point 2 through the consumer and the REST API: a dossier takes the version of its procedure in force on its
 * day of receipt, live or imported, and the copy's history does not depend on the order or repetition of the events
 * (docs/domain/procedure-versions.md).
 */
@QuarkusTest
class ProcedureVersionsTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String V1_NAME = "Chứng thực bản sao từ bản chính (QĐ 1/QĐ-UBND)";
    private static final String V2_NAME = "Chứng thực bản sao từ bản chính giấy tờ, văn bản (QĐ 215/QĐ-UBND)";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    Province p;

    @BeforeEach
    void province() {
        p = Province.create(codec, mapper, em);
    }

    // ------------------------------------------------------------------ events as the procedures service sends them

    private static ProcedureEventV1.Version version(int n, int days, LocalDate from, LocalDate to) {
        return new ProcedureEventV1.Version(
                n,
                from,
                to,
                new ProcedureEventV1.Decision(
                        n == 1 ? "1/QĐ-UBND" : "215/QĐ-UBND", from.minusDays(14), from, n == 1 ? "PUBLISH" : "AMEND"),
                n == 1 ? V1_NAME : V2_NAME,
                "Chứng thực",
                List.of("COMMUNE"),
                null,
                "NONE",
                new ProcedureEventV1.ProcessingTime(new BigDecimal(days), "WORKING_DAYS"),
                null,
                LocalTime.of(15, 0),
                List.of(),
                List.of());
    }

    /** The event of a decision: the top-level fields describe {@code top}, {@code versions} the whole history. */
    private EventEnvelope event(
            String code,
            String type,
            long sequence,
            ProcedureEventV1.Version top,
            List<ProcedureEventV1.Version> versions) {
        ProcedureEventV1 data = new ProcedureEventV1(
                        code,
                        top.name(),
                        top.field(),
                        "COMMUNE",
                        top.version() == 1 ? "IN_FORCE" : "AMENDED",
                        top.version(),
                        top.processingTime(),
                        top.decision(),
                        sequence,
                        top.levels(),
                        top.validFrom(),
                        top.validTo(),
                        null,
                        null,
                        null,
                        List.of(),
                        List.of("DIRECT"),
                        "NONE",
                        false,
                        null,
                        top.afternoonCutoff(),
                        List.of(),
                        List.of())
                .withVersions(versions);
        return EventEnvelope.create(
                "/cchc/procedures", type, code, 1, OffsetDateTime.now(ZoneOffset.UTC), mapper.valueToTree(data));
    }

    private void send(EventEnvelope e) {
        KafkaTestResource.produce(Topics.PROCEDURES, e.subject(), codec.write(e));
    }

    /** Waits until the consumer has applied (or skipped as a repeat) this event. */
    private void awaitApplied(EventEnvelope e) {
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        Province.count(em, "select count(*) from inbox_event where event_id = '" + e.id() + "'") == 1);
    }

    // ------------------------------------------------------------------ requests

    private Map<String, Object> intake(String code, String receivedAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("procedureCode", code);
        body.put("receivingUnitCode", p.code + ".X1.MC");
        body.put("channel", "DIRECT");
        body.put("applicant", Map.of("name", "Trần Thị Mai", "phone", "0912345678"));
        body.put("components", List.of(Map.of("name", "Bản chính giấy tờ", "copies", 1)));
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        return body;
    }

    private io.restassured.response.ValidatableResponse preview(String code, String receivedAt) {
        Map<String, Object> body = new HashMap<>(Map.of("procedureCode", code, "receivingUnitCode", p.code + ".X1.MC"));
        if (receivedAt != null) {
            body.put("receivedAt", receivedAt);
        }
        return given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers/due-date")
                .then()
                .statusCode(200);
    }

    private Map<String, Object> importRow(String code, String externalId, String receivedAt) {
        Map<String, Object> row = new HashMap<>();
        row.put("externalId", externalId);
        row.put("dossier", intake(code, receivedAt));
        row.put("status", "PROCESSING");
        return row;
    }

    /** procedure_version, processing_time_value, procedure_name and due_at (Vietnam time) of a stored dossier. */
    private List<String> stored(String where) {
        Object[] r = (Object[]) em.createNativeQuery("select procedure_version, processing_time_value, procedure_name,"
                        + " to_char(due_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD\"T\"HH24:MI') from dossier where "
                        + where)
                .getSingleResult();
        return List.of(
                String.valueOf(r[0]),
                ((BigDecimal) r[1]).stripTrailingZeros().toPlainString(),
                (String) r[2],
                String.valueOf(r[3]));
    }

    // ------------------------------------------------------------------ cases

    @Test
    void anAmendmentEffectiveNextMonthDoesNotApplyToDossiersReceivedToday() {
        String code = "2." + p.code.substring(1) + ".VA";
        LocalDate today = LocalDate.now(VN);
        LocalDate effective = today.withDayOfMonth(1).plusMonths(1);
        ProcedureEventV1.Version v1 = version(1, 1, LocalDate.of(2021, 1, 1), null);
        EventEnvelope published = event(code, ProcedureEventV1.PUBLISHED, 1, v1, List.of(v1));
        send(published);
        awaitApplied(published);
        // today the amendment is decided: 1 → 3 working days and a new name, in force from the 1st of next month
        ProcedureEventV1.Version v2 = version(2, 3, effective, null);
        EventEnvelope amended = event(
                code,
                ProcedureEventV1.AMENDED,
                2,
                v2,
                List.of(version(1, 1, LocalDate.of(2021, 1, 1), effective.minusDays(1)), v2));
        send(amended);
        awaitApplied(amended);

        String dossier = given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(intake(code, null))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .body("procedureName", equalTo(V1_NAME))
                .extract()
                .path("code");
        assertEquals(
                List.of("1", "1", V1_NAME), stored("code = '" + dossier + "'").subList(0, 3));

        preview(code, null).body("processingTime", equalTo(1.0f));
        preview(code, effective.minusDays(1) + "T09:00:00+07:00").body("processingTime", equalTo(1.0f));
        preview(code, effective + "T09:00:00+07:00").body("processingTime", equalTo(3.0f));

        // the copy shows both versions with their validity
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/catalogue/" + code + "/versions")
                .then()
                .statusCode(200)
                .body(
                        "version",
                        equalTo(List.of(1, 2)),
                        "[0].validTo",
                        equalTo(effective.minusDays(1).toString()),
                        "[1].validFrom",
                        equalTo(effective.toString()),
                        "[1].validTo",
                        nullValue(),
                        "[1].processingTime.value",
                        equalTo(3.0f),
                        "[1].name",
                        equalTo(V2_NAME));
    }

    @Test
    void eachDossierTakesTheVersionInForceOnItsDayOfReceiptWhateverTheOrderOfTheEvents() {
        String code = "2." + p.code.substring(1) + ".VB";
        LocalDate effective = LocalDate.of(2026, 7, 1);
        ProcedureEventV1.Version v1 = version(1, 1, LocalDate.of(2021, 1, 1), null);
        ProcedureEventV1.Version v2 = version(2, 3, effective, null);
        EventEnvelope published = event(code, ProcedureEventV1.PUBLISHED, 1, v1, List.of(v1));
        EventEnvelope amended = event(
                code,
                ProcedureEventV1.AMENDED,
                2,
                v2,
                List.of(version(1, 1, LocalDate.of(2021, 1, 1), effective.minusDays(1)), v2));

        // a compacted topic keeps only the last event of the code: it alone brings version 1 with its validity
        send(amended);
        awaitApplied(amended);
        String officer = p.officer;
        given().auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/dossiers/catalogue/" + code + "/versions")
                .then()
                .body(
                        "version",
                        equalTo(List.of(1, 2)),
                        "[0].name",
                        equalTo(V1_NAME),
                        "[0].validTo",
                        equalTo("2026-06-30"),
                        "[0].processingTime.value",
                        equalTo(1.0f));
        // the publication arrives late, then the amendment twice (same event, and re-sent with a new id): nothing moves
        send(published);
        awaitApplied(published);
        send(amended);
        EventEnvelope resent = event(
                code,
                ProcedureEventV1.AMENDED,
                2,
                v2,
                List.of(version(1, 1, LocalDate.of(2021, 1, 1), effective.minusDays(1)), v2));
        send(resent);
        awaitApplied(resent);
        given().auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/dossiers/catalogue/" + code + "/versions")
                .then()
                .body(
                        "version",
                        equalTo(List.of(1, 2)),
                        "[0].validTo",
                        equalTo("2026-06-30"),
                        "[1].validFrom",
                        equalTo("2026-07-01"));
        given().auth()
                .oauth2(officer)
                .when()
                .get("/api/v1/dossiers/catalogue/" + code)
                .then()
                .body("name", equalTo(V2_NAME), "version", equalTo(2));

        // historical import: received Tue 30/6 → version 1 (1 working day); Wed 1/7 → version 2 (3 working days)
        String client = TestTokens.token("portal-" + p.code, p.code, "integration");
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(List.of(
                        importRow(code, "VB-1-" + p.code, "2026-06-30T09:00:00+07:00"),
                        importRow(code, "VB-2-" + p.code, "2026-07-01T09:00:00+07:00")))
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        assertEquals(List.of("1", "1", V1_NAME, "2026-07-01T09:00"), stored("external_id = 'VB-1-" + p.code + "'"));
        assertEquals(List.of("2", "3", V2_NAME, "2026-07-06T09:00"), stored("external_id = 'VB-2-" + p.code + "'"));

        // the integration API with a receipt time after the effective date → version 2
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(intake(code, "2026-07-02T09:00:00+07:00"))
                .when()
                .put("/api/v1/dossiers/integration/VB-3-" + p.code)
                .then()
                .statusCode(200)
                .body("dueAt", equalTo("2026-07-07T09:00:00+07:00"));
        assertEquals(
                List.of("2", "3", V2_NAME),
                stored("external_id = 'VB-3-" + p.code + "'").subList(0, 3));

        // an officer entering a dossier received on 30/6 → version 1
        String late = given().auth()
                .oauth2(officer)
                .contentType(ContentType.JSON)
                .body(intake(code, "2026-06-30T10:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .body("procedureName", equalTo(V1_NAME), "dueAt", equalTo("2026-07-01T10:00:00+07:00"))
                .extract()
                .path("code");
        assertEquals("1", stored("code = '" + late + "'").get(0));

        // the preview the same
        preview(code, "2026-06-30T09:00:00+07:00")
                .body("processingTime", equalTo(1.0f), "dueAt", equalTo("2026-07-01T09:00:00+07:00"));
        preview(code, "2026-07-01T09:00:00+07:00")
                .body("processingTime", equalTo(3.0f), "dueAt", equalTo("2026-07-06T09:00:00+07:00"));

        // before version 1: the existing 409 (live) and per-row 400 (import), naming the procedure
        given().auth()
                .oauth2(officer)
                .contentType(ContentType.JSON)
                .body(intake(code, "2020-12-31T09:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("procedureCode"), "violations[0].rule", equalTo("inForce"));
        given().auth()
                .oauth2(client)
                .contentType(ContentType.JSON)
                .body(List.of(importRow(code, "VB-4-" + p.code, "2020-12-31T09:00:00+07:00")))
                .when()
                .post("/api/v1/dossiers/integration/import")
                .then()
                .statusCode(400)
                .body(
                        "violations[0].field",
                        equalTo("rows[0].dossier.procedureCode"),
                        "violations[0].rule",
                        equalTo("inForce"));
    }

    @Test
    void anOnlineRegistrationAcceptedAfterTheAmendmentTakesTheVersionInForceOnTheDayOfAcceptance() {
        // registered online on Tue 30/6/2026 under version 1, accepted by the officer today (after 1/7/2026): the clock
        // starts at acceptance, so the dossier takes version 2 (3 working days, its name)
        String code = "2." + p.code.substring(1) + ".VD";
        LocalDate effective = LocalDate.of(2026, 7, 1);
        ProcedureEventV1.Version v2 = version(2, 3, effective, null);
        EventEnvelope amended = event(
                code,
                ProcedureEventV1.AMENDED,
                2,
                v2,
                List.of(version(1, 1, LocalDate.of(2021, 1, 1), effective.minusDays(1)), v2));
        send(amended);
        awaitApplied(amended);
        Map<String, Object> body = intake(code, "2026-06-30T09:00:00+07:00");
        body.put("channel", "ONLINE");
        body.put("registered", true);
        String dossier = given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .body("status", equalTo("REGISTERED"), "procedureName", equalTo(V1_NAME))
                .extract()
                .path("code");
        given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/api/v1/dossiers/" + dossier + "/actions/accept")
                .then()
                .statusCode(200)
                .body("status", equalTo("RECEIVED"), "procedureName", equalTo(V2_NAME));
        assertEquals(
                List.of("2", "3", V2_NAME), stored("code = '" + dossier + "'").subList(0, 3));
    }

    @Test
    void aStepBudgetComesFromTheVersionTheDossierWasReceivedUnder() {
        // version 1 has no internal process, version 2 (in force from 1/7/2026) has one: a dossier of June has no
        // budget
        String code = "2." + p.code.substring(1) + ".VC";
        ProcedureEventV1.Version v1 = version(1, 1, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 6, 30));
        ProcedureEventV1.Version base = version(2, 1, LocalDate.of(2026, 7, 1), null);
        ProcedureEventV1.Version v2 = new ProcedureEventV1.Version(
                2,
                base.validFrom(),
                null,
                base.decision(),
                base.name(),
                base.field(),
                base.levels(),
                null,
                "NONE",
                base.processingTime(),
                null,
                base.afternoonCutoff(),
                List.of(),
                List.of(
                        new ProcedureEventV1.InternalStep("Tiếp nhận", "TTPVHCC", new BigDecimal("0.5")),
                        new ProcedureEventV1.InternalStep(
                                "Chứng thực, trả kết quả", "Công chức", new BigDecimal("0.5"))));
        EventEnvelope amended = event(code, ProcedureEventV1.AMENDED, 2, v2, List.of(v1, v2));
        send(amended);
        awaitApplied(amended);
        String june = given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(intake(code, "2026-06-30T09:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        String july = given().auth()
                .oauth2(p.officer)
                .contentType(ContentType.JSON)
                .body(intake(code, "2026-07-01T09:00:00+07:00"))
                .when()
                .post("/api/v1/dossiers")
                .then()
                .statusCode(201)
                .extract()
                .path("code");
        for (String c : List.of(june, july)) {
            DossierCalls.act(p.officer, c, "start", Map.of());
        }
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + june)
                .then()
                .body("handovers[0].budgetHours", nullValue());
        given().auth()
                .oauth2(p.officer)
                .when()
                .get("/api/v1/dossiers/" + july)
                .then()
                .body("handovers[0].budgetHours", equalTo(4.0f));
    }
}
