package app.relay.identity;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Keycloak's admin API, through the `relay-backend` service account: disables users and ends their sessions. */
@ApplicationScoped
public class KeycloakAdmin {
    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json;
    private final String realmUrl;
    private final String adminUrl;
    private final String clientId;
    private final String secret;

    KeycloakAdmin(ObjectMapper json, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "relay.keycloak.admin-client-id") String clientId,
            @ConfigProperty(name = "relay.keycloak.admin-client-secret") String secret) {
        this.json = json;
        this.realmUrl = realmUrl;
        this.adminUrl = realmUrl.replace("/realms/", "/admin/realms/");
        this.clientId = clientId;
        this.secret = secret;
    }

    /** Disables the user and logs out all their sessions; false when Keycloak could not be told. */
    public boolean disableAndLogOut(String userId) {
        try {
            String token = serviceToken();
            HttpResponse<String> disabled = send(HttpRequest.newBuilder(URI.create(adminUrl + "/users/" + userId))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":false}")));
            HttpResponse<String> loggedOut = send(HttpRequest.newBuilder(URI.create(adminUrl + "/users/" + userId + "/logout"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
            boolean ok = disabled.statusCode() / 100 == 2 && loggedOut.statusCode() / 100 == 2;
            if (!ok) {
                LOG.warnf("Keycloak refused to disable user %s: %d / %d", userId, disabled.statusCode(),
                        loggedOut.statusCode());
            }
            return ok;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Keycloak unreachable while disabling user %s: %s", userId, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The realm's role names, so that roles added in Keycloak appear in the field grid; empty if unreachable. */
    public List<String> realmRoles() {
        try {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(adminUrl + "/roles"))
                    .header("Authorization", "Bearer " + serviceToken()).GET());
            if (response.statusCode() != 200) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            json.readTree(response.body()).forEach(role -> names.add(role.get("name").asText()));
            return names;
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Keycloak unreachable while listing roles: %s", e.getMessage());
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** A person as Keycloak knows them: account, enabled state, Relay realm roles and teams. */
    public record Person(String id, String username, String fullName, String email, boolean enabled, List<String> roles,
            List<String> teams) {
    }

    /**
     * Every person of the realm (service accounts left out), with their Relay roles and teams: a few calls
     * in all (users, each role's members, each team's members), not one per person.
     */
    public List<Person> people() throws IOException, InterruptedException {
        String token = serviceToken();
        Map<String, List<String>> roles = new HashMap<>();
        for (String role : Roles.ALL) {
            for (JsonNode user : getJson(token, "/roles/" + encode(role) + "/users?briefRepresentation=true&max=10000")) {
                roles.computeIfAbsent(user.get("id").asText(), k -> new ArrayList<>()).add(role);
            }
        }
        Map<String, List<String>> teams = new HashMap<>();
        JsonNode parent = getJson(token, "/group-by-path/teams");
        for (JsonNode team : getJson(token, "/groups/" + encode(parent.get("id").asText())
                + "/children?briefRepresentation=true&max=1000")) {
            for (JsonNode member : getJson(token, "/groups/" + encode(team.get("id").asText())
                    + "/members?briefRepresentation=true&max=10000")) {
                teams.computeIfAbsent(member.get("id").asText(), k -> new ArrayList<>()).add(team.get("name").asText());
            }
        }
        List<Person> people = new ArrayList<>();
        for (JsonNode user : getJson(token, "/users?briefRepresentation=false&max=10000")) {
            String username = user.path("username").asText();
            if (username.startsWith("service-account-")) {
                continue;
            }
            String id = user.get("id").asText();
            String name = (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).strip();
            people.add(new Person(id, username, name.isEmpty() ? username : name,
                    user.hasNonNull("email") ? user.get("email").asText() : null, user.path("enabled").asBoolean(true),
                    roles.getOrDefault(id, List.of()), teams.getOrDefault(id, List.of())));
        }
        return people;
    }

    private JsonNode getJson(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(adminUrl + path))
                .header("Authorization", "Bearer " + token).GET());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak answered " + response.statusCode() + " for " + path);
        }
        return json.readTree(response.body());
    }

    /** The team names: the groups under `/teams`. Empty when there are none; an exception when Keycloak cannot say. */
    public List<String> teams() throws IOException, InterruptedException {
        String token = serviceToken();
        HttpResponse<String> parent = send(HttpRequest.newBuilder(URI.create(adminUrl + "/group-by-path/teams"))
                .header("Authorization", "Bearer " + token).GET());
        if (parent.statusCode() == 404) {
            return List.of();
        }
        if (parent.statusCode() != 200) {
            throw new IOException("Keycloak answered " + parent.statusCode() + " for the teams group");
        }
        String id = json.readTree(parent.body()).get("id").asText();
        HttpResponse<String> children = send(HttpRequest.newBuilder(URI.create(adminUrl + "/groups/" + encode(id)
                + "/children?briefRepresentation=true&max=1000")).header("Authorization", "Bearer " + token).GET());
        if (children.statusCode() != 200) {
            throw new IOException("Keycloak answered " + children.statusCode() + " for the teams");
        }
        List<String> names = new ArrayList<>();
        json.readTree(children.body()).forEach(group -> names.add(group.get("name").asText()));
        return names;
    }

    private String serviceToken() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("service account token refused: " + response.statusCode());
        }
        JsonNode body = json.readTree(response.body());
        return body.get("access_token").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
