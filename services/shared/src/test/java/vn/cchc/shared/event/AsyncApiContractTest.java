package vn.cchc.shared.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.contract.DossierEventV1;
import vn.cchc.shared.json.StrictJson;

/**
 * docs/asyncapi/asyncapi.yaml against the Java event contracts: every topic is a channel, every event type a message,
 * every payload record a schema with the same properties, types, nullability and required-ness (rules in
 * {@link ContractSchemas}), the CloudEvents envelope the one {@link EventEnvelope} writes, the consumer groups the ones
 * the services configure; and real serialised events (the application's ObjectMapper through {@link EventCodec})
 * validate against the document's message schemas. When this test fails after a contract change, update the document
 * (target/asyncapi/expected-schemas.yaml holds the schemas the contracts imply) and follow ADR 0012.
 */
class AsyncApiContractTest {

    static final Path DOCUMENT = Path.of("../../docs/asyncapi/asyncapi.yaml");
    static final Path SERVICES = Path.of("..");
    static final String ENVELOPE = "CloudEventsEnvelope";
    /** The document's schemas that are not payload records: the envelope and the Kafka headers. */
    static final Set<String> TRANSPORT_SCHEMAS = Set.of(ENVELOPE, "KafkaHeaders", "DeadLetterHeaders");

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Configured like Quarkus' application mapper (dates as ISO text) with the platform's StrictJson rules. */
    static final ObjectMapper MAPPER = StrictJson.apply(
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 4, 2, 30, 0, 0, ZoneOffset.UTC);
    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    static JsonNode doc;
    static EventCodec codec = new EventCodec(MAPPER);

    @BeforeAll
    static void read() throws IOException {
        assertTrue(Files.isRegularFile(DOCUMENT), "missing " + DOCUMENT.toAbsolutePath());
        doc = YAML.readTree(DOCUMENT.toFile());
    }

    // ---- what the Java side declares

    /** Event type → its payload record, from EventContracts (every topic) and the records' type constants. */
    static Map<String, Class<?>> typesToContracts() throws IllegalAccessException {
        Map<String, Class<?>> out = new TreeMap<>();
        for (Topics.Spec topic : Topics.ALL) {
            var contract = EventContracts.forTopic(topic.name());
            if (contract.isEmpty()) {
                continue;
            }
            for (String type : contract.get().types()) {
                out.put(type, contractDeclaring(type));
            }
        }
        return out;
    }

