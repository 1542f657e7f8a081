package vn.cchc.parindex.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.parindex.Fixture;
import vn.cchc.shared.contract.ServiceIndex766EventV1;
import vn.cchc.shared.contract.ServiceIndex766EventV1.Group;
import vn.cchc.shared.contract.ServiceIndex766EventV1.Indicator;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;

/**
 * par-index shows the QĐ 766 index the dossiers service computed (cchc.service-index.v1, docs/domain/qd766.md): it
 * stores the last payload per unit and period and serves it as received, idempotently (a redelivered event, a
 * re-published older one change nothing; a newer one replaces it).
 */
@QuarkusTest
class ServiceIndexReadModelTest {

    static final String CONSUMER = "par-index.service-index";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    /** An index as dossiers publishes it: 2.1 = num/13, one group of the six is enough for the read model. */
    static ServiceIndex766EventV1 index(
            String unit, String period, LocalDate from, LocalDate to, long num, String points, long sequence) {
        BigDecimal ratio = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(13), 4, java.math.RoundingMode.HALF_UP);
        List<Group> groups = List.of(
                new Group(
                        "1",
                        "Công khai, minh bạch",
                        new BigDecimal("18.00"),
                        new BigDecimal("0.00"),
                        new BigDecimal("0.00"),
                        List.of(new Indicator(
                                "1.3",
                                "TTHC công khai đầy đủ nội dung",
                                "NOT_COMPUTABLE",
                                null,
                                null,
                                null,
                                new BigDecimal("2.00"),
                                null,
                                "không tính được: cần đủ bộ phận a–g"))),
                new Group(
                        "2",
                        "Tiến độ giải quyết",
                        new BigDecimal("20.00"),
                        new BigDecimal(points),
                        new BigDecimal("20.00"),
                        List.of(new Indicator(
                                "2.1",
                                "Hồ sơ xử lý trước hạn, đúng hạn",
                                "COMPUTED",
                                num,
                                13L,
                                ratio,
                                new BigDecimal("20.00"),
                                new BigDecimal(points),
                                "20 × tỷ lệ"))),
                new Group(
                        "5",
                        "Mức độ hài lòng",
                        new BigDecimal("18.00"),
                        new BigDecimal("4.62"),
                        new BigDecimal("6.00"),
                        List.of(new Indicator(
                                "5.4",
                                "Hài lòng trong tiếp nhận, giải quyết TTHC",
                                "COMPUTED",
                                9L,
                                13L,
                                new BigDecimal("0.6923"),
                                new BigDecimal("6.00"),
                                new BigDecimal("4.62"),
                                "≥ 90 %"))));
        return new ServiceIndex766EventV1(
                unit,
                "/H27/" + unit + "/",
                period,
                from,
                to,
                new BigDecimal(points).add(new BigDecimal("4.62")),
                new BigDecimal("26.00"),
                new BigDecimal("100.00"),
                groups,
                sequence,
                OffsetDateTime.of(2026, 4, 1, 1, 0, 0, 0, ZoneOffset.UTC));
    }

    EventEnvelope send(ServiceIndex766EventV1 e) {
        EventEnvelope envelope = EventEnvelope.create(
                "/cchc/dossiers",
                ServiceIndex766EventV1.COMPUTED,
                e.key(),
                ServiceIndex766EventV1.SCHEMA_VERSION,
                OffsetDateTime.now(ZoneOffset.UTC),
                mapper.valueToTree(e));
        Fixture.send(codec, Topics.SERVICE_INDEX, envelope);
        return envelope;
    }

    long inbox() {
        return ((Number) em.createNativeQuery("select count(*) from inbox_event where consumer = :c")
                        .setParameter("c", CONSUMER)
                        .getSingleResult())
                .longValue();
    }

    void awaitInbox(long count) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> inbox() >= count);
    }

    // numbers arrive as the producer's JSON tree wrote them: trailing zeros dropped (20.00 → 20), same value
    @Test
    void theOwnersFiguresAreStoredAndServedOnceAndTheNewestWins() {
        Fixture f = new Fixture("H27").units(codec, mapper, em);
        LocalDate q1 = LocalDate.of(2026, 1, 1);
        LocalDate q1end = LocalDate.of(2026, 3, 31);
        long before = inbox();
        EventEnvelope first = send(index("H27.X1", "2026-Q1", q1, q1end, 9, "13.85", 1000));
        awaitInbox(before + 1);
        given().auth()
                .oauth2(f.appraiser)
                .queryParam("period", "2026-Q1")
                .when()
                .get("/api/v1/par-index/service-index/H27.X1")
                .then()
                .statusCode(200)
                .body(
                        "unitCode",
                        equalTo("H27.X1"),
                        "unitName",
                        equalTo("Xã X1"),
                        "period",
                        equalTo("2026-Q1"),
                        "from",
                        equalTo("2026-01-01"),
                        "to",
                        equalTo("2026-03-31"),
                        "points",
                        equalTo(18.47f),
                        "computableMax",
                        equalTo(26),
                        "maxPoints",
                        equalTo(100),
                        "computedAt",
                        notNullValue(),
                        "groups.find { it.id == '2' }.indicators[0].numerator",
                        equalTo(9),
                        "groups.find { it.id == '2' }.indicators[0].denominator",
                        equalTo(13),
                        "groups.find { it.id == '2' }.indicators[0].points",
                        equalTo(13.85f),
                        "groups.find { it.id == '1' }.indicators[0].state",
                        equalTo("NOT_COMPUTABLE"),
                        "groups.find { it.id == '1' }.indicators[0].rule",
                        equalTo("không tính được: cần đủ bộ phận a–g"));

        // redelivered (same event id) and re-published older figures (fresh id, lower sequence): nothing changes
        KafkaTestResource.produce(Topics.SERVICE_INDEX, first.subject(), codec.write(first));
        send(index("H27.X1", "2026-Q1", q1, q1end, 1, "1.54", 999));
        awaitInbox(before + 2);
        given().auth()
                .oauth2(f.leader)
                .queryParam("period", "2026-Q1")
                .when()
                .get("/api/v1/par-index/service-index/H27.X1")
                .then()
                .statusCode(200)
                .body("groups.find { it.id == '2' }.indicators[0].numerator", equalTo(9));
        await().pollInSameThread()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> inbox() == before + 2);

        // newer figures replace the stored ones
        send(index("H27.X1", "2026-Q1", q1, q1end, 10, "15.38", 1001));
        awaitInbox(before + 3);
        given().auth()
                .oauth2(f.leader)
                .queryParam("period", "2026-Q1")
                .when()
                .get("/api/v1/par-index/service-index/H27.X1")
                .then()
                .statusCode(200)
                .body("groups.find { it.id == '2' }.indicators[0].numerator", equalTo(10), "points", equalTo(20));

        // the trend reads the published months; months without figures stay empty
        send(index("H27.X1", "2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 13, "20.00", 1002));
        awaitInbox(before + 4);
        given().auth()
                .oauth2(f.leader)
                .queryParam("year", 2026)
                .when()
                .get("/api/v1/par-index/service-index/H27.X1/trend")
                .then()
                .statusCode(200)
                .body(
                        "size()",
                        equalTo(12),
                        "[1].period",
                        equalTo("2026-02"),
                        "[1].ratio21",
                        equalTo(1),
                        "[1].ratio54",
                        equalTo(0.6923f),
                        "[1].points",
                        equalTo(24.62f),
                        "[0].points",
                        nullValue(),
                        "[0].ratio21",
                        nullValue());

        // a unit dossiers published nothing for: no groups, no points
        given().auth()
                .oauth2(f.appraiser)
                .queryParam("period", "2026")
                .when()
                .get("/api/v1/par-index/service-index/H27.X2")
                .then()
                .statusCode(200)
                .body("groups.size()", equalTo(0), "points", nullValue(), "maxPoints", equalTo(100.0f));
    }
}
