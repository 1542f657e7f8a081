package vn.cchc.gateway.proxy;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import vn.cchc.gateway.problem.GatewayTexts;
import vn.cchc.gateway.problem.Problems;

/**
 * Maps an upstream failure to the gateway's answer. Could not get a connection (refused, unknown host,
 * no route, connect timeout) → 503; connected but no response headers in time → 504; anything else → 502.
 */
public record UpstreamFailure(int status, String slug, String title) {

    public enum Phase {
        CONNECT,
        EXCHANGE
    }

    static final UpstreamFailure UNAVAILABLE =
            new UpstreamFailure(503, Problems.SERVICE_UNAVAILABLE, "Service unavailable");
    static final UpstreamFailure TIMEOUT = new UpstreamFailure(504, Problems.GATEWAY_TIMEOUT, "Gateway timeout");
    static final UpstreamFailure BAD_GATEWAY = new UpstreamFailure(502, Problems.BAD_GATEWAY, "Bad gateway");

    public static UpstreamFailure classify(Phase phase, Throwable failure) {
        if (phase == Phase.CONNECT
                || isCause(failure, ConnectException.class)
                || isCause(failure, UnknownHostException.class)
                || isCause(failure, NoRouteToHostException.class)) {
            return UNAVAILABLE;
        }
        if (isCause(failure, TimeoutException.class)) {
            return TIMEOUT;
        }
        return BAD_GATEWAY;
    }

    public GatewayTexts.Localized detail(String service, long responseTimeoutMillis) {
        return switch (status) {
            case 503 -> GatewayTexts.UPSTREAM_UNAVAILABLE.with(service);
            case 504 -> GatewayTexts.UPSTREAM_TIMEOUT.with(service, responseTimeoutMillis);
            default -> GatewayTexts.UPSTREAM_FAILED.with(service);
        };
    }

    private static boolean isCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
