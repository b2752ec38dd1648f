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
import java.util.List;
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
