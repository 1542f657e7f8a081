package vn.cchc.shared.testing;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OpenAPI documents stored in the repository under {@code docs/api/openapi/<service>.json}, from which the
 * generated clients are built (docs/api/clients.md): each service's OpenApiConventionsTest compares the document
 * it serves with the stored one and fails when they differ. {@code -Dcchc.openapi.refresh=true} (or the
 * environment variable {@code CCHC_OPENAPI_REFRESH=1}) writes the served document instead;
 * {@code deploy/local/lib/api-clients.sh refresh} does that for every service and regenerates the clients.
 */
public final class StoredOpenApi {

    public static final String REFRESH_HINT =
            "run deploy/local/lib/api-clients.sh refresh (rewrites docs/api/openapi/*.json and the generated clients)";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoredOpenApi() {}

    /** The repository root: the first directory upwards from the working directory that holds mvnw. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no mvnw above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path storedPath(String name) {
        return repositoryRoot().resolve("docs/api/openapi").resolve(name + ".json");
    }

    public static boolean refreshRequested() {
        return Boolean.getBoolean("cchc.openapi.refresh") || "1".equals(System.getenv("CCHC_OPENAPI_REFRESH"));
    }

    /** The stored form of a JSON document: two-space indentation, keys in the served order, one final newline. */
    public static String normalize(String json) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            return MAPPER.writer(printer).writeValueAsString(MAPPER.readTree(json)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares the served document with the stored one. Returns null when they agree (or after a refresh wrote
     * it), otherwise a message naming the first differing line and the command that refreshes the file.
     */
    public static String compare(String name, String servedJson) {
        String served = normalize(servedJson);
        Path stored = storedPath(name);
        try {
            if (refreshRequested()) {
                Files.createDirectories(stored.getParent());
                Files.writeString(stored, served, StandardCharsets.UTF_8);
                return null;
            }
            if (!Files.exists(stored)) {
                return "docs/api/openapi/" + name + ".json is missing: " + REFRESH_HINT;
            }
            String current = Files.readString(stored, StandardCharsets.UTF_8);
            if (current.equals(served)) {
                return null;
            }
            List<String> a = current.lines().toList();
            List<String> b = served.lines().toList();
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            return "docs/api/openapi/" + name + ".json is stale (line " + (i + 1) + ": stored '"
                    + (i < a.size() ? a.get(i).strip() : "<end>") + "', served '"
                    + (i < b.size() ? b.get(i).strip() : "<end>") + "'): " + REFRESH_HINT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
