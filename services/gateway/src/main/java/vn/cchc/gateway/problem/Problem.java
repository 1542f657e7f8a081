package vn.cchc.gateway.problem;

import io.vertx.core.json.JsonObject;

/**
 * An RFC 9457 problem detail as the gateway writes it:
 * {@code {type, title, status, detail, instance, requestId[, correlationId]}}, served as {@code application/problem+json}.
 */
public record Problem(
        String slug, String title, int status, String detail, String instance, String requestId, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://cchc.gov.vn/problems/";

    public String type() {
        return TYPE_BASE + slug;
    }

    public JsonObject toJson() {
        JsonObject json =
                new JsonObject().put("type", type()).put("title", title).put("status", status);
        if (detail != null) {
            json.put("detail", detail);
        }
        if (instance != null) {
            json.put("instance", instance);
        }
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        if (correlationId != null) {
            json.put("correlationId", correlationId);
        }
        return json;
    }
}
