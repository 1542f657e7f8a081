package vn.cchc.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the services' OpenAPI 3.1 documents into one: the union of their paths (the prefixes never overlap),
 * tags and components. A component two services define differently under the same name (two {@code UnitView}s)
 * is kept once per service, renamed {@code <Service><Name>} in the second one's document and its references;
 * identical ones (the shared {@code Problem}, the standard responses and headers, the security schemes) stay one.
 */
public final class OpenApiMerger {

    static final List<String> COMPONENT_KINDS =
            List.of("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes");

    private OpenApiMerger() {}

    /**
     * @param documents service name → its document, in the order they should appear
     * @param publicUrl the gateway's absolute public URL, listed after "/" in servers
     * @param openIdConnectUrl replaces the OIDC scheme's discovery URL when present
     */
    public static JsonObject merge(
            Map<String, JsonObject> documents, Optional<String> publicUrl, Optional<String> openIdConnectUrl) {
        JsonObject paths = new JsonObject();
        Map<String, JsonObject> components = new LinkedHashMap<>();
        COMPONENT_KINDS.forEach(kind -> components.put(kind, new JsonObject()));
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        List<String> services = new ArrayList<>();
        for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
            String service = entry.getKey();
            services.add(service);
            JsonObject doc = entry.getValue().copy();
            JsonObject own = doc.getJsonObject("components", new JsonObject());
            // rename what clashes, then rewrite the references of this document
            Map<String, String> renames = new LinkedHashMap<>();
            for (String kind : COMPONENT_KINDS) {
                JsonObject mine = own.getJsonObject(kind, new JsonObject());
                for (String name : mine.fieldNames()) {
                    Object existing = components.get(kind).getValue(name);
                    if (existing != null && !existing.equals(mine.getValue(name))) {
                        String renamed = pascal(service) + name;
                        renames.put("#/components/" + kind + "/" + name, "#/components/" + kind + "/" + renamed);
                    }
                }
            }
            if (!renames.isEmpty()) {
                doc = (JsonObject) rewriteRefs(doc, renames);
                own = doc.getJsonObject("components", new JsonObject());
            }
            for (String kind : COMPONENT_KINDS) {
                JsonObject mine = own.getJsonObject(kind, new JsonObject());
                for (String name : mine.fieldNames()) {
                    String target = renames.getOrDefault(
                                    "#/components/" + kind + "/" + name, "#/components/" + kind + "/" + name)
                            .substring(("#/components/" + kind + "/").length());
                    components.get(kind).put(target, mine.getValue(name));
                }
            }
            JsonObject p = doc.getJsonObject("paths", new JsonObject());
            for (String path : p.fieldNames()) {
                paths.put(path, p.getValue(path));
            }
            JsonArray t = doc.getJsonArray("tags", new JsonArray());
            for (int i = 0; i < t.size(); i++) {
                JsonObject tag = t.getJsonObject(i);
                tags.putIfAbsent(tag.getString("name"), tag);
            }
        }
        openIdConnectUrl.ifPresent(url -> {
            JsonObject oidc = components.get("securitySchemes").getJsonObject("oidc");
            if (oidc != null) {
                oidc.put("openIdConnectUrl", url);
            }
        });
        JsonObject comps = new JsonObject();
        components.forEach((kind, values) -> {
            if (!values.isEmpty()) {
                comps.put(kind, values);
            }
        });
        JsonArray servers = new JsonArray()
                .add(new JsonObject()
                        .put("url", "/")
                        .put("description", "This gateway (paths are absolute: /api/v1/...)"));
        publicUrl.ifPresent(url -> servers.add(
                new JsonObject().put("url", url.replaceAll("/+$", "")).put("description", "Public gateway")));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put(
                        "info",
                        new JsonObject()
                                .put("title", "CCHC API")
                                .put("version", "v1")
                                .put(
                                        "description",
                                        "Nền tảng cải cách hành chính (CCHC): the API of the services "
                                                + String.join(", ", services)
                                                + " behind one gateway. Errors are RFC 9457 problem+json; lists page with page and"
                                                + " size; conventions: docs/adr/0011-api-conventions.md, docs/api/README.md."))
                .put("servers", servers)
                .put("tags", new JsonArray(new ArrayList<>(tags.values())))
                .put("paths", paths)
                .put("components", comps);
    }

    /** The document with its clashing components renamed and every reference to them rewritten. */
    static Object rewriteRefs(Object node, Map<String, String> renames) {
        return rewrite(node, renames, true);
    }

    /**
     * Only the document's top-level {@code components} is the components section: a schema property that happens
     * to be named {@code components} (ProcedureInput.components) is an ordinary schema whose references are rewritten.
     */
    private static Object rewrite(Object node, Map<String, String> renames, boolean document) {
        if (node instanceof JsonObject object) {
            JsonObject out = new JsonObject();
            for (String key : object.fieldNames()) {
                Object value = object.getValue(key);
                if ("$ref".equals(key) && value instanceof String ref && renames.containsKey(ref)) {
                    out.put(key, renames.get(ref));
                } else if (document && "components".equals(key) && value instanceof JsonObject comps) {
                    JsonObject renamed = new JsonObject();
                    for (String kind : comps.fieldNames()) {
                        Object v = comps.getValue(kind);
                        if (v instanceof JsonObject entries) {
                            JsonObject r = new JsonObject();
                            for (String name : entries.fieldNames()) {
                                String ref = "#/components/" + kind + "/" + name;
                                String target = renames.getOrDefault(ref, ref)
                                        .substring(("#/components/" + kind + "/").length());
                                r.put(target, rewrite(entries.getValue(name), renames, false));
                            }
                            renamed.put(kind, r);
                        } else {
                            renamed.put(kind, v);
                        }
                    }
                    out.put(key, renamed);
                } else {
                    out.put(key, rewrite(value, renames, false));
                }
            }
            return out;
        }
        if (node instanceof JsonArray array) {
            JsonArray out = new JsonArray();
            array.forEach(v -> out.add(rewrite(v, renames, false)));
            return out;
        }
        return node;
    }

    static String pascal(String service) {
        StringBuilder out = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
