package vn.cchc.shared.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.shared.problem.Problem;

/**
 * Limits answered as problem+json before anything reads the request (the HTTP layer would otherwise answer a bare
 * status without a body): a declared body larger than {@code quarkus.http.limits.max-body-size} is a 413, a request
 * target longer than {@link #MAX_URI} characters a 414 (the HTTP layer itself only refuses lines over
 * {@code quarkus.http.limits.max-initial-line-length}, set higher in the shared configuration). A body that grows
 * past the limit without declaring its length is still cut by the HTTP layer.
 */
@ApplicationScoped
public class BodyLimitFilter {

    /** The longest request target answered; longer ones get a 414 problem. */
    public static final int MAX_URI = 4000;

    private final long maxBytes;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> max) {
        this.maxBytes = max.map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);
    }

    void register(@Observes Filters filters) {
        filters.register(
                ctx -> {
                    String uri = ctx.request().uri();
                    if (uri != null && uri.length() > MAX_URI) {
                        refuse(
                                ctx,
                                414,
                                "uri-too-long",
                                "URI too long",
                                "Đường dẫn yêu cầu dài quá " + MAX_URI + " ký tự. / " + "The request target exceeds "
                                        + MAX_URI + " characters.",
                                "path",
                                "maxLength",
                                "at most " + MAX_URI + " characters");
                        return;
                    }
                    long length = parse(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
                    if (length > maxBytes) {
                        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                        refuse(
                                ctx,
                                413,
                                "payload-too-large",
                                "Payload too large",
                                "Nội dung yêu cầu vượt quá " + maxBytes + " byte. / The request body exceeds "
                                        + maxBytes + " bytes.",
                                "body",
                                "maxSize",
                                "at most " + maxBytes + " bytes");
                        return;
                    }
                    ctx.next();
                },
                1000);
    }

    /** Answers a problem+json (serialised like every other problem) and ends the request. */
    private static void refuse(
            io.vertx.ext.web.RoutingContext ctx,
            int status,
            String slug,
            String title,
            String detail,
            String field,
            String rule,
            String message) {
        Problem problem = new Problem(
                Problem.TYPE_BASE + slug,
                title,
                status,
                detail,
                null,
                null,
                java.util.List.of(new Problem.Violation(field, rule, message)));
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(io.vertx.core.json.Json.encode(problem));
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
