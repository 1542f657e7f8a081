import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Waits until the local broker answers, then creates the topics of topics.txt that are missing.
 * deploy/local/cchc compiles it once into .local/kafka/tools; by hand, the source launcher works too
 * (one JVM for all topics):
 *
 * <pre>java -cp '.local/kafka/lib/*' deploy/local/kafka/EnsureTopics.java 127.0.0.1:59092 deploy/local/kafka/topics.txt 60</pre>
 *
 * Lines of topics.txt: {@code name partitions replication configs}, configs being
 * {@code key=value[,key=value]} or {@code -}; '#' starts a comment. Existing topics are left as they are
 * (a different partition count is reported, not changed). Exit code 0 when every topic exists.
 */
public class EnsureTopics {

    record Spec(String name, int partitions, short replication, Map<String, String> configs) { }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: EnsureTopics <bootstrap> <topics.txt> [timeout-seconds]");
            System.exit(2);
        }
        String bootstrap = args[0];
        List<Spec> specs = parse(Path.of(args[1]));
        Instant deadline = Instant.now().plusSeconds(args.length > 2 ? Long.parseLong(args[2]) : 60);

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "cchc-local-ensure-topics");

        try (Admin admin = Admin.create(props)) {
            Set<String> existing = waitForBroker(admin, deadline);
            List<NewTopic> missing = new ArrayList<>();
            for (Spec s : specs) {
                if (!existing.contains(s.name())) {
                    missing.add(new NewTopic(s.name(), s.partitions(), s.replication()).configs(s.configs()));
                }
            }
            if (!missing.isEmpty()) {
                var result = admin.createTopics(missing);
                for (NewTopic t : missing) {
                    try {
                        result.values().get(t.name()).get(30, TimeUnit.SECONDS);
                        System.out.printf("created topic %s (partitions=%d, replication=%d, configs=%s)%n",
                                t.name(), t.numPartitions(), t.replicationFactor(), t.configs());
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            }
            Map<String, TopicDescription> described = admin
                    .describeTopics(specs.stream().map(Spec::name).toList())
                    .allTopicNames().get(30, TimeUnit.SECONDS);
            for (Spec s : specs) {
                int actual = described.get(s.name()).partitions().size();
                if (actual != s.partitions()) {
                    System.out.printf("WARNING: topic %s has %d partitions, topics.txt says %d%n",
                            s.name(), actual, s.partitions());
                }
            }
            System.out.printf("topics ready: %d (%d created)%n", specs.size(), missing.size());
        }
    }

    /** Returns the existing topic names once the broker answers; retries until the deadline. */
    private static Set<String> waitForBroker(Admin admin, Instant deadline) throws Exception {
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return admin.listTopics().names().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                last = e;
                Thread.sleep(Duration.ofMillis(500));
            }
        }
        throw new IllegalStateException("Kafka broker did not answer before the timeout", last);
    }

    private static List<Spec> parse(Path file) throws Exception {
        List<Spec> specs = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 4) {
                throw new IllegalArgumentException("bad line in " + file + ": " + raw);
            }
            Map<String, String> configs = new HashMap<>();
            if (!f[3].equals("-")) {
                for (String kv : f[3].split(",")) {
                    String[] p = kv.split("=", 2);
                    configs.put(p[0], p[1]);
                }
            }
            specs.add(new Spec(f[0], Integer.parseInt(f[1]), Short.parseShort(f[2]), configs));
        }
        return specs;
    }
}
