package vn.cchc.gateway.security;

/** Who is calling, as far as the gateway can tell from the Authorization header. */
public sealed interface Caller {

    /** No credentials at all. */
    record Anonymous() implements Caller {}

    /** A bearer token that verified (signature, issuer, audience, expiry). */
    record Authenticated(String azp, String subject) implements Caller {}

    /** Credentials were present but not acceptable: a present-but-bad token is never ignored. */
    record Rejected(String reason) implements Caller {}

    /** The token could not be checked because the identity provider (Keycloak) is unreachable. */
    record Unverifiable(String reason) implements Caller {}
}
