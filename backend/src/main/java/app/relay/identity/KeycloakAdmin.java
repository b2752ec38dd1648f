package app.relay.identity;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak's admin API through Keycloak's own admin client (Quarkus's REST client underneath), signed in
 * as the `relay-backend` service account: its token is kept and renewed by the client, each call waits at
 * most {@link #TIMEOUT} for an answer and is tried {@link #ATTEMPTS} times when Keycloak cannot answer.
 */
@ApplicationScoped
public class KeycloakAdmin {
    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int ATTEMPTS = 3;
    private static final Duration BACKOFF = Duration.ofMillis(200);
    private static final int MAX = 10_000;

    private final Keycloak keycloak;
    private final String realmName;

    KeycloakAdmin(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "relay.keycloak.admin-client-id") String clientId,
            @ConfigProperty(name = "relay.keycloak.admin-client-secret") String secret) {
        int realms = realmUrl.indexOf("/realms/");
        this.realmName = realmUrl.substring(realms + "/realms/".length()).replaceAll("/+$", "");
        // The extension's client knows Keycloak's JSON (unknown fields tolerated, unlike the API's mapper).
        Client http = Keycloak.getClientProvider().newRestEasyClient(null, null, false);
        http.property(QuarkusRestClientProperties.READ_TIMEOUT, TIMEOUT.toMillis());
        this.keycloak = KeycloakBuilder.builder().serverUrl(realmUrl.substring(0, realms)).realm(realmName)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(secret)
                .resteasyClient(http).build();
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }

    /**
     * Disables the user and ends all their sessions; safe to repeat. An account already deleted in Keycloak
     * is closed too. Throws when Keycloak could not be told.
     */
    public void closeAccount(String userId) throws IOException {
        UserResource user = realm().users().get(userId);
        UserRepresentation disabled = new UserRepresentation();
        disabled.setEnabled(false); // only this field: Keycloak leaves the others as they are
        try {
            retrying("disable user " + userId, () -> {
                user.update(disabled);
                return null;
            });
            retrying("log out user " + userId, () -> {
                user.logout();
                return null;
            });
        } catch (NotFoundException e) {
            LOG.infof("user %s is no longer in Keycloak: nothing to close", userId);
        } catch (RuntimeException e) {
            throw new IOException("Keycloak refused to close the account of " + userId + ": " + e.getMessage(), e);
        }
    }

    /** The realm's role names, so that roles added in Keycloak appear in the field grid; empty if unreachable. */
    public List<String> realmRoles() {
        try {
            return retrying("list roles", () -> realm().roles().list()).stream().map(RoleRepresentation::getName)
                    .toList();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Keycloak unreachable while listing roles: %s", e.getMessage());
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
    public List<Person> people() throws IOException {
        RealmResource realm = realm();
        Map<String, List<String>> roles = new HashMap<>();
        for (String role : Roles.ALL) {
            for (UserRepresentation user : retrying("members of " + role,
                    () -> realm.roles().get(role).getUserMembers(true, 0, MAX))) {
                roles.computeIfAbsent(user.getId(), k -> new ArrayList<>()).add(role);
            }
        }
        Map<String, List<String>> teams = new HashMap<>();
        for (GroupRepresentation team : teamGroups()) {
            for (UserRepresentation member : retrying("members of team " + team.getName(),
                    () -> realm.groups().group(team.getId()).members(0, MAX, true))) {
                teams.computeIfAbsent(member.getId(), k -> new ArrayList<>()).add(team.getName());
            }
        }
        List<Person> people = new ArrayList<>();
        for (UserRepresentation user : retrying("users", () -> realm.users().list(0, MAX))) {
            if (user.getUsername().startsWith("service-account-")) {
                continue;
            }
            String name = (nonNull(user.getFirstName()) + " " + nonNull(user.getLastName())).strip();
            people.add(new Person(user.getId(), user.getUsername(), name.isEmpty() ? user.getUsername() : name,
                    user.getEmail(), !Boolean.FALSE.equals(user.isEnabled()),
                    roles.getOrDefault(user.getId(), List.of()), teams.getOrDefault(user.getId(), List.of())));
        }
        return people;
    }

    /** The team names: the groups under `/teams`. Empty when there are none; an exception when Keycloak cannot say. */
    public List<String> teams() throws IOException {
        return teamGroups().stream().map(GroupRepresentation::getName).toList();
    }

    private List<GroupRepresentation> teamGroups() throws IOException {
        GroupRepresentation parent;
        try {
            parent = retrying("the teams group", () -> realm().getGroupByPath("teams"));
        } catch (NotFoundException e) {
            return List.of();
        }
        return retrying("the teams", () -> realm().groups().group(parent.getId()).getSubGroups(0, 1000, true));
    }

    private RealmResource realm() {
        return keycloak.realm(realmName);
    }

    /**
     * Runs one admin call, again after a short pause when Keycloak could not answer (unreachable, timed
     * out, or a server error); a refusal (4xx) is final. Gives up with an IOException naming the call.
     */
    static <T> T retrying(String what, Supplier<T> call) throws IOException {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return call.get();
            } catch (ProcessingException e) {
                last = e;
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() < 500) {
                    throw e;
                }
                last = e;
            }
            if (attempt < ATTEMPTS) {
                pause(BACKOFF.multipliedBy(attempt));
            }
        }
        throw new IOException("Keycloak could not answer (" + what + "): " + last.getMessage(), last);
    }

    private static void pause(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Keycloak", e);
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
