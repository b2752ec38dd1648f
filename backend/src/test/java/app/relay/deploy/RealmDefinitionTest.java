package app.relay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm that docker-compose imports keeps the development realm's model (roles, teams, clients,
 * mappers) but none of its conveniences: no demo users, no password grant, brute-force protection, a password
 * policy, and URLs and secrets only from the environment. Plain unit test: it reads the two files.
 */
class RealmDefinitionTest {

    /** A whole value from one environment variable, with no default: a default would be a shipped value. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}");
    /** An origin from the environment and a path; a wildcard only as the last path segment. */
    private static final Pattern URL_FROM_ENV = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*}(/[^*]*)?(/\\*)?");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");

    private static Path repo;
    private static JsonNode dev;
    private static JsonNode prod;
    private static String prodText;

    @BeforeAll
    static void readRealms() throws IOException {
        // Maven runs tests in backend/; an IDE may run them at the repository root.
        repo = Files.isDirectory(Path.of("../infra/keycloak")) ? Path.of("..") : Path.of(".");
        ObjectMapper json = new ObjectMapper();
        dev = json.readTree(repo.resolve("infra/keycloak/relay-realm.json").toFile());
        prodText = Files.readString(repo.resolve("infra/keycloak/relay-realm.prod.json"));
        prod = json.readTree(prodText);
    }

    @Test
    void prodHasNoPeopleOnlyTheClientsServiceAccounts() {
        for (JsonNode user : prod.path("users")) {
            String name = user.path("username").asText();
            assertThat(user.hasNonNull("serviceAccountClientId")).as("%s is a client's service account", name).isTrue();
            assertThat(user.has("credentials")).as("%s has no credentials", name).isFalse();
        }
    }

    @Test
    void prodTakesNoPasswordsOutsideTheLoginPage() {
        assertThat(client(dev, "relay-spa").path("directAccessGrantsEnabled").asBoolean())
                .as("the dev realm keeps the password grant for scripts and tests").isTrue();
        assertThat(client(prod, "relay-spa").path("directAccessGrantsEnabled").isBoolean()).isTrue();
        // Covers Keycloak's built-in admin-cli too, which would otherwise take any user's password.
        assertThat(client(prod, "admin-cli")).as("prod redefines admin-cli").isNotNull();
        for (JsonNode client : prod.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean())
                    .as("password grant on %s", client.path("clientId").asText()).isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean())
                    .as("implicit flow on %s", client.path("clientId").asText()).isFalse();
        }
    }

    @Test
    void prodLocksOutPasswordGuessingAndWantsTls() {
        assertThat(prod.path("bruteForceProtected").asBoolean()).as("bruteForceProtected").isTrue();
        assertThat(prod.path("failureFactor").asInt()).isBetween(1, 10);
        assertThat(prod.path("waitIncrementSeconds").asInt()).isPositive();
        assertThat(prod.path("sslRequired").asText()).isIn("external", "all");
    }

    @Test
    void prodHasAPasswordPolicy() {
        String policy = prod.path("passwordPolicy").asText();
        Matcher length = Pattern.compile("(?<![A-Za-z])length\\((\\d+)\\)").matcher(policy);
        assertThat(length.find()).as("minimum length in '%s'", policy).isTrue();
        assertThat(Integer.parseInt(length.group(1))).isGreaterThanOrEqualTo(12);
        assertThat(policy).contains("notUsername", "passwordHistory");
    }

    @Test
    void prodSecretsComeOnlyFromTheEnvironment() {
        List<String> secrets = new ArrayList<>();
        for (JsonNode client : prod.path("clients")) {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as("secret of %s", client.path("clientId").asText())
                        .matches(PLACEHOLDER);
                secrets.add(client.path("secret").asText());
            }
        }
        assertThat(secrets).as("each client its own secret").doesNotHaveDuplicates();
        for (JsonNode client : dev.path("clients")) {
            if (client.hasNonNull("secret")) {
                assertThat(prodText).doesNotContain(client.path("secret").asText());
            }
        }
    }

    @Test
    void prodUrlsAreExactAndFromTheEnvironment() {
        assertThat(client(prod, "relay-spa").path("redirectUris")).isNotEmpty();
        for (JsonNode client : prod.path("clients")) {
            String id = client.path("clientId").asText();
            for (JsonNode origin : client.path("webOrigins")) {
                assertThat(origin.asText()).as("web origin of %s", id).matches(PLACEHOLDER);
            }
            for (JsonNode uri : client.path("redirectUris")) {
                assertThat(uri.asText()).as("redirect URI of %s", id).matches(URL_FROM_ENV);
            }
            String logout = client.path("attributes").path("post.logout.redirect.uris").asText("");
            for (String uri : logout.isEmpty() ? new String[0] : logout.split("##")) {
                assertThat(uri).as("post-logout redirect URI of %s", id).matches(URL_FROM_ENV);
            }
            if (client.has("rootUrl")) {
                assertThat(client.path("rootUrl").asText()).as("root URL of %s", id).matches(URL_FROM_ENV);
            }
        }
    }

    @Test
    void dockerComposeImportsProdAndSetsEveryPlaceholder() throws IOException {
        String compose = Files.readString(repo.resolve("docker-compose.yml"));
        assertThat(compose)
                .contains("./infra/keycloak/relay-realm.prod.json:/opt/keycloak/data/import/relay-realm.json");
        Set<String> secrets = new TreeSet<>();
        for (JsonNode client : prod.path("clients")) {
            if (client.has("secret")) {
                secrets.add(client.path("secret").asText().replaceAll("[${}]", ""));
            }
        }
        Matcher placeholder = ANY_PLACEHOLDER.matcher(prodText);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            // Keycloak leaves an unset placeholder as it is: a secret must stop compose instead (${VAR:?...}).
            assertThat(compose).as("docker-compose passes %s to Keycloak", name)
                    .contains(name + ": ${" + name + (secrets.contains(name) ? ":?" : ":"));
        }
    }

    @Test
    void bothRealmsDefineTheSameModel() {
        assertThat(prod.path("realm").asText()).isEqualTo("relay").isEqualTo(dev.path("realm").asText());
        assertThat(prod.path("roles")).as("roles").isEqualTo(dev.path("roles"));
        assertThat(prod.path("groups")).as("groups").isEqualTo(dev.path("groups"));
        Map<String, JsonNode> devClients = relayClients(dev);
        Map<String, JsonNode> prodClients = relayClients(prod);
        assertThat(prodClients.keySet()).as("client ids").isEqualTo(devClients.keySet());
        devClients.forEach((id, client) -> {
            JsonNode other = prodClients.get(id);
            assertThat(other.path("protocolMappers")).as("protocol mappers of %s", id)
                    .isEqualTo(client.path("protocolMappers"));
            for (String flag : List.of("publicClient", "serviceAccountsEnabled", "standardFlowEnabled")) {
                assertThat(other.path(flag)).as("%s of %s", flag, id).isEqualTo(client.path(flag));
            }
        });
        assertThat(serviceAccounts(prod)).as("service accounts' roles and teams").isEqualTo(serviceAccounts(dev));
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        return null;
    }

    /** Relay's own clients: the prod realm also redefines Keycloak's built-in admin-cli. */
    private static Map<String, JsonNode> relayClients(JsonNode realm) {
        Map<String, JsonNode> clients = new TreeMap<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().startsWith("relay-")) {
                clients.put(client.path("clientId").asText(), client);
            }
        }
        return clients;
    }

    /** The roles and teams each client's service account holds. */
    private static Map<String, JsonNode> serviceAccounts(JsonNode realm) {
        Map<String, JsonNode> accounts = new TreeMap<>();
        for (JsonNode user : realm.path("users")) {
            if (user.hasNonNull("serviceAccountClientId")) {
                accounts.put(user.path("serviceAccountClientId").asText(), user);
            }
        }
        return accounts;
    }
}
