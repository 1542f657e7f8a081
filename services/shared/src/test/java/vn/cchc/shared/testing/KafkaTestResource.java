package vn.cchc.shared.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import vn.cchc.shared.event.Topics;

import java.util.Map;
import java.util.Properties;

/**
 * A real single-node Kafka broker (KRaft) inside the test JVM, with every topic of
 * {@link Topics#ALL} created before the application's consumers subscribe.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile String bootstrapServers;
    private KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            bootstrapServers = cluster.bootstrapServers();
            createTopics();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka test broker did not start", e);
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    private void createTopics() throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(Topics.ALL.stream().map(spec -> new NewTopic(spec.name(), 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                            spec.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE)))
                    .toList()).all().get();
        }
    }

    /** For tests that produce or consume directly. */
    public static String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
