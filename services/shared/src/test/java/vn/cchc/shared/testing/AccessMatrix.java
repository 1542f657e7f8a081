package vn.cchc.shared.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The access matrix of a service: every operation of its OpenAPI document × every declared caller, with the answer
 * expected, in one text file ({@code src/test/resources/access-matrix.txt}). {@link #verify(Map)} fails when an
 * operation of the document has no block (a new endpoint must be added to the table), when a block names an
 * operation that does not exist, when a block does not say what each caller gets, and when any cell does not hold.
 *
 * <pre>
 * caller &lt;name&gt; &lt;roles comma-separated or -&gt; &lt;unit_code or -&gt; [claim=value ...]
 * op &lt;METHOD&gt; &lt;path template as in the OpenAPI document&gt;
 *   send &lt;METHOD&gt; &lt;concrete path, ${var} replaced by fixtures, query allowed&gt;
 *   body &lt;one-line JSON&gt; | body @&lt;test resource&gt;
 *   multipart &lt;field&gt;=@&lt;test resource&gt;[;type=&lt;media type&gt;] &lt;field&gt;=&lt;text&gt; ...
 *   allow &lt;callers&gt;     # access passed: not 401/403/404 and below 500
 *   deny &lt;callers&gt;      # 403 or 404
 *   unauth &lt;callers&gt;    # 401
 *   status &lt;code&gt; &lt;callers&gt;
 * </pre>
 * Denied and unauthenticated callers are sent first, allowed callers after, so that an allowed write cannot hide a
 * leak. Callers with roles {@code -} send no token.
 */
public final class AccessMatrix {

    public enum Kind {
        ALLOW,
        DENY,
        UNAUTH,
        STATUS
    }

    public record CallerDef(String name, List<String> roles, String unit, Map<String, Object> claims) {
        public boolean anonymous() {
            return roles.isEmpty();
        }
    }

    public record Expectation(Kind kind, int status) {
        boolean holds(int actual) {
            return switch (kind) {
                case ALLOW -> actual != 401 && actual != 403 && actual != 404 && actual < 500;
                case DENY -> actual == 403 || actual == 404;
                case UNAUTH -> actual == 401;
                case STATUS -> actual == status;
            };
        }

        @Override
        public String toString() {
            return kind == Kind.STATUS ? String.valueOf(status) : kind.name().toLowerCase(Locale.ROOT);
        }
    }

    public record Block(
            String method,
            String path,
            String sendMethod,
            String sendPath,
            String body,
            List<String> multipart,
            Map<String, Expectation> expectations,
            int line) {
        public String key() {
            return method + " " + path;
        }

        /** The first allowed caller, or null. */
        public String firstAllowed() {
            return expectations.entrySet().stream()
                    .filter(e -> e.getValue().kind() == Kind.ALLOW)
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(null);
        }
    }

    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String resource;
    private final Map<String, CallerDef> callers;
    private final List<Block> blocks;

    private AccessMatrix(String resource, Map<String, CallerDef> callers, List<Block> blocks) {
        this.resource = resource;
        this.callers = callers;
        this.blocks = blocks;
    }

    public static AccessMatrix load(String resource) {
        String text = read(resource);
        Map<String, CallerDef> callers = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        BlockBuilder current = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("\\s+#.*$", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            int lineNo = i + 1;
            switch (words[0]) {
                case "caller" -> {
                    if (words.length < 4) {
                        errors.add("line " + lineNo + ": caller <name> <roles|-> <unit|-> [claim=value]");
                        continue;
                    }
                    Map<String, Object> claims = new LinkedHashMap<>();
                    for (int w = 4; w < words.length; w++) {
                        String[] kv = words[w].split("=", 2);
                        claims.put(kv[0], kv.length > 1 ? kv[1] : "");
                    }
                    List<String> roles = words[2].equals("-") ? List.of() : Arrays.asList(words[2].split(","));
                    callers.put(
                            words[1], new CallerDef(words[1], roles, words[3].equals("-") ? null : words[3], claims));
                }
                case "op" -> {
                    if (current != null) {
                        blocks.add(current.build(callers, errors));
                    }
                    if (words.length != 3) {
                        errors.add("line " + lineNo + ": op <METHOD> <path>");
                        current = null;
                        continue;
                    }
                    current = new BlockBuilder(words[1].toUpperCase(Locale.ROOT), words[2], lineNo);
                }
                default -> {
                    if (current == null) {
                        errors.add("line " + lineNo + ": '" + words[0] + "' outside an op block");
                        continue;
                    }
                    current.add(words, line, lineNo, errors);
                }
            }
        }
        if (current != null) {
            blocks.add(current.build(callers, errors));
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(resource + " is not a valid access matrix:\n  " + String.join("\n  ", errors));
        }
        return new AccessMatrix(resource, callers, blocks);
    }

    public Map<String, CallerDef> callers() {
        return callers;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** A bearer token for a declared caller, or null for an anonymous one. */
    public String tokenFor(String caller) {
        CallerDef def = callers.get(caller);
        if (def == null) {
            throw new IllegalArgumentException("unknown caller " + caller);
        }
        if (def.anonymous()) {
            return null;
        }
        return TestTokens.tokenWithClaims(
                def.name(), def.unit(), def.claims(), def.roles().toArray(String[]::new));
    }

    /** The operations ("METHOD /path") of the service's OpenAPI document. */
    public static Set<String> openApiOperations() {
        String path = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-openapi.path", String.class)
                .orElse("/q/openapi");
        String body = RestAssured.given()
                .accept("application/json")
                .queryParam("format", "json")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            JsonNode paths = JSON.readTree(body).path("paths");
            Set<String> operations = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                for (String method : List.of("get", "post", "put", "patch", "delete")) {
                    if (entry.getValue().has(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + entry.getKey());
                    }
                }
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the table against the OpenAPI document and every cell against the running service. */
    public void verify(Map<String, String> vars) {
        List<String> failures = new ArrayList<>();
        Set<String> documented = openApiOperations();
        Set<String> listed = new LinkedHashSet<>();
        for (Block block : blocks) {
            if (!listed.add(block.key())) {
                failures.add(block.key() + ": listed twice (line " + block.line() + ")");
            }
        }
        for (String op : documented) {
            if (!listed.contains(op)) {
                failures.add(op + ": in the OpenAPI document but has no block in " + resource);
            }
        }
        for (String op : listed) {
            if (!documented.contains(op)) {
                failures.add(op + ": in " + resource + " but not in the OpenAPI document");
            }
        }
        int cells = 0;
        for (Block block : blocks) {
            List<Map.Entry<String, Expectation>> ordered =
                    new ArrayList<>(block.expectations().entrySet());
            ordered.sort((a, b) -> Boolean.compare(
                    a.getValue().kind() == Kind.ALLOW, b.getValue().kind() == Kind.ALLOW));
            for (Map.Entry<String, Expectation> cell : ordered) {
                cells++;
                Response response = send(block, cell.getKey(), vars);
                int status = response.statusCode();
                if (!cell.getValue().holds(status)) {
                    String answer = response.asString();
                    failures.add(block.key() + " as " + cell.getKey() + ": expected " + cell.getValue() + ", got "
                            + status + " " + (answer.length() > 300 ? answer.substring(0, 300) + "…" : answer));
                }
            }
        }
        System.out.printf(
                "access matrix (%s): %d operations, %d cells, %d failed%n",
                resource, blocks.size(), cells, failures.size());
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " access-matrix failures:\n  " + String.join("\n  ", failures));
        }
    }

    /** Sends a block's request as a caller (fixture variables substituted). */
    public Response send(Block block, String caller, Map<String, String> vars) {
        return send(
                block,
                caller,
                vars,
                substitute(block.sendPath(), vars),
                block.body() == null ? null : substitute(block.body(), vars),
                null);
    }

    /**
     * Sends a request shaped like the block's, with the path and body given (for mutated requests). Multipart
     * parts may be replaced by {@code parts} (field → bytes, file name, media type).
     */
    public Response send(
            Block block, String caller, Map<String, String> vars, String path, String body, List<Part> parts) {
        RequestSpecification request = RestAssured.given()
                .urlEncodingEnabled(false)
                .config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .defaultContentCharset(StandardCharsets.UTF_8)
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        String token = tokenFor(caller);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
        }
        List<Part> multipart = parts != null ? parts : parts(block, vars);
        for (Part part : multipart) {
            if (part.fileName() == null) {
                request.multiPart(part.field(), new String(part.content(), StandardCharsets.UTF_8));
            } else {
                request.multiPart(part.field(), part.fileName(), part.content(), part.mediaType());
            }
        }
        return request.request(block.sendMethod(), path);
    }

    /** One part of a multipart body: a file (with a name and media type) or a text field (fileName null). */
    public record Part(String field, byte[] content, String fileName, String mediaType) {}

    public List<Part> parts(Block block, Map<String, String> vars) {
        List<Part> parts = new ArrayList<>();
        for (String spec : block.multipart()) {
            String[] kv = spec.split("=", 2);
            String value = substitute(kv.length > 1 ? kv[1] : "", vars);
            if (value.startsWith("@")) {
                String[] fileAndType = value.substring(1).split(";type=", 2);
                String file = fileAndType[0];
                byte[] content = readBytes("/" + file);
                parts.add(new Part(
                        kv[0],
                        content,
                        file.substring(file.lastIndexOf('/') + 1),
                        fileAndType.length > 1 ? fileAndType[1] : "application/octet-stream"));
            } else {
                parts.add(new Part(kv[0], value.getBytes(StandardCharsets.UTF_8), null, null));
            }
        }
        return parts;
    }

    static String substitute(String text, Map<String, String> vars) {
        Matcher matcher = VAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = vars.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError("fixture variable ${" + matcher.group(1) + "} is not set by the test");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String read(String resource) {
        return new String(readBytes(resource), StandardCharsets.UTF_8);
    }

    static byte[] readBytes(String resource) {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("test resource " + resource + " not found");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class BlockBuilder {
        final String method;
        final String path;
        final int line;
        String sendMethod;
        String sendPath;
        String body;
        final List<String> multipart = new ArrayList<>();
        final Map<String, Expectation> expectations = new LinkedHashMap<>();

        BlockBuilder(String method, String path, int line) {
            this.method = method;
            this.path = path;
            this.line = line;
        }

        void add(String[] words, String line, int lineNo, List<String> errors) {
            switch (words[0]) {
                case "send" -> {
                    if (words.length != 3) {
                        errors.add("line " + lineNo + ": send <METHOD> <path>");
                        return;
                    }
                    sendMethod = words[1].toUpperCase(Locale.ROOT);
                    sendPath = words[2];
                }
                case "body" -> {
                    String rest = line.substring(4).strip();
                    body = rest.startsWith("@") ? read("/" + rest.substring(1)).strip() : rest;
                }
                case "multipart" -> multipart.addAll(Arrays.asList(words).subList(1, words.length));
                case "allow", "deny", "unauth" -> {
                    Kind kind = Kind.valueOf(words[0].toUpperCase(Locale.ROOT));
                    for (int i = 1; i < words.length; i++) {
                        put(words[i], new Expectation(kind, 0), lineNo, errors);
                    }
                }
                case "status" -> {
                    int status = Integer.parseInt(words[1]);
                    for (int i = 2; i < words.length; i++) {
                        put(words[i], new Expectation(Kind.STATUS, status), lineNo, errors);
                    }
                }
                default -> errors.add("line " + lineNo + ": unknown keyword '" + words[0] + "'");
            }
        }

        private void put(String caller, Expectation expectation, int lineNo, List<String> errors) {
            if (expectations.put(caller, expectation) != null) {
                errors.add("line " + lineNo + ": caller " + caller + " has two expectations in " + method + " " + path);
            }
        }

        Block build(Map<String, CallerDef> callers, List<String> errors) {
            if (sendMethod == null) {
                sendMethod = method;
                sendPath = path;
                if (path.contains("{")) {
                    errors.add(
                            "line " + line + ": " + method + " " + path + " needs a 'send' line with concrete values");
                }
            }
            for (String caller : callers.keySet()) {
                if (!expectations.containsKey(caller)) {
                    errors.add("line " + line + ": " + method + " " + path + " says nothing about caller " + caller);
                }
            }
            for (String caller : expectations.keySet()) {
                if (!callers.containsKey(caller)) {
                    errors.add("line " + line + ": " + method + " " + path + " names undeclared caller " + caller);
                }
            }
            return new Block(
                    method,
                    path,
                    sendMethod,
                    sendPath,
                    body,
                    List.copyOf(multipart),
                    new LinkedHashMap<>(expectations),
                    line);
        }
    }
}
