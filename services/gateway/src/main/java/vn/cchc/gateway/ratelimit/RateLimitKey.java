package vn.cchc.gateway.ratelimit;

/**
 * Who a request is counted against. {@link Tier#CLIENT}: an authenticated caller, keyed by the token's
 * {@code azp} (the OAuth client) and {@code sub} (the user or service account); {@link Tier#ANONYMOUS}:
 * a caller without a valid token, keyed by the client IP.
 */
public record RateLimitKey(Tier tier, String value) {

    public enum Tier {
        CLIENT,
        ANONYMOUS
    }

    /**
     * Chooses the key: {@code azp + sub} when the request carries an authenticated subject, else the IP.
     * A token without {@code sub} (rare; e.g. some client-credentials setups) falls back to azp alone,
     * so it still gets the per-client bucket rather than sharing an IP's.
     *
     * @param authenticated whether the request carries a verified token
     */
    public static RateLimitKey select(boolean authenticated, String azp, String sub, String clientIp) {
        if (authenticated && (notBlank(sub) || notBlank(azp))) {
            return new RateLimitKey(Tier.CLIENT, "client:" + nullToEmpty(azp) + "/" + nullToEmpty(sub));
        }
        return new RateLimitKey(Tier.ANONYMOUS, "ip:" + (notBlank(clientIp) ? clientIp : "unknown"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
