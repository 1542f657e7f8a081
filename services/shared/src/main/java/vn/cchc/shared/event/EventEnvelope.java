package vn.cchc.shared.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every event travels in: CloudEvents 1.0 attributes in structured JSON mode,
 * plus {@code schemaversion}, an extension attribute that versions the payload of one event type.
 *
 * <p>{@code traceparent} is the optional CloudEvents distributed-tracing extension attribute: the W3C trace context
 * of the request that caused the event (set by the outbox, read by {@link EventTracing}). It is left out of the JSON
 * when absent, so envelopes written before it existed read the same and readers that ignore it are unaffected.
 *
 * <p>A consumer reads {@link #type()} and {@link #schemaVersion()} before it reads {@link #data()}.
 * A payload change that breaks readers gets a new schema version (and, if needed, a new topic
 * version {@code .v2}); adding an optional field does not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        @JsonProperty("specversion") String specVersion,
        @JsonProperty("id") String id,
        @JsonProperty("source") String source,
        @JsonProperty("type") String type,
        @JsonProperty("subject") String subject,
        @JsonProperty("time") OffsetDateTime time,
        @JsonProperty("schemaversion") int schemaVersion,
        @JsonProperty("datacontenttype") String dataContentType,
        @JsonProperty("data") JsonNode data,
        @JsonProperty("traceparent") String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** An envelope without trace context. */
    public EventEnvelope(
            String specVersion,
            String id,
            String source,
            String type,
            String subject,
            OffsetDateTime time,
            int schemaVersion,
            String dataContentType,
            JsonNode data) {
        this(specVersion, id, source, type, subject, time, schemaVersion, dataContentType, data, null);
    }

    public EventEnvelope {
        requireText(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        requireText(subject, "subject");
        Objects.requireNonNull(time, "time");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaversion must be >= 1");
        }
        specVersion = specVersion == null ? SPEC_VERSION : specVersion;
        dataContentType = dataContentType == null ? JSON : dataContentType;
        traceparent = traceparent == null || traceparent.isBlank() ? null : traceparent;
    }

    /** The same event carrying the given W3C {@code traceparent} (null: none). */
    public EventEnvelope withTraceparent(String value) {
        return new EventEnvelope(
                specVersion, id, source, type, subject, time, schemaVersion, dataContentType, data, value);
    }

    /** A new event with a fresh id. */
    public static EventEnvelope create(
            String source, String type, String subject, int schemaVersion, OffsetDateTime time, JsonNode data) {
        return new EventEnvelope(
                SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject, time, schemaVersion, JSON, data);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("event attribute '" + name + "' is required");
        }
    }
}
