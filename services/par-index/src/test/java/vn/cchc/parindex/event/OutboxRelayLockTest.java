package vn.cchc.parindex.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.ParIndexEventV1;
import vn.cchc.shared.event.Topics;
import vn.cchc.shared.outbox.Outbox;
import vn.cchc.shared.outbox.OutboxRelay;
import vn.cchc.shared.testing.KafkaTestResource;

/**
 * Of several instances sharing an outbox, only the one holding the relay's advisory lock publishes (so per-key order
 * holds across instances): while another session — standing for a second instance mid-batch — holds the lock, this
 * instance's relay (scheduled and called directly) publishes nothing; once released, the row goes out once.
 */
@QuarkusTest
class OutboxRelayLockTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void onlyTheInstanceHoldingTheRelayLockPublishes() throws Exception {
        String key = "LOCK-" + UUID.randomUUID();
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection other = DriverManager.getConnection(url, "postgres", "")) {
            try (var st = other.prepareStatement("select pg_advisory_lock(?)")) {
                st.setLong(1, OutboxRelay.LOCK_KEY);
                st.execute();
            }
            String id = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish(
                                    Topics.PAR_INDEX, key, ParIndexEventV1.STATUS_CHANGED, 1, Map.of("probe", key))
                            .id());
            assertEquals(0, relay.relayPending(), "another instance relays: this one waits");
            Thread.sleep(3_000); // three scheduled ticks
            assertEquals(1, pending(other, id), "still pending while the lock is held elsewhere");
            try (var st = other.prepareStatement("select pg_advisory_unlock(?)")) {
                st.setLong(1, OutboxRelay.LOCK_KEY);
                st.execute();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> pending(other, id) == 0);
            var record =
                    KafkaTestResource.awaitRecord(Topics.PAR_INDEX, r -> key.equals(r.key()), Duration.ofSeconds(20));
            assertEquals(id, new String(record.headers().lastHeader("ce_id").value()));
        }
    }

    static long pending(Connection c, String id) throws Exception {
        try (var st = c.prepareStatement("select count(*) from outbox_event where id = ?::uuid and sent_at is null")) {
            st.setString(1, id);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
