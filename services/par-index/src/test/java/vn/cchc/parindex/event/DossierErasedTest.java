package vn.cchc.parindex.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.testing.KafkaTestResource;

/**
 * DossierErased on the dossier read model (docs/domain/dossier-erasure.md): the dossier fact removed with its counts,
 * a tombstone that no older or replayed event gets past, whatever the order; each event once.
 */
@QuarkusTest
class DossierErasedTest {

    private static final String RECEIVED = "2026-03-02T09:00:00+07:00";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    private final String p = "P" + ThreadLocalRandom.current().nextInt(100000, 999999);
    private final String mc = p + ".X1.MC";

    private EventEnvelope event(String type, String code, long version, boolean overdue) {
        DossierEventV1 d = new DossierEventV1(
                code,
                version,
                "RECEIVED",
                2,
                "1.001.H99",
                "Hộ tịch",
                mc,
                "/" + p + "/" + p + ".X1/" + mc + "/",
                null,
                null,
                "ONLINE",
                OffsetDateTime.parse(RECEIVED),
                OffsetDateTime.parse("2026-03-05T09:00:00+07:00"),
                null,
                null,
                null,
                null,
                false,
                null,
                overdue,
                true,
                false,
                null,
                OffsetDateTime.parse(RECEIVED).plusDays(version));
        return EventEnvelope.create(
                "/cchc/dossiers", type, code, 1, OffsetDateTime.parse(RECEIVED), mapper.valueToTree(d));
    }

    /** Sends the events and waits until the consumer has applied (or skipped as seen) each of them. */
    private void deliver(EventEnvelope... events) {
        for (EventEnvelope e : events) {
            KafkaTestResource.produce(Topics.DOSSIERS, e.subject(), codec.write(e));
        }
        for (EventEnvelope e : events) {
            await().pollInSameThread()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> n("select count(*) from inbox_event where consumer = 'par-index.dossiers' "
                                    + "and event_id = '" + e.id() + "'")
                            == 1);
        }
    }

    private long n(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** received, received online, digitised of the receiving point on the day received. */
    private List<Long> counts() {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(received), 0), coalesce(sum(received_online), 0), coalesce(sum(digitised), 0)
                        from dossier_day where unit_code = :u""").setParameter("u", mc).getSingleResult();
        return List.of(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }

    private long fact(String code) {
        return n("select count(*) from dossier_fact where code = '" + code + "'");
    }

    @Test
    void anEraseTakesBackTheCountsAndTheFactAndNothingBringsThemBack() {
        String a = p + "-A";
        String b = p + "-B";
        EventEnvelope received = event(DossierEventV1.RECEIVED, a, 1, false);
        deliver(received, event(DossierEventV1.OVERDUE, a, 2, true), event(DossierEventV1.RECEIVED, b, 1, false));
        assertEquals(List.of(2L, 2L, 2L), counts());
        assertEquals(1, fact(a));

        EventEnvelope erased = event(DossierEventV1.ERASED, a, 3, true);
        deliver(erased);
        assertEquals(List.of(1L, 1L, 1L), counts(), "only B still counts");
        assertEquals(0, fact(a));
        assertEquals(1, n("select count(*) from dossier_erased where code = '" + a + "'"));

        // the same erase again (inbox), the received event replayed with a new id (a rebuild), a stale overdue one
        deliver(
                erased,
                EventEnvelope.create("/cchc/dossiers", received.type(), a, 1, received.time(), received.data()),
                event(DossierEventV1.OVERDUE, a, 2, true),
                event(DossierEventV1.ERASED, a, 3, true));
        assertEquals(List.of(1L, 1L, 1L), counts());
        assertEquals(0, fact(a));
    }

    @Test
    void anEraseBeforeTheOtherEventsLeavesNothingCounted() {
        String c = p + "-C";
        deliver(event(DossierEventV1.ERASED, c, 3, true));
        deliver(event(DossierEventV1.RECEIVED, c, 1, false), event(DossierEventV1.OVERDUE, c, 2, true));
        assertEquals(List.of(0L, 0L, 0L), counts());
        assertEquals(0, fact(c));
    }
}
