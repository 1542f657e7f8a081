package vn.cchc.dossiers;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.cchc.shared.contract.ProcedureEventV1;
import vn.cchc.shared.contract.UnitEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;
import vn.cchc.shared.testing.TestTokens;

/**
 * A fresh test province, delivered the way production delivers it: UnitChanged and ProcedurePublished
 * events on the real Kafka topics, consumed into the local copies. Province P, communes P.X1 and P.X2
 * each with a one-stop centre (.MC), a commune procedure of 3 working days with a 4-step internal process, in force
 * since 1/1/2021 (a national one: no deciding agency).
 */
public final class Province {

    public final String code;
    public final String procedure;
    public final String officer;
    public final String specialist;
    public final String leader;
    public final String otherOfficer;
    public final String otherLeader;
    public final String inspector;

    private Province(String code) {
        this.code = code;
        this.procedure = "1." + code.substring(1) + ".KS";
        this.officer = TestTokens.token("officer-" + code, code + ".X1", "officer");
        this.specialist = TestTokens.token("specialist-" + code, code + ".X1", "specialist");
        this.leader = TestTokens.token("leader-" + code, code + ".X1", "leader");
        this.otherOfficer = TestTokens.token("officer2-" + code, code + ".X2", "officer");
        this.otherLeader = TestTokens.token("leader2-" + code, code + ".X2", "leader");
        this.inspector = TestTokens.token("inspector-" + code, code, "inspector");
    }

    public static Province create(EventCodec codec, ObjectMapper mapper, EntityManager em) {
        Province p = new Province("P" + ThreadLocalRandom.current().nextInt(100000, 999999));
        p.unit(codec, mapper, p.code, "Tỉnh thử nghiệm", "ADMINISTRATION", "PROVINCE", null, "/" + p.code + "/", false);
        for (String x : List.of("X1", "X2")) {
            String c = p.code + "." + x;
            p.unit(
                    codec,
                    mapper,
                    c,
                    "Xã " + x,
                    "ADMINISTRATION",
                    "COMMUNE",
                    p.code,
                    "/" + p.code + "/" + c + "/",
                    false);
            p.unit(
                    codec,
                    mapper,
                    c + ".MC",
                    "Trung tâm Phục vụ hành chính công xã " + x,
                    "ONE_STOP",
                    "COMMUNE",
                    c,
                    "/" + p.code + "/" + c + "/" + c + ".MC/",
                    true);
        }
        send(
                codec,
                Topics.PROCEDURES,
                EventEnvelope.create(
                        "/cchc/procedures",
                        ProcedureEventV1.PUBLISHED,
                        p.procedure,
                        1,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        mapper.valueToTree(procedureEvent(p.procedure, LocalDate.of(2021, 1, 1), null))));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count(em, "select count(*) from unit_copy where code like '" + p.code + "%'") == 5
                        && count(em, "select count(*) from catalogue_procedure where code = '" + p.procedure + "'")
                                == 1);
        return p;
    }

    /** A commune procedure of 3 working days in force from {@code validFrom}, decided by {@code agency} (null: national). */
    public static ProcedureEventV1 procedureEvent(String code, LocalDate validFrom, String agency) {
        return new ProcedureEventV1(
                code,
                "Đăng ký khai sinh",
                "Hộ tịch",
                "COMMUNE",
                "IN_FORCE",
                1,
                new ProcedureEventV1.ProcessingTime(new BigDecimal("3"), "WORKING_DAYS"),
                new ProcedureEventV1.Decision("1/QĐ-UBND", validFrom.minusMonths(1), validFrom, "PUBLISH"),
                1,
                List.of("COMMUNE"),
                validFrom,
                null,
                null,
                null,
                agency,
                List.of(),
                List.of("DIRECT", "ONLINE"),
                "FULL",
                true,
                new ProcedureEventV1.ProcessingTime(new BigDecimal("5"), "WORKING_DAYS"),
                LocalTime.of(15, 0),
                List.of(new ProcedureEventV1.Fee("Lệ phí", BigDecimal.ZERO, null)),
                List.of(
                        new ProcedureEventV1.InternalStep("Tiếp nhận", "TTPVHCC", new BigDecimal("0.5")),
                        new ProcedureEventV1.InternalStep("Thẩm định", "Công chức", new BigDecimal("1.5")),
                        new ProcedureEventV1.InternalStep("Phê duyệt", "Lãnh đạo", new BigDecimal("0.5")),
                        new ProcedureEventV1.InternalStep("Trả kết quả", "TTPVHCC", new BigDecimal("0.5"))));
    }

    /** Publishes a procedure on the real topic and waits until the catalogue copy holds it. */
    public static void publish(EventCodec codec, ObjectMapper mapper, EntityManager em, ProcedureEventV1 data) {
        send(
                codec,
                Topics.PROCEDURES,
                EventEnvelope.create(
                        "/cchc/procedures",
                        ProcedureEventV1.PUBLISHED,
                        data.code(),
                        1,
                        OffsetDateTime.now(ZoneOffset.UTC),
                        mapper.valueToTree(data)));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        count(em, "select count(*) from catalogue_procedure where code = '" + data.code() + "'") == 1);
    }

    /** Delivers a unit on the real topic (the caller waits for it). */
    public static void unit(
            EventCodec codec,
            ObjectMapper mapper,
            String code,
            String level,
            String parent,
            String path,
            boolean receives) {
        UnitEventV1 u = new UnitEventV1(
                code,
                "Đơn vị " + code,
                receives ? "ONE_STOP" : "ADMINISTRATION",
                level,
                parent,
                path,
                LocalDate.of(2020, 1, 1),
                null,
                null,
                receives,
                List.of(),
                1);
        send(
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

    private void unit(
            EventCodec codec,
            ObjectMapper mapper,
            String code,
            String name,
            String kind,
            String level,
            String parent,
            String path,
            boolean receives) {
        UnitEventV1 u = new UnitEventV1(
                code, name, kind, level, parent, path, LocalDate.of(2025, 7, 1), null, null, receives, List.of(), 1);
        send(
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

    private static void send(EventCodec codec, String topic, EventEnvelope e) {
        KafkaTestResource.produce(topic, e.subject(), codec.write(e));
    }

    public static long count(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
