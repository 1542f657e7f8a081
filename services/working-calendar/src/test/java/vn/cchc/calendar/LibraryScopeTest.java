package vn.cchc.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The working calendar is a plain Java library (README): its main code uses only the JDK and its own package, and it
 * does not need the shared infrastructure library.
 */
class LibraryScopeTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void theMainSourcesImportOnlyTheJdkAndThisLibrary() throws IOException {
        List<String> foreign;
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<Path> sources =
                    files.filter(p -> p.toString().endsWith(".java")).toList();
            assertFalse(sources.isEmpty(), "no sources under " + MAIN.toAbsolutePath());
            foreign = sources.stream()
                    .flatMap(LibraryScopeTest::imports)
                    .filter(i -> !(i.contains(": java.") || i.contains(": vn.cchc.calendar.")))
                    .toList();
        }
        assertEquals(List.of(), foreign);
    }

    @Test
    void theSharedLibraryIsNotOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("vn.cchc.shared.event.EventEnvelope"));
    }

    /** Each import of the file as {@code File.java: imported.Name}. */
    private static Stream<String> imports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(l -> l.startsWith("import "))
                    .map(l -> file.getFileName() + ": "
                            + l.substring("import ".length())
                                    .replace("static ", "")
                                    .replace(";", "")
                                    .strip());
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
