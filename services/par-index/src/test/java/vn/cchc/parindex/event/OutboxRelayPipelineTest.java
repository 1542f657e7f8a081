package vn.cchc.parindex.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.ParIndexEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;
import vn.cchc.shared.outbox.OutboxRelay;
import vn.cchc.shared.testing.KafkaTestResource;

/**
 * Issue 16: the relay hands a batch to the producer at once and drains full batches one after the other, and a commit
 * wakes it. A burst of 600 events over 10 keys (more than two batches of 250) must reach the topic complete, once
 * each, and in order per key; and the commit, not only the poll, must have started a drain.
 */
@QuarkusTest
class OutboxRelayPipelineTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper mapper;

    @Test
    void aBurstReachesTheTopicCompleteAndInOrderPerKey() throws Exception {
        String run = "PIPE-" + UUID.randomUUID().toString().substring(0, 8);
        int keys = 10;
        int perKey = 60;
        long wakesBefore = relay.wakeDrains();
        for (int t = 0; t < 6; t++) {
            int from = t * (perKey / 6);
            QuarkusTransaction.requiringNew().run(() -> {
                for (int n = from; n < from + perKey / 6; n++) {
                    for (int k = 0; k < keys; k++) {
                        outbox.publish(
                                Topics.PAR_INDEX,
                                run + "-" + k,
                                ParIndexEventV1.STATUS_CHANGED,
                                1,
                                Map.of("probe", run, "n", n));
                    }
                }
            });
        }
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> pending(c, run) == 0);
        }
        assertTrue(relay.wakeDrains() > wakesBefore, "a commit woke the relay");

        Map<String, List<Integer>> seen = readRun(run, keys * perKey);
        assertEquals(keys, seen.size(), "every key reached the topic");
        for (var e : seen.entrySet()) {
            List<Integer> expected = new ArrayList<>();
            for (int n = 0; n < perKey; n++) {
                expected.add(n);
            }
            assertEquals(expected, e.getValue(), "key " + e.getKey() + ": every event once, in order");
        }
    }

    /**
     * One event a transaction, each commit waking the relay: every drain commits (none fails and leaves its batch to
     * be sent again), and every event reaches the topic once. The Kafka sends run with the relay's transaction
     * suspended; with it carried to the connector's threads, Narayana sometimes committed "with 2 threads active"
     * and the drain failed (ARJUNA012094, 51 times in one run of the Java suites).
     */
    @Test
    void drainsWokenByManySmallCommitsAllCommit() throws Exception {
        String run = "WAKE-" + UUID.randomUUID().toString().substring(0, 8);
        int events = 300;
        long failedBefore = relay.failedDrains();
        for (int n = 0; n < events; n++) {
            int number = n;
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.publish(
                            Topics.PAR_INDEX,
                            run + "-" + (number % 3),
                            ParIndexEventV1.STATUS_CHANGED,
                            1,
                            Map.of("probe", run, "n", number)));
        }
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> pending(c, run) == 0);
        }
        assertEquals(0, relay.failedDrains() - failedBefore, "drains that failed and left their batch pending");

        Map<Integer, Integer> times = new HashMap<>();
        readRun(run, events).values().forEach(ns -> ns.forEach(n -> times.merge(n, 1, Integer::sum)));
        assertEquals(events, times.size(), "every event reached the topic");
        assertEquals(
                Map.of(),
                times.entrySet().stream()
                        .filter(e -> e.getValue() != 1)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "events sent more than once");
    }

    /**
     * The records of a run on the topic, read from the beginning: its number {@code n} per key, in the order read.
     * Reads until {@code expected} were seen and then one more quiet second (to catch a duplicate sent late), or 60 s.
     */
    private Map<String, List<Integer>> readRun(String run, int expected) throws Exception {
        Map<String, List<Integer>> seen = new HashMap<>();
        Properties props = new Properties();
        props.put("bootstrap.servers", KafkaTestResource.bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PAR_INDEX).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            Instant quietUntil = null;
            int count = 0;
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(300))) {
                    if (r.key() != null && r.key().startsWith(run + "-")) {
                        int n = mapper.readTree(r.value())
                                .path("data")
                                .path("n")
                                .asInt(-1);
                        seen.computeIfAbsent(r.key(), x -> new ArrayList<>()).add(n);
                        count++;
                    }
                }
                if (count >= expected && quietUntil == null) {
                    quietUntil = Instant.now().plusSeconds(1);
                }
                if (quietUntil != null && Instant.now().isAfter(quietUntil)) {
                    break;
                }
            }
        }
        return seen;
    }

    private static long pending(Connection c, String run) throws Exception {
        try (var st =
                c.prepareStatement("select count(*) from outbox_event where event_key like ? and sent_at is null")) {
            st.setString(1, run + "-%");
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
