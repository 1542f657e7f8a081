package vn.cchc.shared.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.shared.problem.Problem;

import java.util.Optional;

/**
 * A request that declares a body larger than {@code quarkus.http.limits.max-body-size} is answered with a 413
 * problem+json before anything reads it (the HTTP layer would otherwise answer a bare 413 without a body). A body
 * that grows past the limit without declaring its length is still cut by the HTTP layer.
 */
@ApplicationScoped
public class BodyLimitFilter {

    private final long maxBytes;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> max) {
        this.maxBytes = max.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long length = parse(declared);
            if (length > maxBytes) {
                String body = "{\"type\":\"" + Problem.TYPE_BASE + "payload-too-large\",\"title\":\"Payload too large\","
                        + "\"status\":413,\"detail\":\"Nội dung yêu cầu vượt quá " + maxBytes + " byte. / The request body "
                        + "exceeds " + maxBytes + " bytes.\",\"violations\":[{\"field\":\"body\",\"rule\":\"maxSize\","
                        + "\"message\":\"at most " + maxBytes + " bytes\"}]}";
                ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close").end(body);
                return;
            }
            ctx.next();
        }, 1000);
    }

    private static long parse(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
