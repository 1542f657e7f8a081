package vn.cchc.shared.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The services' half of the monitoring drift check (docs/observability.md): every metric that
 * {@code deploy/k8s/monitoring/metric-owners.txt} lists for a service must be in that service's real scrape. The
 * other half, {@code deploy/k8s/monitoring/check-metrics}, checks that the alerts and the dashboard use only listed
 * metrics.
 */
public final class MetricsContract {

    private MetricsContract() {}

    /** The sample names of a Prometheus text scrape ({@code name{labels} value} lines). */
    public static Set<String> sampleNames(String scrape) {
        return scrape.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The metrics metric-owners.txt lists for {@code service}. */
    public static Set<String> ownedBy(String service) {
        Set<String> owned = new TreeSet<>();
        for (String line : lines()) {
            String text = line.split("#", 2)[0].trim();
            if (text.isEmpty()) {
                continue;
            }
            List<String> parts = Arrays.asList(text.split("\\s+"));
            if (parts.subList(1, parts.size()).contains(service)) {
                owned.add(parts.get(0));
            }
        }
        return owned;
    }

    /** Fails naming every metric listed for {@code service} that its scrape lacks. */
    public static void assertExposes(String service, String scrape) {
        Set<String> owned = ownedBy(service);
        assertTrue(!owned.isEmpty(), "metric-owners.txt lists nothing for " + service);
        Set<String> missing = new TreeSet<>(owned);
        missing.removeAll(sampleNames(scrape));
        assertTrue(
                missing.isEmpty(),
                service + " does not expose " + missing + ", which the alerts or the dashboard use"
                        + " (deploy/k8s/monitoring/metric-owners.txt)");
    }

    private static List<String> lines() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("deploy/k8s/monitoring/metric-owners.txt"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/k8s/monitoring/metric-owners.txt not found above the module");
        }
        try {
            return Files.readAllLines(dir.resolve("deploy/k8s/monitoring/metric-owners.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
