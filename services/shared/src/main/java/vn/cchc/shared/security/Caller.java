package vn.cchc.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: user name, realm roles and administrative unit ({@code unit_code} claim),
 * read from the JWT this service validated itself.
 */
@RequestScoped
public class Caller {

    public static final String UNIT_CLAIM = "unit_code";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * A caller for work the service does on its own (scheduled jobs, demo data), with explicit roles and no
     * unit: it passes only the checks those roles pass, like any other caller.
     */
    public static Caller system(String name, String... roles) {
        var builder = io.quarkus.security.runtime.QuarkusSecurityIdentity.builder()
                .setPrincipal(new io.quarkus.security.runtime.QuarkusPrincipal(name));
        for (String role : roles) {
            builder.addRole(role);
        }
        return new Caller(builder.build());
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String username() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
        }
        return principal == null ? null : principal.getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A machine client of a provincial system: role {@code integration} and no staff or national role. It reaches
     * the integration API and public reads only.
     */
    public boolean isIntegration() {
        if (!identity.hasRole(Roles.INTEGRATION) || identity.hasRole(Roles.NATIONAL_ADMIN)) {
            return false;
        }
        for (String role : Roles.STAFF) {
            if (identity.hasRole(role)) {
                return false;
            }
        }
        return true;
    }

    /** A string claim of the token (e.g. a citizen's {@code id_number}), when present. */
    public Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** The caller's unit, when the token carries one. */
    public Optional<String> unitCode() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(UNIT_CLAIM);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }
}
