package vn.cchc.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The gateway's entry point. Before Quarkus starts it turns off Quarkus' own check of the request target
 * ({@code new java.net.URI(uri)}, answered with a bare 400 before any handler runs): the gateway makes the same
 * check first thing in {@link vn.cchc.gateway.limits.RequestGuardFilter} and answers problem+json instead.
 * The property is read once, when Quarkus' HTTP layer is set up.
 */
@QuarkusMain
public final class GatewayMain {

    static final String DISABLE_URI_VALIDATION = "vertx.disableURIValidation";

    GatewayMain() {}

    public static void main(String... args) {
        System.setProperty(DISABLE_URI_VALIDATION, "true");
        Quarkus.run(args);
    }
}
