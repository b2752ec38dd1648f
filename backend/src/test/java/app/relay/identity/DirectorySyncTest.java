package app.relay.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import app.relay.support.KeycloakUsers;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The directory follows Keycloak: people who never signed in, their roles and teams, accounts disabled there. */
@QuarkusTest
class DirectorySyncTest {
    @Inject
    DirectorySync sync;

    @Test
    void someoneWhoNeverSignedInCanBeGivenClientsAndADisabledAccountShows() throws Exception {
        String[] newcomer = KeycloakUsers.createInNorth("newcomer");
        try {
            KeycloakUsers.grantRealmRole(newcomer[0], Roles.SALES_MANAGER);
            assertThat(sync.syncNow()).isGreaterThan(9);

            Map<String, Object> listed = person(newcomer[1]);
            assertThat(listed.get("teams")).isEqualTo(List.of("north"));
            assertThat(listed.get("roles")).isEqualTo(List.of(Roles.SALES_MANAGER));
            assertThat(listed.get("enabledInKeycloak")).isEqualTo(true);

            String client = TestClients.create("sam", TestClients.unique("For the newcomer"));
            Api.as("hugo").header("If-Match", TestClients.ifMatch(client)).contentType("application/merge-patch+json")
                    .body(Map.of("ownerId", newcomer[0])).patch("/api/v1/clients/" + client).then()
                    .statusCode(200).body("ownerName", equalTo("Test Leaver"));

            KeycloakUsers.setEnabled(newcomer[0], false);
            sync.syncNow();
            assertThat(person(newcomer[1]).get("enabledInKeycloak")).isEqualTo(false);
            String other = TestClients.create("sam", TestClients.unique("Not for a disabled account"));
            Api.as("hugo").header("If-Match", TestClients.ifMatch(other)).contentType("application/merge-patch+json")
                    .body(Map.of("ownerId", newcomer[0])).patch("/api/v1/clients/" + other).then().statusCode(400);
        } finally {
            KeycloakUsers.delete(newcomer[0]);
        }
    }

    private static Map<String, Object> person(String username) {
        return Api.as("hugo").get("/api/v1/users").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.username == '" + username + "' }");
    }
}
