package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.parindex.service.DemoParIndex;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.TestTokens;

/** The demo data of H99 seeds the sample set and assessments in every state, and a ranking shows. */
@QuarkusTest
class DemoDataTest {

    @Inject
    DemoParIndex demo;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Test
    void theDemoProvinceGetsASampleSetAndARanking() throws Exception {
        unit("H99", null, "/H99/");
        unit("H99.SNV", "H99", "/H99/H99.SNV/");
        for (int i = 1; i <= 8; i++) {
            unit("H99.X0" + i, "H99", "/H99/H99.X0" + i + "/");
        }
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> ((Number) em.createNativeQuery("select count(*) from unit_copy where code like 'H99.X0_'")
                                        .getSingleResult())
                                .intValue()
                        == 8);
        demo.seed();
        String appraiser = TestTokens.token("appraiser", "H99.SNV", "appraiser");
        String leader = TestTokens.token("leader", "H99.X01", "leader");
        given().auth()
                .oauth2(leader)
                .queryParam("year", 2026)
                .when()
                .get("/api/v1/par-index/criteria-sets")
                .then()
                .body("items.find { it.code == 'H99-XA-2026-MAU' }.sample", equalTo(true));
        given().auth()
                .oauth2(leader)
                .queryParam("year", 2026)
                .queryParam("level", "COMMUNE")
                .when()
                .get("/api/v1/par-index/rankings")
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(3), "rows[0].previousYear", equalTo(2025));
        given().auth()
                .oauth2(appraiser)
                .queryParam("year", 2026)
                .queryParam("level", "COMMUNE")
                .when()
                .get("/api/v1/par-index/rankings")
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(4));
        given().auth()
                .oauth2(appraiser)
                .queryParam("year", 2026)
                .when()
                .get("/api/v1/par-index/assessments")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.province == 'H99' }.size()",
                        equalTo(8),
                        "items.status",
                        hasItem("DRAFT"),
                        "items.find { it.unitCode == 'H99.X02' }.missingEvidenceConfirmed.size()",
                        greaterThanOrEqualTo(5));
        byte[] xlsx = given().auth()
                .oauth2(leader)
                .queryParam("year", 2026)
                .queryParam("level", "COMMUNE")
                .when()
                .get("/api/v1/par-index/rankings/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var rows = wb.getFirstSheet().openStream()) {
            org.junit.jupiter.api.Assertions.assertEquals(5, rows.count()); // title, header, three published communes
        }
        given().auth()
                .oauth2(leader)
                .when()
                .get("/api/v1/par-index/results/units/H99.X06/history")
                .then()
                .statusCode(200)
                .body("year", equalTo(List.of(2026, 2025)));
    }

    private void unit(String code, String parent, String path) {
        UnitEventV1 u = new UnitEventV1(
                code,
                "Đơn vị " + code,
                "ADMINISTRATION",
                parent == null ? "PROVINCE" : "COMMUNE",
                parent,
                path,
                LocalDate.of(2025, 7, 1),
                null,
                null,
                false,
                List.of(),
                1);
        Fixture.send(
                codec,
                Topics.UNITS,
                EventEnvelope.create(
                        "/cchc/procedures",
                        UnitEventV1.CHANGED,
                        code,
                        1,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        mapper.valueToTree(u)));
    }
}
