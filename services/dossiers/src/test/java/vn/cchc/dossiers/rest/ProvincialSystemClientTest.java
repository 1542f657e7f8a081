package vn.cchc.dossiers.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.client.dossiers.ApiClient;
import vn.cchc.client.dossiers.ApiException;
import vn.cchc.client.dossiers.api.CitizensApi;
import vn.cchc.client.dossiers.api.IntegrationApi;
import vn.cchc.client.dossiers.model.ApplicantDto;
import vn.cchc.client.dossiers.model.DossierStatus;
import vn.cchc.client.dossiers.model.HistoricalInput;
import vn.cchc.client.dossiers.model.ImportResultView;
import vn.cchc.client.dossiers.model.Problem;
import vn.cchc.client.dossiers.model.ReceiveInput;
import vn.cchc.client.dossiers.model.TrackingView;
import vn.cchc.client.dossiers.model.UpsertView;
import vn.cchc.dossiers.Province;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.testing.TestTokens;

/**
 * What a provincial system does with the Java client generated from docs/api/openapi/dossiers.json
 * (openapi-generator, services/dossiers/pom.xml; docs/api/clients.md), against the running service (real
 * PostgreSQL and Kafka): with its client-credentials token (role integration, unit of its province) it sends a
 * dossier received on its portal, retries it, imports older dossiers, and the citizen tracks the dossier on the
 * public API; the errors it gets are problem+json bodies the generated Problem model reads.
 */
@QuarkusTest
class ProvincialSystemClientTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URL base;

    Province p;

    @BeforeEach
    void province() {
        p = Province.create(codec, mapper, em);
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/+$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private ReceiveInput dossier(String phone) {
        return new ReceiveInput()
                .procedureCode(p.procedure)
                .receivingUnitCode(p.code + ".X1.MC")
                .channel("ONLINE")
                .applicant(new ApplicantDto().name("Trần Văn Bình").phone(phone))
                .content("Đăng ký khai sinh cho con (cổng dịch vụ công của tỉnh)");
    }

    private Problem problem(ApiClient client, ApiException e) throws Exception {
        assertTrue(
                e.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                e.getResponseHeaders().map().toString());
        return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    @Test
    void aProvincialSystemSendsRetriesImportsAndTheCitizenTracks() throws Exception {
        ApiClient system = client(TestTokens.token("portal-" + p.code, p.code, "integration"));
        IntegrationApi integration = new IntegrationApi(system);
        String externalId = "PORTAL-" + p.code + "-1";

        UpsertView first = integration.upsertIntegratedDossier(
                externalId, dossier("0912345678"), UUID.randomUUID().toString());
        assertNotNull(first.getCode());
        assertEquals(externalId, first.getExternalId());
        assertEquals(DossierStatus.RECEIVED, first.getStatus());
        assertNotNull(first.getDueAt());
        assertTrue(first.getDueAt().isAfter(first.getReceivedAt()), first.toString());

        // a retry (lost answer, no Idempotency-Key this time) returns the same dossier, never a second one
        UpsertView again = integration.upsertIntegratedDossier(externalId, dossier("0912345678"), null);
        assertEquals(first.getCode(), again.getCode());

        // older dossiers from the previous system: all or nothing; known external ids are skipped on a re-run
        List<HistoricalInput> rows = List.of(
                new HistoricalInput()
                        .externalId("OLD-" + p.code + "-1")
                        .dossier(dossier("0912000001").receivedAt(OffsetDateTime.parse("2025-03-10T09:00:00+07:00")))
                        .status(DossierStatus.RECEIVED),
                new HistoricalInput()
                        .externalId("OLD-" + p.code + "-2")
                        .dossier(dossier("0912000002").receivedAt(OffsetDateTime.parse("2025-03-11T09:00:00+07:00")))
                        .status(DossierStatus.RETURNED)
                        .resolvedAt(OffsetDateTime.parse("2025-03-12T10:30:00+07:00"))
                        .returnedAt(OffsetDateTime.parse("2025-03-13T14:00:00+07:00")));
        String importKey = java.util.UUID.randomUUID().toString();
        ImportResultView imported = integration.importHistoricalDossiers(rows, importKey);
        assertEquals(2, imported.getCreated());
        assertEquals(0, imported.getSkipped());
        // a retry after a lost answer, with the same key: the first answer again
        ImportResultView replayed = integration.importHistoricalDossiers(rows, importKey);
        assertEquals(2, replayed.getCreated());
        // a new import of the same rows (another key): every row known, skipped
        ImportResultView rerun = integration.importHistoricalDossiers(rows, null);
        assertEquals(0, rerun.getCreated());
        assertEquals(2, rerun.getSkipped());

        // the citizen (no token) tracks the dossier with the last digits of the phone number
        TrackingView tracked = new CitizensApi(client(null)).trackDossier(first.getCode(), "5678");
        assertEquals(first.getCode(), tracked.getCode());
        assertEquals(DossierStatus.RECEIVED, tracked.getStatus());
        assertFalse(tracked.getHistory().isEmpty());
        assertEquals("Tiếp nhận hồ sơ", tracked.getHistory().get(0).getLabel());
    }

    @Test
    void errorsArriveAsProblemsTheGeneratedModelReads() throws Exception {
        ApiClient system = client(TestTokens.token("portal-" + p.code, p.code, "integration"));
        IntegrationApi integration = new IntegrationApi(system);

        // a unit of another province, outside the client's subtree
        Province other = Province.create(codec, mapper, em);
        ApiException forbidden = assertThrows(
                ApiException.class,
                () -> integration.upsertIntegratedDossier(
                        "PORTAL-" + p.code + "-X",
                        dossier("0912345678").receivingUnitCode(other.code + ".X1.MC"),
                        null));
        assertEquals(403, forbidden.getCode());
        Problem denied = problem(system, forbidden);
        assertEquals(403, denied.getStatus());
        assertEquals("https://cchc.gov.vn/problems/forbidden", String.valueOf(denied.getType()));

        // a dossier without its applicant: 400 with the field named
        ApiException invalid = assertThrows(
                ApiException.class,
                () -> integration.upsertIntegratedDossier(
                        "PORTAL-" + p.code + "-Y", dossier("0912345678").applicant(null), null));
        assertEquals(400, invalid.getCode());
        Problem violations = problem(system, invalid);
        assertNotNull(violations.getViolations(), violations.toString());
        assertTrue(
                violations.getViolations().stream().anyMatch(v -> v.getField().startsWith("applicant")),
                violations.toString());

        // no token at all
        ApiException anonymous = assertThrows(
                ApiException.class,
                () -> new IntegrationApi(client(null))
                        .upsertIntegratedDossier("PORTAL-" + p.code + "-Z", dossier("0912345678"), null));
        assertEquals(401, anonymous.getCode());
        assertEquals(401, problem(system, anonymous).getStatus());
    }
}
