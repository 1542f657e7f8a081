package vn.cchc.parindex.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.event.EventCodec;
import vn.cchc.shared.event.EventEnvelope;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.inbox.DeadLetters;
import vn.cchc.shared.inbox.EventConsumer;
import vn.cchc.shared.testing.KafkaTestResource;

/**
 * How a consumer treats what arrives (docs/adr/0006-event-delivery.md), on the real broker and database: an unknown
 * type is skipped and counted, an unsupported schema version is parked with its group and reason (dead_letter and
 * cchc.dlq.v1) and never applied, a database outage longer than any fixed retry budget delays an event but never
 * dead-letters it, and a parked record comes back once asked for (request_dead_letter_replay), applied once.
 *
 * <p>The profile gives every database session a 300 ms lock timeout, so that a table locked by the test makes each
 * attempt of the consumer fail (SQLState 55P03, transient) instead of waiting: a real, repeatable outage of the
 * consumer's database path.
 */
@QuarkusTest
@TestProfile(EventDeliveryTest.LockTimeout.class)
class EventDeliveryTest {

    public static class LockTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c lock_timeout=300");
        }
    }

    static final String CONSUMER = "par-index.dossiers";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventConsumer consumer;

    static String newCode() {
        return "EV-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    EventEnvelope dossierEvent(String type, String code, int schemaVersion) {
        OffsetDateTime t = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));
        DossierEventV1 d = new DossierEventV1(
                code,
                1,
                "RECEIVED",
                2,
                "1.H31.KS",
                "Hộ tịch",
                "H31.X1.MC",
                "/H31/H31.X1/H31.X1.MC/",
                null,
                null,
                "DIRECT",
                t,
                t.plusDays(3),
                null,
                null,
                null,
                null,
                false,
                null,
                false,
                false,
                false,
                null,
                t);
        return EventEnvelope.create(
                "/cchc/dossiers", type, code, schemaVersion, OffsetDateTime.now(ZoneOffset.UTC), mapper.valueToTree(d));
    }

    void send(EventEnvelope e) {
        KafkaTestResource.produce(Topics.DOSSIERS, e.subject(), codec.write(e));
    }

    /** A connection of the test's own, outside the application's pool. */
    static Connection db() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return DriverManager.getConnection(url, "postgres", "");
    }

    static long count(String sql, Object... args) {
        try (Connection c = db();
                var st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long applied(String eventId) {
        return count("select count(*) from inbox_event where consumer = ? and event_id = ?", CONSUMER, eventId);
    }

    static long facts(String code) {
        return count("select count(*) from dossier_fact where code = ?", code);
    }

    void awaitApplied(EventEnvelope e) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> applied(e.id()) == 1);
    }

    @Test
    void anUnknownTypeIsSkippedAndCountedNeverApplied() {
        long before = consumer.unknownTypes();
        String code = newCode();
        EventEnvelope teleported = dossierEvent("DossierTeleported", code, 1);
        send(teleported);
        EventEnvelope marker = dossierEvent(DossierEventV1.RECEIVED, code + "-M", 1);
        KafkaTestResource.produce(Topics.DOSSIERS, code, codec.write(marker)); // same key: same partition, after it
        awaitApplied(marker);
        assertEquals(0, applied(teleported.id()), "an unknown type leaves no inbox row");
        assertEquals(0, facts(code), "and no dossier fact");
        assertEquals(0, count("select count(*) from dead_letter where event_id = ?", teleported.id()), "not parked");
        assertTrue(consumer.unknownTypes() > before, "counted");
    }

    @Test
    void anUnsupportedSchemaVersionIsParkedWithItsGroupAndReasonThenReplayedOnRequest() throws Exception {
        String code = newCode();
        EventEnvelope future = dossierEvent(DossierEventV1.RECEIVED, code, 99);
        send(future);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from dead_letter where event_id = ?", future.id()) == 1);
        assertEquals(0, applied(future.id()));
        assertEquals(0, facts(code), "never applied");
        try (Connection c = db();
                var st = c.prepareStatement(
                        "select consumer, group_id, topic, reason, record from dead_letter " + "where event_id = ?")) {
            st.setString(1, future.id());
            try (var rs = st.executeQuery()) {
                rs.next();
                assertEquals(CONSUMER, rs.getString(1));
                assertEquals("cchc-par-index.dossiers", rs.getString(2));
                assertEquals(Topics.DOSSIERS, rs.getString(3));
                assertTrue(rs.getString(4).contains("unsupported schemaversion 99"), rs.getString(4));
                assertEquals(codec.write(future), rs.getString(5), "the record exactly as read");
            }
        }
        var dead = KafkaTestResource.awaitRecord(
                Topics.DEAD_LETTER,
                r -> code.equals(r.key()) && r.value().contains(future.id()),
                Duration.ofSeconds(30));
        assertEquals(
                "cchc-par-index.dossiers",
                new String(dead.headers().lastHeader(DeadLetters.GROUP).value(), StandardCharsets.UTF_8));
        assertTrue(new String(dead.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8)
                .contains("schemaversion 99"));

        // asked for again, it still cannot be applied by this build: it stays parked, one attempt more
        assertEquals(1, requestReplay(CONSUMER, future.id()));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select attempts from dead_letter where event_id = ?", future.id()) == 2);
        assertEquals(
                0,
                count("select count(*) from dead_letter where event_id = ? and replayed_at is not null", future.id()));
        assertEquals(0, facts(code));

        // a record parked by a consumer bug, once the bug is fixed: the replay applies it once
        String fixedCode = newCode();
        EventEnvelope parked = dossierEvent(DossierEventV1.RECEIVED, fixedCode, 1);
        try (Connection c = db();
                var st = c.prepareStatement("""
                        insert into dead_letter (id, consumer, group_id, topic, partition, record_offset, record_key,
                            event_id, event_type, reason, record, dead_lettered_at)
                        values (?, ?, 'cchc-par-index.dossiers', ?, 0, ?, ?, ?, ?, 'UNEXPECTED: a bug', ?, now())""")) {
            st.setObject(1, UUID.randomUUID());
            st.setString(2, CONSUMER);
            st.setString(3, Topics.DOSSIERS);
            st.setLong(4, -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
            st.setString(5, fixedCode);
            st.setString(6, parked.id());
            st.setString(7, parked.type());
            st.setString(8, codec.write(parked));
            st.executeUpdate();
        }
        assertTrue(requestReplay(CONSUMER, null) >= 1);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> facts(fixedCode) == 1);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from dead_letter where event_id = ? and replayed_at is not null",
                                parked.id())
                        == 1);
        assertEquals(1, applied(parked.id()));
        // nothing is left to replay for it: asking again applies nothing twice
        requestReplay(CONSUMER, null);
        Thread.sleep(6_000); // one replay tick (5 s)
        assertEquals(1, applied(parked.id()));
        assertEquals(1, facts(fixedCode));
    }

    static long requestReplay(String prefix, String eventId) {
        if (eventId == null) {
            return count("select request_dead_letter_replay(?, null)", prefix);
        }
        return count(
                "select request_dead_letter_replay(?, (select id from dead_letter where event_id = ?))",
                prefix,
                eventId);
    }

    @Test
    void aDatabaseOutageLongerThanAnyRetryBudgetDelaysAnEventButNeverDeadLettersIt() throws Exception {
        String code = newCode();
        EventEnvelope e = dossierEvent(DossierEventV1.RECEIVED, code, 1);
        long retriesBefore = consumer.retries();
        try (Connection c = db()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                // every attempt of the consumer now fails after 300 ms (lock_timeout): a transient failure
                st.execute("lock table inbox_event in access exclusive mode");
            }
            send(e);
            await().atMost(Duration.ofSeconds(20)).until(() -> consumer.retries() >= retriesBefore + 3);
            Thread.sleep(9_000); // longer than the former budget of 5 attempts (≈ 6 s) that dead-lettered
            c.rollback();
        }
        awaitApplied(e);
        assertEquals(1, facts(code));
        assertEquals(0, count("select count(*) from dead_letter where event_id = ?", e.id()));
        assertTrue(consumer.retries() >= retriesBefore + 5, "retried, not parked");
    }
}
