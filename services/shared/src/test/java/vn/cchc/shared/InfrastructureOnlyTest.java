package vn.cchc.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared library holds infrastructure only, and its README says what it holds: the working calendar is its own
 * library (services/working-calendar), used by the services that need it and not by this one.
 */
class InfrastructureOnlyTest {

    private static final Path PACKAGES = Path.of("src/main/java/vn/cchc/shared");
    /** A row of the README's package table: {@code | `event` | ...}. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|");

    @Test
    void theWorkingCalendarIsNotOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("vn.cchc.calendar.WorkingCalendar"));
    }

    @Test
    void theReadmeTableListsExactlyThePackagesOfTheLibrary() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                listed.add(m.group(1));
            }
        }
        Set<String> present;
        try (Stream<Path> dirs = Files.list(PACKAGES)) {
            present = dirs.filter(Files::isDirectory)
                    .filter(InfrastructureOnlyTest::hasJava)
                    .map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed, "packages under " + PACKAGES + " vs rows of the README's package table");
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(dir.toString(), e);
        }
    }
}