    static Class<?> contractDeclaring(String type) throws IllegalAccessException {
        Class<?> found = null;
        for (Class<?> contract : EventContractsTest.TOPIC_OF.keySet()) {
            for (Field f : contract.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && type.equals(f.get(null))) {
                    assertTrue(found == null || found == contract, type + " is declared by two contracts");
                    found = contract;
                }
            }
        }
        assertNotNull(found, "no contract record declares the type " + type);
        return found;
    }

    static int schemaVersion(Class<?> contract) throws ReflectiveOperationException {
        return contract.getField("SCHEMA_VERSION").getInt(null);
    }

    // ---- what the document declares

    /** The domain-event messages (the dead letter, marked {@code x-internal}, is not one). */
    static Map<String, JsonNode> messagesByName() {
        Map<String, JsonNode> out = new TreeMap<>();
        doc.path("components").path("messages").properties().forEach(e -> {
            if (e.getValue().path("x-internal").asBoolean(false)) {
                return;
            }
            String name = e.getValue().path("name").asText();
            assertFalse(name.isEmpty(), "message " + e.getKey() + " has no name");
            assertFalse(out.containsKey(name), "two messages named " + name);
            out.put(name, e.getValue());
        });
        return out;
    }

    static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), "only local references: " + ref);
            node = doc.at(ref.substring(1));
            assertFalse(node.isMissingNode(), "unresolved reference " + ref);
        }
        return node;
    }

    static JsonNode channelByAddress(String address) {
        for (JsonNode channel : iterable(doc.path("channels"))) {
            if (address.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        return null;
    }

    static <T> Iterable<T> iterable(Iterator<T> it) {
        return () -> it;
    }

    static Iterable<JsonNode> iterable(JsonNode node) {
        return node::elements;
    }

    // ---- the checks

    @Test
    void everyPayloadSchemaIsTheOneTheContractRecordImplies() throws IOException {
        Map<String, ObjectNode> expected =
                ContractSchemas.schemas(new ArrayList<>(EventContractsTest.TOPIC_OF.keySet()));
        JsonNode actual = doc.path("components").path("schemas");
        List<String> problems = new ArrayList<>();
        for (var e : expected.entrySet()) {
            JsonNode documented = actual.get(e.getKey());
            if (documented == null) {
                problems.add("components.schemas." + e.getKey() + " is missing");
            } else {
                differences(
                        "components.schemas." + e.getKey(),
                        ContractSchemas.structure(documented),
                        ContractSchemas.structure(e.getValue()),
                        problems);
            }
        }
        actual.fieldNames().forEachRemaining(name -> {
            if (!expected.containsKey(name) && !TRANSPORT_SCHEMAS.contains(name)) {
                problems.add("components.schemas." + name + " matches no contract record");
            }
        });
        if (!problems.isEmpty()) {
            Path out = Path.of("target/asyncapi/expected-schemas.yaml");
            Files.createDirectories(out.getParent());
            YAML.writeValue(out.toFile(), expected);
            fail(String.join("\n", problems) + "\n(the schemas the contracts imply: " + out.toAbsolutePath() + ")");
        }
    }

    /** Where {@code documented} and {@code implied} differ, one line per property (or keyword) path. */
    static void differences(String path, JsonNode documented, JsonNode implied, List<String> out) {
        if (documented.equals(implied)) {
            return;
        }
        if (documented.isObject() && implied.isObject()) {
            Set<String> keys = new TreeSet<>();
            documented.fieldNames().forEachRemaining(keys::add);
            implied.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode d = documented.get(key);
                JsonNode i = implied.get(key);
                if (d == null) {
                    out.add(path + "." + key + " is missing from the document; the record implies " + i);
                } else if (i == null) {
                    out.add(path + "." + key + " is in the document but not in the record: " + d);
                } else {
                    differences(path + "." + key, d, i, out);
                }
            }
        } else {
            out.add(path + ": documented " + documented + " but the record implies " + implied);
        }
    }

    @Test
    void everyEventTypeIsADocumentedMessageAndNoOther() throws ReflectiveOperationException {
        Map<String, Class<?>> types = typesToContracts();
        Map<String, JsonNode> messages = messagesByName();
        assertEquals(types.keySet(), messages.keySet(), "event types in EventContracts vs messages in the document");
        for (var e : types.entrySet()) {
            JsonNode payload = messages.get(e.getKey()).path("payload");
            JsonNode allOf = payload.path("allOf");
            assertEquals(2, allOf.size(), e.getKey() + ": payload is allOf [envelope, this type]");
            assertEquals(
                    ContractSchemas.REF_PREFIX + ENVELOPE,
                    allOf.get(0).path("$ref").asText(),
                    e.getKey() + ": the envelope");
            JsonNode own = allOf.get(1).path("properties");
            assertEquals(e.getKey(), own.path("type").path("const").asText(), e.getKey() + ": type const");
            assertEquals(
                    schemaVersion(e.getValue()),
                    own.path("schemaversion").path("const").asInt(-1),
                    e.getKey() + ": schemaversion const = " + e.getValue().getSimpleName() + ".SCHEMA_VERSION");
            assertEquals(
                    ContractSchemas.REF_PREFIX + ContractSchemas.componentName(e.getValue()),
                    own.path("data").path("$ref").asText(),
                    e.getKey() + ": data is the payload record's schema");
            List<String> required = new ArrayList<>();
            allOf.get(1).path("required").forEach(r -> required.add(r.asText()));
            assertTrue(required.contains("data"), e.getKey() + ": data required");
            assertEquals(
                    "string",
                    messages.get(e.getKey())
                            .path("bindings")
                            .path("kafka")
                            .path("key")
                            .path("type")
                            .asText(),
                    e.getKey() + ": the Kafka key (a string) is documented");
        }
    }

    @Test
    void everyTopicIsAChannelWithItsMessagesAndCompaction() {
        Set<String> addresses = new TreeSet<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        Set<String> topics = new TreeSet<>();
        Topics.ALL.forEach(t -> topics.add(t.name()));
        assertEquals(topics, addresses, "Topics.ALL vs the channels' addresses");
        for (Topics.Spec topic : Topics.ALL) {
            JsonNode channel = channelByAddress(topic.name());
            Set<String> policy = new TreeSet<>();
            channel.path("bindings")
                    .path("kafka")
                    .path("topicConfiguration")
                    .path("cleanup.policy")
                    .forEach(p -> policy.add(p.asText()));
            assertEquals(
                    topic.compacted() ? Set.of("compact") : Set.of("delete"),
                    policy,
                    topic.name() + ": cleanup.policy in the channel's Kafka binding");
            Set<String> documented = new TreeSet<>();
            channel.path("messages")
                    .forEach(m -> documented.add(resolve(m).path("name").asText()));
            var contract = EventContracts.forTopic(topic.name());
            if (contract.isPresent()) {
                assertEquals(new TreeSet<>(contract.get().types()), documented, topic.name() + ": its messages");
            } else {
                assertEquals(Topics.DEAD_LETTER, topic.name());
                assertTrue(
                        channel.path("x-internal").asBoolean(false),
                        "the dead-letter channel is marked x-internal: true");
            }
        }
    }

    /** Every {@code mp.messaging.incoming.*} of every service is a receive operation with its group, and back. */
    @Test
    void receiveOperationsAreTheServicesConsumers() throws IOException {
        Set<String> configured = new TreeSet<>();
        try (var dirs = Files.list(SERVICES)) {
            for (Path service : dirs.sorted().toList()) {
                Path props = service.resolve("src/main/resources/application.properties");
                if (!Files.isRegularFile(props)) {
                    continue;
                }
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(props)) {
                    p.load(in);
                }
                for (String key : p.stringPropertyNames()) {
                    if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")) {
                        String channel = key.substring(0, key.length() - ".topic".length());
                        configured.add(p.getProperty(key) + " " + p.getProperty(channel + ".group.id"));
                    }
                }
            }
        }
        assertFalse(configured.isEmpty(), "no consumer found under " + SERVICES.toAbsolutePath());
        Set<String> documented = new TreeSet<>();
        Set<String> senders = new TreeSet<>();
        for (JsonNode op : iterable(doc.path("operations"))) {
            String address = resolve(op.path("channel")).path("address").asText();
            if (op.path("action").asText().equals("receive")) {
                JsonNode group = op.path("bindings").path("kafka").path("groupId");
                assertEquals(1, group.path("enum").size(), address + ": a receive operation names one consumer group");
                documented.add(address + " " + group.path("enum").get(0).asText());
            } else {
                assertEquals("send", op.path("action").asText());
                senders.add(address);
            }
        }
        assertEquals(configured, documented, "mp.messaging.incoming.*.topic/group.id vs receive operations");
        Set<String> topics = new TreeSet<>();
        Topics.ALL.forEach(t -> topics.add(t.name()));
        assertEquals(topics, senders, "every topic has a send operation");
    }

    /**
     * Every {@code outbox.publish(Topics.X, ...)} in a service's code is a send operation of topic X naming that service
     * in {@code x-producers}, and back; the dead-letter topic is written by every service that consumes.
     */
    @Test
    void sendOperationsNameTheServicesThatPublish() throws Exception {
        Pattern publish = Pattern.compile("\\boutbox\\.publish\\(\\s*Topics\\.([A-Z_0-9]+)");
        Set<String> inCode = new TreeSet<>();
        Set<String> consumers = new TreeSet<>();
        try (var dirs = Files.list(SERVICES)) {
            for (Path service : dirs.sorted().toList()) {
                String name = service.getFileName().toString();
                Path sources = service.resolve("src/main/java");
                if (name.equals("shared") || !Files.isDirectory(sources)) {
                    continue;
                }
                try (var files = Files.walk(sources)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = publish.matcher(Files.readString(file));
                        while (m.find()) {
                            String topic =
                                    (String) Topics.class.getField(m.group(1)).get(null);
                            inCode.add(topic + " " + name);
                        }
                    }
                }
                Path props = service.resolve("src/main/resources/application.properties");
                if (Files.isRegularFile(props) && Files.readString(props).contains("mp.messaging.incoming.")) {
                    consumers.add(name);
                }
            }
        }
        consumers.forEach(c -> inCode.add(Topics.DEAD_LETTER + " " + c));
        Set<String> documented = new TreeSet<>();
        for (JsonNode op : iterable(doc.path("operations"))) {
            if (op.path("action").asText().equals("send")) {
                String address = resolve(op.path("channel")).path("address").asText();
                assertFalse(op.path("x-producers").isEmpty(), address + ": the send operation names x-producers");
                op.path("x-producers").forEach(p -> documented.add(address + " " + p.asText()));
            }
        }
        assertEquals(inCode, documented, "outbox.publish(Topics.X) in the services vs send operations' x-producers");
    }

    @Test
    void theEnvelopeSchemaIsWhatEventEnvelopeWrites() {
        JsonNode envelope = doc.path("components").path("schemas").path(ENVELOPE);
        Set<String> javaNames = new TreeSet<>();
        for (RecordComponent c : EventEnvelope.class.getRecordComponents()) {
            javaNames.add(
                    c.getAccessor().getAnnotation(JsonProperty.class) != null
                            ? c.getAccessor().getAnnotation(JsonProperty.class).value()
                            : c.getName());
        }
        Set<String> documented = new TreeSet<>();
        envelope.path("properties").fieldNames().forEachRemaining(documented::add);
        assertEquals(javaNames, documented, "EventEnvelope's attributes vs " + ENVELOPE + ".properties");

        // What every event carries: an envelope without the optional traceparent, as EventEnvelope writes it.
        JsonNode written =
                MAPPER.valueToTree(EventEnvelope.create("/cchc/test", "T", "k", 1, NOW, MAPPER.createObjectNode()));
        Set<String> always = new TreeSet<>();
        written.fieldNames().forEachRemaining(always::add);
        Set<String> required = new TreeSet<>();
        envelope.path("required").forEach(r -> required.add(r.asText()));
        assertEquals(always, required, ENVELOPE + ".required = the attributes every envelope carries");
        assertEquals(
                EventEnvelope.SPEC_VERSION,
                envelope.path("properties").path("specversion").path("const").asText());
        assertEquals(
                EventEnvelope.JSON,
                envelope.path("properties")
                        .path("datacontenttype")
                        .path("const")
                        .asText());
    }

    // ---- real events against the document

    static Schema messageSchema(String type) {
        JsonNode message = messagesByName().get(type);
        assertNotNull(message, "no message " + type);
        ObjectNode root = ((ObjectNode) message.path("payload")).deepCopy();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.set("components", doc.path("components"));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> {})
                .getSchema(root.toString(), InputFormat.JSON);
    }

    static String event(String type, Object payload, String traceparent) throws ReflectiveOperationException {
        int version = schemaVersion(payload.getClass());
        return codec.write(
                EventEnvelope.create("/cchc/test", type, "H99.X01", version, NOW, MAPPER.valueToTree(payload))
                        .withTraceparent(traceparent));
    }

    static List<Error> errors(String type, String json) {
        return messageSchema(type).validate(json, InputFormat.JSON);
    }

    @Test
    void serialisedEventsOfEveryTypeValidateAgainstTheDocument() throws ReflectiveOperationException {
        for (var e : typesToContracts().entrySet()) {
            String full = event(e.getKey(), ContractSchemas.fullSample(e.getValue()), TRACEPARENT);
            assertEquals(List.of(), errors(e.getKey(), full), e.getKey() + " (every field set): " + full);
            String sparse = event(e.getKey(), ContractSchemas.sparseSample(e.getValue()), null);
            assertEquals(List.of(), errors(e.getKey(), sparse), e.getKey() + " (nullable fields null): " + sparse);
        }
    }

    @Test
    void theDocumentsExamplesValidateAgainstTheirMessages() {
        int examples = 0;
        for (var m : messagesByName().entrySet()) {
            for (JsonNode example : iterable(m.getValue().path("examples"))) {
                JsonNode payload = example.path("payload");
                assertEquals(
                        List.of(),
                        errors(m.getKey(), payload.toString()),
                        m.getKey() + " example " + example.path("name").asText());
                assertEquals(m.getKey(), example.path("headers").path("ce_type").asText(), "ce_type = type");
                assertEquals(payload.path("id"), example.path("headers").path("ce_id"), "ce_id = id");
                examples++;
            }
        }
        assertTrue(examples > 0, "the document shows at least one example event");
    }

    @Test
    void theSchemasRefuseEventsThatBreakTheContract() throws Exception {
        Object sample = ContractSchemas.fullSample(DossierEventV1.class);
        String good = event(DossierEventV1.RECEIVED, sample, null);
        assertEquals(List.of(), errors(DossierEventV1.RECEIVED, good));

        ObjectNode wrongType = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) wrongType.get("data")).put("version", "seven");
        assertFalse(errors(DossierEventV1.RECEIVED, wrongType.toString()).isEmpty(), "a string for an int64");

        ObjectNode missingPrimitive = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) missingPrimitive.get("data")).remove("overdue");
        assertFalse(errors(DossierEventV1.RECEIVED, missingPrimitive.toString()).isEmpty(), "a required field");

        ObjectNode nullPrimitive = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) nullPrimitive.get("data")).putNull("statusCode");
        assertFalse(errors(DossierEventV1.RECEIVED, nullPrimitive.toString()).isEmpty(), "null for an int");

        ObjectNode badDate = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) badDate.get("data")).put("dueAt", 17);
        assertFalse(errors(DossierEventV1.RECEIVED, badDate.toString()).isEmpty(), "a number for a date-time");

        ObjectNode noId = (ObjectNode) MAPPER.readTree(good);
        noId.remove("id");
        assertFalse(errors(DossierEventV1.RECEIVED, noId.toString()).isEmpty(), "an envelope without id");

        assertFalse(errors(DossierEventV1.RESOLVED, good).isEmpty(), "a DossierReceived is not a DossierResolved");

        ObjectNode newerVersion = (ObjectNode) MAPPER.readTree(good);
        newerVersion.put("schemaversion", 2);
        assertFalse(
                errors(DossierEventV1.RECEIVED, newerVersion.toString()).isEmpty(),
                "schemaversion 2 is not the documented v1 message");

        ObjectNode extraField = (ObjectNode) MAPPER.readTree(good);
        ((ObjectNode) extraField.get("data")).put("addedLater", "x");
        assertEquals(
                List.of(),
                errors(DossierEventV1.RECEIVED, extraField.toString()),
                "an added field is compatible (ADR 0012): the schemas do not forbid unknown properties");
    }
}
