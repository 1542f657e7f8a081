package vn.cchc.parindex.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cchc.parindex.event.EventDeliveryTest.count;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.inbox.EventConsumer.Outcome;

/**
 * The records of one poll of the dossier stream (batch=true) on the real database: applied in one transaction, each
 * once and in order (a later version of a dossier in the same batch sees the earlier one), and when one record of the
 * batch cannot be applied nothing of the batch is kept from that attempt: every record goes again one at a time, the
 * bad one is parked and the others are applied once. The database helpers are {@link EventDeliveryTest}'s.
 */
@QuarkusTest
class BatchConsumptionTest {

    static final OffsetDateTime RECEIVED_AT = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventConsumer consumer;

    @Inject
    Consumers handlers;

    long offset = ThreadLocalRandom.current().nextLong(1_000_000_000L);

    static String rand() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    EventEnvelope event(String type, String code, long version, String unit, OffsetDateTime resolvedAt) {
        DossierEventV1 d = new DossierEventV1(
                code,
                version,
                resolvedAt == null ? "RECEIVED" : "RESOLVED",
                resolvedAt == null ? 2 : 10,
                "1.H31.KS",
                "Hộ tịch",
                unit,
                "/H31/H31.X9/" + unit + "/",
                null,
                null,
                "DIRECT",
                RECEIVED_AT,
                RECEIVED_AT.plusDays(3),
                null,
                resolvedAt,
                null,
                resolvedAt == null ? null : "ON_TIME",
                false,
                null,
                false,
                false,
                false,
                null,
                resolvedAt == null ? RECEIVED_AT : resolvedAt);
        return EventEnvelope.create(
                "/cchc/dossiers",
                type,
                code == null ? "BT-NO-CODE" : code, // the subject; a payload without a code can never apply
                1,
                OffsetDateTime.now(ZoneOffset.UTC),
                mapper.valueToTree(d));
    }

    List<ConsumerRecord<String, String>> records(EventEnvelope... events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (EventEnvelope e : events) {
            records.add(new ConsumerRecord<>(Topics.DOSSIERS, 0, offset++, e.subject(), codec.write(e)));
        }
        return records;
    }

    static long applied(EventEnvelope e) {
        return EventDeliveryTest.applied(e.id());
    }

    /** How many transactions wrote the inbox rows of these events (xmin: the id of the writing transaction). */
    static long transactions(EventEnvelope... events) {
        String[] ids = new String[events.length];
        for (int i = 0; i < events.length; i++) {
            ids[i] = events[i].id();
        }
        return count(
                "select count(distinct xmin::text) from inbox_event where consumer = ? and event_id = any (?)",
                Consumers.DOSSIERS,
                ids);
    }

    @Test
    void aBatchIsAppliedInOneTransactionEachEventOnceAndLaterVersionsSeeEarlierOnes() {
        String unit = "H31.X9.B" + rand();
        String code = "BT-" + rand();
        EventEnvelope received = event(DossierEventV1.RECEIVED, code, 1, unit, null);
        EventEnvelope resolved = event(DossierEventV1.RESOLVED, code, 2, unit, RECEIVED_AT.plusDays(1));
        EventEnvelope other = event(DossierEventV1.RECEIVED, code + "-2", 1, unit, null);
        long fallbacks = consumer.batchFallbacks();

        List<Outcome> outcomes =
                consumer.consumeAll(Consumers.DOSSIERS, records(received, resolved, other, received), handlers);

        assertEquals(List.of(Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED, Outcome.DUPLICATE), outcomes);
        assertEquals(fallbacks, consumer.batchFallbacks(), "no fallback");
        assertEquals(1, transactions(received, resolved, other), "one transaction for the whole batch");
        assertEquals(1, applied(received));
        assertEquals(2, count("select version from dossier_fact where code = ?", code));
        // the second version replaced the first one's counts: 2 received, 1 resolved, never 3 received
        assertEquals(2, count("select coalesce(sum(received), 0) from dossier_day where unit_code = ?", unit));
        assertEquals(1, count("select coalesce(sum(resolved), 0) from dossier_day where unit_code = ?", unit));

        // the same poll read again (a restart before the offsets were committed): nothing applied twice
        assertEquals(
                List.of(Outcome.DUPLICATE, Outcome.DUPLICATE, Outcome.DUPLICATE),
                consumer.consumeAll(Consumers.DOSSIERS, records(received, resolved, other), handlers));
        assertEquals(2, count("select coalesce(sum(received), 0) from dossier_day where unit_code = ?", unit));
    }

    @Test
    void aRecordThatFailsInABatchIsParkedAndTheOthersAreAppliedOnceEachOnTheirOwn() {
        String unit = "H31.X9.P" + rand();
        EventEnvelope first = event(DossierEventV1.RECEIVED, "BT-" + rand(), 1, unit, null);
        EventEnvelope poison = event(DossierEventV1.RECEIVED, null, 1, unit, null); // no code: can never apply
        EventEnvelope last = event(DossierEventV1.RECEIVED, "BT-" + rand(), 1, unit, null);
        long fallbacks = consumer.batchFallbacks();

        List<Outcome> outcomes = consumer.consumeAll(Consumers.DOSSIERS, records(first, poison, last), handlers);

        assertEquals(List.of(Outcome.APPLIED, Outcome.DEAD_LETTERED, Outcome.APPLIED), outcomes);
        assertEquals(fallbacks + 1, consumer.batchFallbacks());
        assertEquals(1, applied(first));
        assertEquals(1, applied(last));
        assertEquals(0, applied(poison));
        assertEquals(2, transactions(first, last), "one at a time after the failed batch");
        assertEquals(
                1,
                count(
                        "select count(*) from dead_letter where event_id = ? and consumer = ?",
                        poison.id(),
                        Consumers.DOSSIERS));
        // the failed attempt left nothing behind: the unit counts the two good dossiers once
        assertEquals(2, count("select coalesce(sum(received), 0) from dossier_day where unit_code = ?", unit));
    }

    @Test
    void aBatchWithARecordOfAnUnknownTypeGoesOneAtATimeAndSkipsIt() {
        String unit = "H31.X9.U" + rand();
        EventEnvelope known = event(DossierEventV1.RECEIVED, "BT-" + rand(), 1, unit, null);
        EventEnvelope unknown = event("DossierTeleported", "BT-" + rand(), 1, unit, null);
        long fallbacks = consumer.batchFallbacks();

        List<Outcome> outcomes = consumer.consumeAll(Consumers.DOSSIERS, records(known, unknown), handlers);

        assertEquals(List.of(Outcome.APPLIED, Outcome.SKIPPED_UNKNOWN_TYPE), outcomes);
        assertEquals(fallbacks, consumer.batchFallbacks(), "not a failure: never tried as a batch");
        assertEquals(0, applied(unknown));
        assertEquals(1, count("select coalesce(sum(received), 0) from dossier_day where unit_code = ?", unit));
    }
}
