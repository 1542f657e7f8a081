package vn.cchc.shared.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.shared.security.Caller;

/**
 * The {@code If-Match} rule of a write to a versioned resource (docs/adr/0013-concurrency-and-idempotency.md):
 * a tag that does not name the current revision → 412; no tag → 428, except for the clients of the documented grace.
 *
 * <p><b>The grace.</b> Tokens issued to a client listed in {@code cchc.http.if-match-grace-clients} (the token's
 * {@code azp}; by default the first-party SPA, {@code cchc-web}) may omit {@code If-Match} on the writes whose
 * screens do not carry the tag yet; when they send one it is checked like anyone's. Every other client (mobile apps,
 * provincial systems) must send it. An empty list ends the grace.
 */
@ApplicationScoped
public class Preconditions {

    private final Set<String> graceClients;

    public Preconditions(
            @ConfigProperty(name = "cchc.http.if-match-grace-clients", defaultValue = "cchc-web")
                    java.util.Optional<Set<String>> graceClients) {
        this.graceClients = graceClients.orElse(Set.of());
    }

    /** Checks {@code ifMatch} against revision {@code current} for {@code caller} (412 / 428, see the class). */
    public void require(String ifMatch, long current, Caller caller) {
        if ((ifMatch == null || ifMatch.isBlank()) && inGrace(caller)) {
            return;
        }
        ETags.requireMatch(ifMatch, current);
    }

    /** Whether {@code caller}'s token was issued to a client that may still omit {@code If-Match}. */
    public boolean inGrace(Caller caller) {
        return caller != null
                && caller.isAuthenticated()
                && caller.claim("azp").map(graceClients::contains).orElse(false);
    }
}
