package vn.cchc.shared.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Property-based malformed-input test driven by a service's access matrix: for every block with an allowed caller,
 * its body, path and query (and multipart files) are mutated with seeded random values (jqwik arbitraries) and sent
 * as that caller. Properties checked for every request:
 * <ol>
 *   <li>never a 5xx;</li>
 *   <li>every 4xx is {@code application/problem+json}, and a 400 names at least one field ({@code violations});</li>
 *   <li>a rejected request (4xx) wrote nothing: the content of every table is unchanged (row count and a hash of
 *   the rows), except the tables the service names as fed by Kafka or background jobs, and {@code outbox_event}
 *   whose rows the relay updates in the background (compared by count).</li>
 * </ol>
 * The seed is printed; {@code -Dmalformed.seed=<n>} replays a run, {@code -Dmalformed.perOperation=<n>} sets the
 * number of mutations per operation.
 */
public final class MalformedRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final String RAW = "@@raw@@";

    private final AccessMatrix matrix;
    private final Set<String> excluded = new LinkedHashSet<>(List.of("flyway_schema_history", "inbox_event"));
    private final Set<String> countOnly = new LinkedHashSet<>(List.of("outbox_event"));

    private MalformedRequests(AccessMatrix matrix) {
        this.matrix = matrix;
    }

    public static MalformedRequests from(String matrixResource) {
        return new MalformedRequests(AccessMatrix.load(matrixResource));
    }

    /** Tables written by Kafka consumers or background jobs while the test runs: not compared. */
    public MalformedRequests exceptTables(String... tables) {
        excluded.addAll(List.of(tables));
        return this;
    }

    /** Tables compared by row count only (rows updated in the background). */
    public MalformedRequests countOnly(String... tables) {
        countOnly.addAll(List.of(tables));
        return this;
    }

    public record Report(int requests, int serverErrors, List<String> failures) {}

    /** A request and the mutation it carries, for the failure message. */
    private record Mutation(String description, String path, String body, List<AccessMatrix.Part> parts) {}

    public Report run(Map<String, String> vars) {
        long seed = Long.getLong("malformed.seed", 20261205L);
        int perOperation = Integer.getInteger("malformed.perOperation", 24);
        net.jqwik.engine.SourceOfRandomness.create(String.valueOf(seed));
        int requests = 0;
        int serverErrors = 0;
        List<String> failures = new ArrayList<>();
        try (Connection db = connect()) {
            settle(db);
            for (AccessMatrix.Block block : matrix.blocks()) {
                String caller = block.firstAllowed();
                if (caller == null) {
                    continue;
                }
                for (Mutation mutation : mutations(block, vars, perOperation)) {
                    String before = fingerprint(db);
                    Response response;
                    try {
                        response = matrix.send(block, caller, vars, mutation.path(), mutation.body(), mutation.parts());
                    } catch (RuntimeException e) {
                        // The client refused to build the request (e.g. an unencodable path): nothing was sent.
                        continue;
                    }
                    requests++;
                    int status = response.statusCode();
                    String where = block.key() + " [" + mutation.description() + "]";
                    if (status >= 500) {
                        serverErrors++;
                        failures.add(where + ": " + status + " " + excerpt(response.asString()));
                        continue;
                    }
                    if (status >= 400) {
                        String type = String.valueOf(response.contentType());
                        if (!type.startsWith("application/problem+json")) {
                            failures.add(where + ": " + status + " with content type '" + type + "'");
                        } else if (status == 400 && !namesAField(response.asString())) {
                            failures.add(where + ": 400 without a named field: " + excerpt(response.asString()));
                        }
                        String after = fingerprint(db);
                        if (!before.equals(after)) {
                            // Kafka consumers and scheduled jobs write too: let them settle and send the request
                            // again; a request that writes on its own writes again.
                            String settled = settle(db);
                            Response again = matrix.send(
                                    block, caller, vars, mutation.path(), mutation.body(), mutation.parts());
                            String afterAgain = fingerprint(db);
                            if (again.statusCode() >= 400 && !settled.equals(afterAgain)) {
                                failures.add(where + ": rejected with " + status + " but the data changed: "
                                        + difference(settled, afterAgain));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database", e);
        }
        System.out.printf(
                "malformed (seed %d): %d requests, %d 5xx, %d failures%n",
                seed, requests, serverErrors, failures.size());
        return new Report(requests, serverErrors, failures);
    }

    /** Runs and fails with the list of broken properties. */
    public void verify(Map<String, String> vars) {
        Report report = run(vars);
        if (!report.failures().isEmpty()) {
            List<String> shown =
                    report.failures().subList(0, Math.min(60, report.failures().size()));
            throw new AssertionError(report.failures().size() + " malformed-input failures (" + report.serverErrors()
                    + " 5xx) in " + report.requests() + " requests:\n  " + String.join("\n  ", shown));
        }
    }

    private List<Mutation> mutations(AccessMatrix.Block block, Map<String, String> vars, int count) {
        List<Mutation> out = new ArrayList<>();
        String path = AccessMatrix.substitute(block.sendPath(), vars);
        String body = block.body() == null ? null : AccessMatrix.substitute(block.body(), vars);
        // Whole-body mutations, once each, when the operation takes JSON.
        if (body != null) {
            for (String whole : List.of(
                    "null",
                    "",
                    "[]",
                    "[null]",
                    "{",
                    "\"text\"",
                    "12",
                    body + " trailing",
                    duplicateFirstKey(body),
                    "\uFEFF" + body,
                    "[".repeat(5000) + "]".repeat(5000),
                    "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))) {
                out.add(new Mutation("body=" + excerpt(whole), path, whole, null));
            }
        }
        // Path variables: control characters, huge, traversal, non-UTF-8.
        Matcher vm = VAR.matcher(block.sendPath());
        List<String> pathVars = new ArrayList<>();
        while (vm.find()) {
            pathVars.add(vm.group(1));
        }
        List<String> pathJunk = List.of(
                "%00",
                "%0D%0ASet-Cookie:%20x=1",
                "x".repeat(3000),
                "..%2F..%2Fetc%2Fpasswd",
                "-1",
                "99999999999999999999",
                "%C3%28",
                "%F0%9F%92%A9",
                "%22%3E%3Cscript%3E");
        for (String var : pathVars) {
            String junk = pick(Arbitraries.of(pathJunk));
            // only this variable's place in the template gets the junk (its value may occur elsewhere, e.g. "1" in /v1)
            Map<String, String> withJunk = new java.util.HashMap<>(vars);
            withJunk.put(var, junk);
            out.add(new Mutation(
                    "path ${" + var + "}=" + excerpt(junk),
                    AccessMatrix.substitute(block.sendPath(), withJunk),
                    body,
                    null));
        }
        // Query: every existing parameter gets junk; plus junk paging parameters.
        List<String> queryJunk = List.of(
                "%00",
                "%0D%0Ax",
                "-1",
                "99999999999999999999",
                "1e309",
                "NaN",
                "abc",
                "9999-99-99",
                "-0001-01-01",
                "%25%5F",
                "x".repeat(2000),
                "%22%3B%20filename%3Devil.html");
        int q = path.indexOf('?');
        String base = q < 0 ? path : path.substring(0, q);
        List<String> params = new ArrayList<>();
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                params.add(pair.split("=", 2)[0]);
            }
        }
        params.addAll(List.of("page", "size", "limit"));
        for (String param : params) {
            String junk = pick(Arbitraries.of(queryJunk));
            String query = q < 0 ? "" : path.substring(q + 1).replaceAll("(^|&)" + Pattern.quote(param) + "=[^&]*", "");
            query = (query.isEmpty() || query.equals("&") ? "" : query.replaceAll("^&", "") + "&") + param + "=" + junk;
            out.add(new Mutation("query " + param + "=" + excerpt(junk), base + "?" + query, body, null));
        }
        // Multipart: junk content under the declared type, hostile names, no file at all.
        List<AccessMatrix.Part> parts = matrix.parts(block, vars);
        if (!parts.isEmpty()) {
            List<byte[]> junkFiles = List.of(
                    "MZ\u0090\u0000junk executable".getBytes(StandardCharsets.ISO_8859_1),
                    "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                            .getBytes(StandardCharsets.UTF_8),
                    new byte[0],
                    "%PDF-".getBytes(StandardCharsets.US_ASCII));
            for (AccessMatrix.Part part : parts) {
                if (part.fileName() == null) {
                    continue;
                }
                for (byte[] junk : junkFiles) {
                    out.add(new Mutation(
                            "file " + part.field() + " junk content",
                            path,
                            body,
                            replace(
                                    parts,
                                    part,
                                    new AccessMatrix.Part(part.field(), junk, part.fileName(), part.mediaType()))));
                }
                out.add(new Mutation(
                        "file " + part.field() + " hostile name",
                        path,
                        body,
                        replace(
                                parts,
                                part,
                                new AccessMatrix.Part(
                                        part.field(),
                                        part.content(),
                                        "../../a\"\r\nX-Evil: 1;.pdf",
                                        part.mediaType()))));
                List<AccessMatrix.Part> without = new ArrayList<>(parts);
                without.remove(part);
                without.add(new AccessMatrix.Part("unrelated", "x".getBytes(StandardCharsets.UTF_8), null, null));
                out.add(new Mutation("file " + part.field() + " missing", path, body, without));
            }
        }
        // Field mutations of the JSON body, chosen at random.
        if (body != null && !body.isBlank()) {
            JsonNode tree;
            try {
                tree = JSON.readTree(body);
            } catch (Exception e) {
                tree = null;
            }
            if (tree != null) {
                List<String> pointers = new ArrayList<>();
                collect(tree, "", pointers);
                if (!pointers.isEmpty()) {
                    Arbitrary<String> pointer = Arbitraries.of(pointers);
                    Arbitrary<Function<JsonNode, Replacement>> change = Arbitraries.of(replacements());
                    for (int i = 0; i < count; i++) {
                        String at = pick(pointer);
                        Replacement replacement = pick(change).apply(tree.at(at));
                        String mutated = mutate(tree, at, replacement);
                        if (mutated != null) {
                            out.add(new Mutation(at + "=" + excerpt(replacement.description()), path, mutated, null));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A new value for one node: a JSON value, or raw JSON text that a tree cannot hold (1e309, NaN). */
    private record Replacement(JsonNode node, String raw, String description) {}

    private static List<Function<JsonNode, Replacement>> replacements() {
        List<Function<JsonNode, Replacement>> list = new ArrayList<>();
        list.add(n -> new Replacement(JSON.nullNode(), null, "null"));
        list.add(n -> new Replacement(new TextNode("a\u0000b"), null, "NUL"));
        list.add(n -> new Replacement(new TextNode("x\r\nSet-Cookie: a=b\"; filename=evil.html"), null, "CRLF"));
        list.add(n -> new Replacement(null, "1e309", "1e309"));
        list.add(n -> new Replacement(null, "-1e309", "-1e309"));
        list.add(n -> new Replacement(null, "99999999999999999999", "huge integer"));
        list.add(n -> new Replacement(null, "NaN", "NaN"));
        list.add(n -> new Replacement(JSON.getNodeFactory().numberNode(-1), null, "-1"));
        list.add(n -> new Replacement(JSON.getNodeFactory().numberNode(7), null, "7"));
        list.add(n -> new Replacement(JSON.getNodeFactory().numberNode(0.5), null, "0.5"));
        list.add(n -> new Replacement(JSON.getNodeFactory().booleanNode(true), null, "true"));
        list.add(n -> new Replacement(JSON.createObjectNode(), null, "{}"));
        list.add(n -> new Replacement(JSON.createArrayNode().addNull(), null, "[null]"));
        list.add(n -> new Replacement(JSON.createArrayNode(), null, "[]"));
        list.add(n -> new Replacement(new TextNode(""), null, "empty string"));
        list.add(n -> new Replacement(new TextNode("x".repeat(100_000)), null, "100k string"));
        list.add(n -> new Replacement(new TextNode("-0001-01-01"), null, "-0001-01-01"));
        list.add(n -> new Replacement(new TextNode("9999-12-31"), null, "9999-12-31"));
        list.add(n -> new Replacement(new TextNode("9999-12-31T03:00:00Z"), null, "9999 instant"));
        list.add(n -> new Replacement(new TextNode("2026-02-30"), null, "2026-02-30"));
        list.add(n -> new Replacement(new TextNode("%_\\"), null, "LIKE wildcards"));
        list.add(n -> new Replacement(new TextNode("NGUYỄN"), null, "NFD text"));
        list.add(n -> new Replacement(new TextNode("'; drop table x; --"), null, "SQL"));
        list.add(n -> {
            String junk = pick(Arbitraries.strings().all().ofMaxLength(40));
            return new Replacement(new TextNode(junk), null, "random string");
        });
        list.add(n -> {
            long junk = pick(Arbitraries.longs());
            return new Replacement(JSON.getNodeFactory().numberNode(junk), null, "random long " + junk);
        });
        list.add(n -> new Replacement(null, "[" + "[".repeat(200) + "]".repeat(200) + "]", "deep nesting"));
        return list;
    }

    private static String mutate(JsonNode tree, String pointer, Replacement replacement) {
        JsonNode copy = tree.deepCopy();
        JsonNode value = replacement.raw() != null ? new TextNode(RAW) : replacement.node();
        if (pointer.isEmpty()) {
            return replacement.raw() != null ? replacement.raw() : value.toString();
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            return null;
        }
        String text = copy.toString();
        return replacement.raw() != null ? text.replace("\"" + RAW + "\"", replacement.raw()) : text;
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        out.add(pointer);
        if (node instanceof ObjectNode object) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                collect(
                        object.get(name),
                        pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                        out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), pointer + "/" + i, out);
            }
        }
    }

    private static String duplicateFirstKey(String body) {
        String trimmed = body.strip();
        if (!trimmed.startsWith("{") || trimmed.equals("{}")) {
            return "{\"a\":1,\"a\":2}";
        }
        try {
            JsonNode tree = JSON.readTree(trimmed);
            String first = tree.fieldNames().next();
            return "{" + JSON.writeValueAsString(first) + ":" + tree.get(first) + "," + trimmed.substring(1);
        } catch (Exception e) {
            return "{\"a\":1,\"a\":2}";
        }
    }

    private static List<AccessMatrix.Part> replace(
            List<AccessMatrix.Part> parts, AccessMatrix.Part old, AccessMatrix.Part replacement) {
        List<AccessMatrix.Part> copy = new ArrayList<>(parts);
        copy.set(copy.indexOf(old), replacement);
        return copy;
    }

    private static <T> T pick(Arbitrary<T> arbitrary) {
        return arbitrary.sampleStream().findFirst().orElseThrow();
    }

    private static boolean namesAField(String problem) {
        try {
            JsonNode violations = JSON.readTree(problem).path("violations");
            return violations.isArray()
                    && !violations.isEmpty()
                    && !violations.get(0).path("field").asText("").isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static String excerpt(String text) {
        String oneLine = text == null
                ? ""
                : text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…(" + oneLine.length() + ")" : oneLine;
    }

    private Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class)
                .orElse("postgres");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class)
                .orElse("");
        return DriverManager.getConnection(url, user, password);
    }

    /** Waits (at most 10 s) until two fingerprints 300 ms apart agree; returns the last one. */
    private String settle(Connection db) throws SQLException {
        String last = fingerprint(db);
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            String next = fingerprint(db);
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    /** Row count and a hash of the rows of every compared table, one line per table. */
    private String fingerprint(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("select table_schema, table_name from information_schema.tables "
                        + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') "
                        + "order by 1, 2")) {
            while (rs.next()) {
                if (!excluded.contains(rs.getString(2))) {
                    tables.add(rs.getString(1) + "." + rs.getString(2));
                }
            }
        }
        Map<String, String> lines = new TreeMap<>();
        try (Statement st = db.createStatement()) {
            for (String table : tables) {
                String name = table.substring(table.indexOf('.') + 1);
                String quoted = "\"" + table.replace(".", "\".\"") + "\"";
                String sql = countOnly.contains(name)
                        ? "select count(*), 0 from " + quoted + " t"
                        : "select count(*), coalesce(sum(hashtext(t::text)::bigint), 0) from " + quoted + " t";
                try (ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    lines.put(table, rs.getLong(1) + ":" + rs.getLong(2));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(
                (table, value) -> out.append(table).append('=').append(value).append('\n'));
        return out.toString();
    }

    private static String difference(String before, String after) {
        List<String> a = List.of(before.split("\n"));
        List<String> changed = new ArrayList<>();
        for (String line : after.split("\n")) {
            if (!a.contains(line)) {
                changed.add(line);
            }
        }
        return String.join(", ", changed);
    }
}
