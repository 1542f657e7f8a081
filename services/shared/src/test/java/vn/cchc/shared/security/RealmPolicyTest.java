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

    static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    @Test
    void theMobileClientUsesTheCodeFlowWithPkceAndExactRedirects() throws Exception {
        for (JsonNode realm : new JsonNode[] {realm(), localRealm()}) {
            JsonNode mobile = client(realm, "cchc-mobile");
            assertTrue(mobile.path("publicClient").asBoolean(), "a mobile app cannot keep a secret");
            assertTrue(mobile.path("standardFlowEnabled").asBoolean());
            assertFalse(mobile.path("directAccessGrantsEnabled").asBoolean(true));
            assertFalse(mobile.path("implicitFlowEnabled").asBoolean(true));
            assertEquals(
                    "S256",
                    mobile.path("attributes").path("pkce.code.challenge.method").asText());
            Set<String> schemes = new HashSet<>();
            for (JsonNode uri : mobile.path("redirectUris")) {
                // ${CCHC_WEB_URL:https://...}: Keycloak puts the environment's value, or the default, in place
                String u = uri.asText().replaceAll("\\$\\{[A-Z_]+:([^}]*)}", "$1");
                assertFalse(u.contains("*"), "no wildcard redirect: " + u);
                schemes.add(u.substring(0, u.indexOf(':')));
            }
            assertEquals(Set.of("vn.gov.cchc.mobile", "https"), schemes, "a custom scheme and an https app link");
            // the same claims as the SPA's tokens (unit_code, id_number, audience cchc-api)
            Set<String> mappers = new HashSet<>();
            mobile.path("protocolMappers")
                    .forEach(m -> mappers.add(m.path("name").asText()));
            assertTrue(mappers.containsAll(Set.of("unit_code", "id_number", "audience cchc-api")), mappers.toString());
        }
    }

    @Test
    void refreshTokensRotateAndCitizensRegisterWithAVerifiedAddress() throws Exception {
        JsonNode realm = realm();
        assertTrue(realm.path("revokeRefreshToken").asBoolean(), "a refresh token is good once");
        assertEquals(0, realm.path("refreshTokenMaxReuse").asInt(-1));
        assertTrue(realm.path("registrationAllowed").asBoolean());
        assertTrue(realm.path("verifyEmail").asBoolean());
        assertTrue(realm.path("resetPasswordAllowed").asBoolean());
        JsonNode smtp = realm.path("smtpServer");
        assertTrue(smtp.path("starttls").asBoolean() || smtp.path("ssl").asBoolean(), "mail over TLS");
        assertTrue(smtp.path("password").asText().startsWith("${"), "the SMTP password comes from the environment");
        // a new account is a citizen and nothing more
        for (JsonNode role : realm.path("roles").path("realm")) {
            if (role.path("name")
                    .asText()
                    .equals(realm.path("defaultRole").path("name").asText())) {
                Set<String> composites = new HashSet<>();
                role.path("composites").path("realm").forEach(r -> composites.add(r.asText()));
                assertEquals(Set.of("offline_access", "uma_authorization", Roles.CITIZEN), composites);
                return;
            }
        }
        throw new AssertionError("no default role");
    }

    @Test
    void onlyTheNationalIdProviderSetsTheIdNumber() throws Exception {
        for (JsonNode realm : new JsonNode[] {realm(), localRealm()}) {
            String profile = realm.path("components")
                    .path("org.keycloak.userprofile.UserProfileProvider")
                    .path(0)
                    .path("config")
                    .path("kc.user.profile.config")
                    .path(0)
                    .asText();
            JsonNode idNumber = null;
            for (JsonNode a : new ObjectMapper().readTree(profile).path("attributes")) {
                if (a.path("name").asText().equals("id_number")) {
                    idNumber = a;
                }
            }
            assertEquals(
                    "[\"admin\"]",
                    idNumber.path("permissions").path("edit").toString(),
                    "a citizen cannot type someone else's ID number");
            JsonNode idp = realm.path("identityProviders").path(0);
            assertEquals("vneid", idp.path("alias").asText());
            assertEquals("oidc", idp.path("providerId").asText());
            assertEquals("true", idp.path("config").path("validateSignature").asText());
            assertEquals("true", idp.path("config").path("pkceEnabled").asText());
            JsonNode mapper = realm.path("identityProviderMappers").path(0);
            assertEquals("vneid", mapper.path("identityProviderAlias").asText());
            assertEquals(
                    "id_number", mapper.path("config").path("user.attribute").asText());
        }
        assertTrue(
                client(realm(), "cchc-web").path("redirectUris").toString().contains("${"),
                "production URLs come from the environment");
        assertTrue(realm().path("identityProviders")
                .path(0)
                .path("config")
                .path("clientSecret")
                .asText()
                .startsWith("${"));
    }

    static JsonNode localRealm() throws Exception {
        return new ObjectMapper().readTree(Files.readString(Path.of("../../deploy/local/realm/cchc-realm.json")));
    }
}
