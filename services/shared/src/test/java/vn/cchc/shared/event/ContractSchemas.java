package vn.cchc.shared.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The JSON Schema (AsyncAPI Schema Object, draft 07) of the event payload records, derived by reflection with the
 * rules of the application's ObjectMapper (docs/asyncapi/README.md):
 * <ul>
 *   <li>every record component is a property (Jackson writes them all, nulls included);</li>
 *   <li>a primitive component ({@code int}, {@code long}, {@code boolean}) is never null: {@code required};</li>
 *   <li>any other component may be null ({@code type: [T, 'null']}) and is not required: events written before
 *   the field existed lack it, and new fields within a major version are added this way (ADR 0012);</li>
 *   <li>String → string, int/long → integer (int32/int64), BigDecimal → number, LocalDate → string/date,
 *   OffsetDateTime → string/date-time, LocalTime → string "HH:mm[:ss]", List → array of non-null items,
 *   a Java enum → string with its constants as {@code enum}, a nested record → {@code $ref} to its own
 *   component.</li>
 * </ul>
 * Annotations (description, title, examples, x-*) are the document's own and are not compared.
 */
final class ContractSchemas {

    static final String REF_PREFIX = "#/components/schemas/";
    static final String LOCAL_TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ContractSchemas() {}

    /** Component name of a record: {@code ProcedureEventV1}, nested {@code ProcedureEventV1Decision}. */
    static String componentName(Class<?> record) {
        Class<?> outer = record.getEnclosingClass();
        return outer == null ? record.getSimpleName() : componentName(outer) + record.getSimpleName();
    }

    /** The schemas of {@code roots} and of every record they reach, by component name. */
    static Map<String, ObjectNode> schemas(Iterable<Class<?>> roots) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        for (Class<?> root : roots) {
            collect(root, out);
        }
        return out;
    }

    private static void collect(Class<?> record, Map<String, ObjectNode> out) {
        if (!record.isRecord()) {
            throw new IllegalArgumentException(record + " is not a record");
        }
        String name = componentName(record);
        if (out.containsKey(name)) {
            return;
        }
        ObjectNode schema = JSON.objectNode();
        out.put(name, schema); // before recursing: a record may refer to itself
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> raw = c.getType();
            if (raw.isPrimitive()) {
                properties.set(c.getName(), primitive(raw));
                required.add(c.getName());
            } else {
                properties.set(c.getName(), nullable(reference(c.getGenericType(), out)));
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
    }

    private static ObjectNode primitive(Class<?> type) {
        if (type == int.class || type == short.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int32");
        }
        if (type == long.class) {
            return JSON.objectNode().put("type", "integer").put("format", "int64");
        }
        if (type == boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (type == double.class || type == float.class) {
            return JSON.objectNode().put("type", "number");
        }
        throw new IllegalArgumentException("no schema rule for " + type);
    }

    /** The schema of a non-null value of a reference type. */
    private static ObjectNode reference(Type type, Map<String, ObjectNode> out) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", reference(p.getActualTypeArguments()[0], out));
            return array;
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("no schema rule for " + type);
        }
        if (c == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (c == Integer.class || c == Short.class) {
            return primitive(int.class);
        }
        if (c == Long.class) {
            return primitive(long.class);
        }
        if (c == Boolean.class) {
            return primitive(boolean.class);
        }
        if (c == BigDecimal.class || c == Double.class || c == Float.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (c == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        }
        if (c == OffsetDateTime.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (c == LocalTime.class) {
            return JSON.objectNode().put("type", "string").put("pattern", LOCAL_TIME_PATTERN);
        }
        if (c.isEnum()) {
            ObjectNode e = JSON.objectNode().put("type", "string");
            ArrayNode values = e.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return e;
        }
        if (c.isRecord()) {
            collect(c, out);
            return JSON.objectNode().put("$ref", REF_PREFIX + componentName(c));
        }
        throw new IllegalArgumentException("no schema rule for " + c + " (add one to ContractSchemas)");
    }

    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.has("$ref")) {
            ObjectNode either = JSON.objectNode();
            either.putArray("oneOf").add(schema).add(JSON.objectNode().put("type", "null"));
            return either;
        }
        String type = schema.get("type").asText();
        schema.putArray("type").add(type).add("null");
        return schema;
    }

    /**
     * A copy without the keywords that only describe (description, title, examples, x-*, $comment), with the
     * order-free arrays ({@code required}, {@code type}) sorted, for comparing structure.
     */
    static JsonNode structure(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String key = f.getKey();
                if (key.equals("description")
                        || key.equals("title")
                        || key.equals("examples")
                        || key.equals("example")
                        || key.equals("$comment")
                        || key.startsWith("x-")) {
                    continue;
                }
                JsonNode value = structure(f.getValue());
                if ((key.equals("required") || key.equals("type")) && value.isArray()) {
                    TreeSet<String> sorted = new TreeSet<>();
                    value.forEach(v -> sorted.add(v.asText()));
                    ArrayNode a = JSON.arrayNode();
                    sorted.forEach(a::add);
                    value = a;
                }
                copy.set(key, value);
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.arrayNode();
            node.forEach(v -> copy.add(structure(v)));
            return copy;
        }
        return node;
    }

    /** A payload with every component set (lists with one element), built through the canonical constructor. */
    static Object fullSample(Class<?> record) {
        return sample(record, false);
    }

    /** A payload with every nullable component null (what an event written before those fields looks like). */
    static Object sparseSample(Class<?> record) {
        return sample(record, true);
    }

    private static Object sample(Class<?> record, boolean nulls) {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args.add(nulls && !types[i].isPrimitive() ? null : value(components[i].getGenericType(), nulls));
        }
        try {
            Constructor<?> canonical = record.getDeclaredConstructor(types);
            return canonical.newInstance(args.toArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + record.getSimpleName(), e);
        }
    }

    private static Object value(Type type, boolean nulls) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(value(p.getActualTypeArguments()[0], nulls));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "H99.X01";
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return c == short.class || c == Short.class ? (Object) (short) 7 : (Object) 7;
        }
        if (c == long.class || c == Long.class) {
            return 42L;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == double.class || c == Double.class) {
            return 1.5d;
        }
        if (c == float.class || c == Float.class) {
            return 1.5f;
        }
        if (c == BigDecimal.class) {
            return new BigDecimal("87.25");
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 5, 4);
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2026, 5, 4, 9, 30, 0, 0, ZoneOffset.ofHours(7));
        }
        if (c == LocalTime.class) {
            return LocalTime.of(15, 0);
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            return sample(c, nulls);
        }
        throw new IllegalArgumentException("no sample rule for " + c);
    }
}
