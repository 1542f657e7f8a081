package vn.cchc.shared.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The consumer layout of docs/adr/0006-event-delivery.md, read from the configuration the services ship: every
 * incoming channel has its own group {@code cchc-<service>.<stream>} (no two channels share one, so a crash or a replay
 * of one stream never stops another), and the defaults every channel inherits give a fast, incremental rebalance and
 * leave failures to EventConsumer.
 */
class ConsumerChannelsConfigTest {

    static final Path SERVICES = Path.of("..").toAbsolutePath().normalize();
    static final Pattern GROUP = Pattern.compile("mp\\.messaging\\.incoming\\.([a-z0-9-]+)\\.group\\.id");

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyIncomingChannelHasAGroupOfItsOwnNamedAfterItsService() throws IOException {
        Map<String, String> owners = new HashMap<>();
        int channels = 0;
        for (String service : new String[] {"procedures", "dossiers", "inspections", "par-index"}) {
            Properties p = load(SERVICES.resolve(service + "/src/main/resources/application.properties"));
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".connector")) {
                    String channel =
                            key.substring("mp.messaging.incoming.".length(), key.length() - ".connector".length());
                    String group = p.getProperty("mp.messaging.incoming." + channel + ".group.id");
                    assertTrue(group != null, service + " " + channel + " has no group.id");
                    assertTrue(group.startsWith("cchc-" + service + "."), service + " " + channel + ": " + group);
                    String before = owners.put(group, service + " " + channel);
                    assertEquals(null, before, group + " is shared by " + before + " and " + service + " " + channel);
                    channels++;
                }
                Matcher m = GROUP.matcher(key);
                if (m.matches()) {
                    assertTrue(
                            p.containsKey("mp.messaging.incoming." + m.group(1) + ".connector"),
                            "group of an unknown channel " + m.group(1));
                }
            }
        }
        assertTrue(channels >= 13, "channels found: " + channels);
    }

    @Test
    void everyChannelInheritsAFastIncrementalRebalanceAndLeavesFailuresToEventConsumer() throws IOException {
        Properties shared = load(Path.of("src/main/resources/META-INF/microprofile-config.properties"));
        String prefix = "mp.messaging.connector.smallrye-kafka.";
        assertEquals(
                "org.apache.kafka.clients.consumer.CooperativeStickyAssignor",
                shared.getProperty(prefix + "partition.assignment.strategy"));
        assertTrue(Integer.parseInt(shared.getProperty(prefix + "session.timeout.ms")) <= 10_000);
        assertEquals("fail", shared.getProperty(prefix + "failure-strategy"));
        assertEquals("earliest", shared.getProperty(prefix + "auto.offset.reset"));
        assertEquals("false", shared.getProperty(prefix + "health-readiness-enabled"));
        for (String service : new String[] {"procedures", "dossiers", "inspections", "par-index"}) {
            Properties p = load(SERVICES.resolve(service + "/src/main/resources/application.properties"));
            for (String key : p.stringPropertyNames()) {
                assertFalse(
                        key.startsWith("mp.messaging.incoming.") && key.contains("dead-letter-queue"),
                        service + " overrides dead-lettering per channel: " + key);
                assertFalse(
                        key.startsWith("mp.messaging.incoming.") && key.endsWith(".failure-strategy"),
                        service + " overrides the failure strategy: " + key);
            }
        }
    }

    @Test
    void everyChannelOfTheDossierStreamTakesBoundedBatchesWithABoundedWait() throws IOException {
        int batched = 0;
        for (String service : new String[] {"procedures", "dossiers", "inspections", "par-index"}) {
            Properties p = load(SERVICES.resolve(service + "/src/main/resources/application.properties"));
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("mp.messaging.incoming.") || !key.endsWith(".topic")) {
                    continue;
                }
                String channel = key.substring(0, key.length() - ".topic".length());
                if (!"cchc.dossiers.v1".equals(p.getProperty(key))) {
                    assertEquals(null, p.getProperty(channel + ".batch"), service + " " + channel + " is batched");
                    continue;
                }
                String where = service + " " + channel;
                assertEquals("true", p.getProperty(channel + ".batch"), where + " reads one record at a time");
                int records = Integer.parseInt(p.getProperty(channel + ".max.poll.records", "500"));
                assertTrue(records >= 10 && records <= 200, where + ": max.poll.records " + records);
                int waitMs = Integer.parseInt(p.getProperty(channel + ".fetch.max.wait.ms", "500"));
                assertTrue(waitMs <= 200, where + ": a fetch may wait " + waitMs + " ms, too long for a 1 s lag");
                batched++;
            }
        }
        assertEquals(3, batched, "inspections, par-index and the webhook fan-out read cchc.dossiers.v1");
    }
}
