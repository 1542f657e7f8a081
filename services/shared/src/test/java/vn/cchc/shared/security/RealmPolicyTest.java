package vn.cchc.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The production realm (deploy/keycloak/cchc-realm.json) keeps its security settings and knows every role in code. */
class RealmPolicyTest {

    static JsonNode realm() throws Exception {
        return new ObjectMapper().readTree(Files.readString(Path.of("../../deploy/keycloak/cchc-realm.json")));
    }

    @Test
    void noClientAcceptsPasswordsDirectlyAndBuiltInClientsAreDeclared() throws Exception {
        Set<String> clients = new HashSet<>();
        for (JsonNode client : realm().path("clients")) {
            String id = client.path("clientId").asText();
            clients.add(id);
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(true), id + " allows direct grants");
            assertFalse(client.path("implicitFlowEnabled").asBoolean(false), id + " allows the implicit flow");
        }
        assertTrue(
                clients.containsAll(Set.of(
                        "admin-cli",
                        "account",
                        "account-console",
                        "security-admin-console",
                        "broker",
                        "realm-management",
                        "cchc-web",
                        "cchc-integration")),
                clients.toString());
    }

    @Test
    void bruteForceDetectionAndPasswordPolicyAreOn() throws Exception {
        JsonNode realm = realm();
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        assertTrue(realm.path("failureFactor").asInt() > 0
                && realm.path("failureFactor").asInt() <= 10);
        String policy = realm.path("passwordPolicy").asText();
        assertTrue(
                policy.contains("length(12)") && policy.contains("notUsername") && policy.contains("passwordHistory"),
                policy);
        assertEquals("external", realm.path("sslRequired").asText());
    }

    @Test
    void everyRoleTheCodeChecksExists() throws Exception {
        Set<String> roles = new HashSet<>();
        realm().path("roles")
                .path("realm")
                .forEach(r -> roles.add(r.path("name").asText()));
        for (String role : new String[] {
            Roles.CITIZEN,
            Roles.OFFICER,
            Roles.SPECIALIST,
            Roles.LEADER,
            Roles.INSPECTOR,
            Roles.APPRAISER,
            Roles.CATALOGUE_ADMIN,
            Roles.ADMIN,
            Roles.INTEGRATION,
            Roles.NATIONAL_ADMIN
        }) {
            assertTrue(roles.contains(role), role);
        }
    }
}
