package vn.cchc.inspections.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cchc.inspections.config.InspectionsConfig;
import vn.cchc.inspections.domain.Messages;
import vn.cchc.shared.problem.CommonMessages;
import vn.cchc.shared.problem.ProblemException;

/**
 * The realm's staff accounts from Keycloak's admin REST API, read with this service's own confidential client
 * ({@code cchc.inspections.directory.client-id}, client credentials; its service account holds only the
 * {@code realm-management} roles {@code view-users} and {@code query-users} of this realm). The server and realm are
 * those of {@code quarkus.oidc.auth-server-url} ({@code …/realms/cchc}). The list (at most
 * {@code max-users} accounts, enabled, with a {@code unit_code}, no service accounts) is kept for {@code cache-ttl}.
 * No client secret configured, Keycloak down or refusing: 503 (the team can still be typed by hand).
 */
@ApplicationScoped
public class KeycloakUserDirectory implements UserDirectory {

    private static final Logger LOG = Logger.getLogger(KeycloakUserDirectory.class);
    /** Accounts asked per request of the admin API. */
    static final int BATCH = 200;

    private final InspectionsConfig.Directory config;
    private final Optional<String> authServerUrl;
    private final ObjectMapper json;
    private final HttpClient http;

    private record Snapshot(List<DirectoryUser> users, Instant until) {}

    private volatile Snapshot snapshot;

    public KeycloakUserDirectory(
            InspectionsConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl,
            ObjectMapper json) {
        this.config = config.directory();
        this.authServerUrl = authServerUrl;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public List<DirectoryUser> staff() {
        Snapshot s = snapshot;
        if (s != null && Instant.now().isBefore(s.until())) {
            return s.users();
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && Instant.now().isBefore(s.until())) {
                return s.users();
            }
            List<DirectoryUser> users = load();
            snapshot = new Snapshot(users, Instant.now().plus(config.cacheTtl()));
            return users;
        }
    }

    private List<DirectoryUser> load() {
        String secret = config.clientSecret().filter(v -> !v.isBlank()).orElse(null);
        Realm realm = authServerUrl.map(Realm::of).orElse(null);
        if (secret == null || realm == null) {
            LOG.warn("user directory: no client secret (cchc.inspections.directory.client-secret) or no "
                    + "quarkus.oidc.auth-server-url; the team picker answers 503");
            throw unavailable();
        }
        try {
            String token = token(realm, secret);
            List<DirectoryUser> users = new ArrayList<>();
            for (int first = 0; first < config.maxUsers(); first += BATCH) {
                int max = Math.min(BATCH, config.maxUsers() - first);
                URI uri = URI.create(realm.server() + "/admin/realms/" + enc(realm.name())
                        + "/users?briefRepresentation=false&enabled=true&first=" + first + "&max=" + max);
                HttpResponse<String> res = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (res.statusCode() != 200) {
                    LOG.warnf("user directory: Keycloak answered %d to the user list", res.statusCode());
                    throw unavailable();
                }
                JsonNode page = json.readTree(res.body());
                users.addAll(parseUsers(page));
                if (page.size() < max) {
                    break;
                }
            }
            return List.copyOf(users);
        } catch (IOException e) {
            LOG.warnf("user directory: Keycloak not reachable: %s", e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
    }

    private String token(Realm realm, String secret) throws IOException, InterruptedException {
        String form =
                "grant_type=client_credentials&client_id=" + enc(config.clientId()) + "&client_secret=" + enc(secret);
        HttpResponse<String> res = http.send(
                HttpRequest.newBuilder(URI.create(
                                realm.server() + "/realms/" + enc(realm.name()) + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            LOG.warnf("user directory: Keycloak refused the client credentials (%d)", res.statusCode());
            throw unavailable();
        }
        String token = json.readTree(res.body()).path("access_token").asText("");
        if (token.isEmpty()) {
            throw unavailable();
        }
        return token;
    }

    /** Keycloak's UserRepresentation array → enabled accounts with a unit_code, service accounts left out. */
    static List<DirectoryUser> parseUsers(JsonNode array) {
        List<DirectoryUser> out = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return out;
        }
        for (JsonNode u : array) {
            String username = u.path("username").asText("");
            if (username.isEmpty()
                    || username.startsWith("service-account-")
                    || u.hasNonNull("serviceAccountClientId")
                    || !u.path("enabled").asBoolean(true)) {
                continue;
            }
            JsonNode unit = u.path("attributes").path("unit_code");
            String unitCode =
                    unit.isArray() && !unit.isEmpty() ? unit.get(0).asText("") : unit.isTextual() ? unit.asText() : "";
            if (unitCode.isBlank()) {
                continue;
            }
            out.add(new DirectoryUser(
                    username,
                    u.path("firstName").asText(null),
                    u.path("lastName").asText(null),
                    unitCode.strip()));
        }
        return out;
    }

    /** {@code http://host:8180/realms/cchc} → server {@code http://host:8180}, realm {@code cchc}. */
    record Realm(String server, String name) {
        static Realm of(String authServerUrl) {
            String url = authServerUrl.strip();
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            int at = url.lastIndexOf("/realms/");
            if (at < 0 || at + 8 >= url.length()) {
                return null;
            }
            return new Realm(url.substring(0, at), url.substring(at + 8));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static ProblemException unavailable() {
        return new ProblemException(
                503,
                "service-unavailable",
                CommonMessages.TITLE_UNAVAILABLE.with(),
                Messages.USER_DIRECTORY_UNAVAILABLE.with(),
                List.of());
    }
}
