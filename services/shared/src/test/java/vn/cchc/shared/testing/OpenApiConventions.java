package vn.cchc.shared.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API conventions of docs/adr/0011-api-conventions.md, checked over OpenAPI documents (JSON). Each service's
 * OpenApiConventionsTest runs it over the document the service serves; the gateway's over the merged one.
 * A violation reads {@code METHOD path: rule}.
 */
public final class OpenApiConventions {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Paging parameters of other conventions: lists page with page/size (shared paging.PageParams). */
    static final Set<String> FOREIGN_PAGING = Set.of(
            "limit",
            "offset",
            "pagesize",
            "page_size",
            "perpage",
            "per_page",
            "pagenumber",
            "page_number",
            "start",
            "count",
            "skip",
            "take");

    private OpenApiConventions() {}

    public static List<String> check(String json) {
        try {
            return check(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    public static List<String> check(JsonNode doc) {
        List<String> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        if (!doc.path("openapi").asText().startsWith("3.1")) {
            out.add("document: openapi must be 3.1.x, is '"
                    + doc.path("openapi").asText() + "'");
        }
        if (!doc.path("servers").isArray() || doc.path("servers").isEmpty()) {
            out.add("document: no servers");
        }
        if (!doc.path("components").path("schemas").has("Problem")) {
            out.add("document: no Problem schema");
        }
        JsonNode paths = doc.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> o = ops.next();
                if (!METHODS.contains(o.getKey())) {
                    continue;
                }
                String where = o.getKey().toUpperCase() + " " + p.getKey() + ": ";
                operation(doc, where, o.getValue(), p.getValue(), ids, out);
            }
        }
        schemas(doc.path("components").path("schemas"), out);
        return out;
    }

    private static void operation(
            JsonNode doc, String where, JsonNode op, JsonNode item, Map<String, String> ids, List<String> out) {
        String id = op.path("operationId").asText("");
        if (id.isEmpty()) {
            out.add(where + "no operationId");
        } else {
            if (!id.matches("[a-z][A-Za-z0-9]*")) {
                out.add(where + "operationId '" + id + "' is not lowerCamelCase");
            }
            String previous = ids.put(id, where);
            if (previous != null) {
                out.add(where + "operationId '" + id + "' also names " + previous.replace(": ", ""));
            }
        }
        JsonNode responses = op.path("responses");
        boolean success = false;
        boolean problem = false;
        for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext(); ) {
            Map.Entry<String, JsonNode> r = rs.next();
            JsonNode response = resolve(doc, r.getValue());
            if (r.getKey().startsWith("2")) {
                success = true;
                if (!r.getKey().equals("204") && !hasSchema(response)) {
                    out.add(where + r.getKey() + " has no response schema");
                }
                if (r.getKey().equals("204") && response.has("content")) {
                    out.add(where + "204 has a body");
                }
            }
            if (r.getKey().startsWith("4") && response.path("content").has("application/problem+json")) {
                problem = true;
            }
            if ((r.getKey().startsWith("4") || r.getKey().startsWith("5"))
                    && !response.path("content").has("application/problem+json")) {
                out.add(where + r.getKey() + " without the application/problem+json body");
            }
        }
        if (!success) {
            out.add(where + "no 2xx response");
        }
        if (!problem) {
            out.add(where + "no documented errors (4xx with application/problem+json)");
        }
        List<JsonNode> params = new ArrayList<>();
        item.path("parameters").forEach(params::add);
        op.path("parameters").forEach(params::add);
        for (JsonNode param : params) {
            JsonNode pr = resolve(doc, param);
            String name = pr.path("name").asText();
            if ("query".equals(pr.path("in").asText()) && FOREIGN_PAGING.contains(name.toLowerCase())) {
                out.add(where + "paging parameter '" + name + "' (lists page with page and size)");
            }
            if (name.equals("unit")) {
                out.add(where + "parameter 'unit' (a unit is named by unitCode)");
            }
        }
    }

    private static void schemas(JsonNode schemas, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> s = it.next();
            properties("schema " + s.getKey(), s.getValue(), out);
        }
    }

    private static void properties(String where, JsonNode schema, List<String> out) {
        JsonNode props = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String name = p.getKey();
            JsonNode prop = p.getValue();
            if (name.equals("unit")
                    && isString(prop)
                    && !prop.path("description").asText().startsWith("Unit of measure")) {
                out.add(where + "." + name + ": a unit is named by unitCode");
            }
            if (timestampName(name) && isString(prop) && !prop.has("format")) {
                out.add(where + "." + name + ": a time without format (date-time or date)");
            }
            if (prop.has("properties")) {
                properties(where + "." + name, prop, out);
            }
        }
    }

    /** createdAt, receivedAt, updatedTime, timestamp... */
    static boolean timestampName(String name) {
        return (name.endsWith("At") && name.length() > 2 && Character.isLowerCase(name.charAt(name.length() - 3)))
                || name.endsWith("Time")
                || name.equals("timestamp");
    }

    private static boolean isString(JsonNode prop) {
        JsonNode type = prop.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("string".equals(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return "string".equals(type.asText());
    }

    private static boolean hasSchema(JsonNode response) {
        JsonNode content = response.path("content");
        if (!content.isObject() || content.isEmpty()) {
            return false;
        }
        for (JsonNode media : content) {
            JsonNode schema = media.path("schema");
            if (!schema.isObject() || schema.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        String ref = node.path("$ref").asText("");
        if (!ref.startsWith("#/")) {
            return node;
        }
        JsonNode target = doc;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }
}
