package app.relay.support;

import static io.restassured.RestAssured.given;

import app.relay.identity.Roles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creates throwaway Keycloak users and realm roles for tests that must change the realm. */
public final class KeycloakUsers {
    private KeycloakUsers() {
    }

    /** A new enabled user in team north with password `demo`; returns their Keycloak id and username. */
    public static String[] createInNorth(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(adminToken()).contentType("application/json")
                .body(Map.of("username", username, "enabled", true, "email", username + "@relay.test",
                        "emailVerified", true, "firstName", "Test", "lastName", "Leaver",
                        "groups", List.of("/teams/north"),
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .post("/admin/realms/relay/users").then().statusCode(201);
        String id = given().baseUri(Tokens.KEYCLOAK).auth().oauth2(adminToken())
                .queryParam("username", username).queryParam("exact", true)
                .get("/admin/realms/relay/users").then().statusCode(200).extract().path("[0].id");
        return new String[] {id, username};
    }

    /** A new sales manager in team north (see {@link #createInNorth}); returns their Keycloak id. */
    public static String salesManagerInNorth(String prefix) {
        String id = createInNorth(prefix)[0];
        grantRealmRole(id, Roles.SALES_MANAGER);
        return id;
    }

    /** Removes a throwaway user, so that a reused dev Keycloak does not collect them. */
    public static void delete(String id) {
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(adminToken())
                .delete("/admin/realms/relay/users/" + id).then().statusCode(204);
    }

    /** Gives a user a realm role, as an admin would in Keycloak's console. */
    public static void grantRealmRole(String id, String role) {
        Map<String, Object> representation = given().baseUri(Tokens.KEYCLOAK).auth().oauth2(consoleAdminToken())
                .get("/admin/realms/relay/roles/" + role).then().statusCode(200).extract().jsonPath().getMap("");
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(consoleAdminToken()).contentType("application/json")
                .body(List.of(Map.of("id", representation.get("id"), "name", role)))
                .post("/admin/realms/relay/users/" + id + "/role-mappings/realm").then().statusCode(204);
    }

    /** Disables (or enables) an account directly in Keycloak, as an admin would. */
    public static void setEnabled(String id, boolean enabled) {
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(consoleAdminToken()).contentType("application/json")
                .body(Map.of("enabled", enabled)).put("/admin/realms/relay/users/" + id).then().statusCode(204);
    }

    public static boolean isEnabled(String id) {
        return given().baseUri(Tokens.KEYCLOAK).auth().oauth2(adminToken())
                .get("/admin/realms/relay/users/" + id).then().statusCode(200).extract().path("enabled");
    }

    /** A new realm role, created as an admin would in Keycloak's console (the master realm's admin). */
    public static String createRealmRole(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(consoleAdminToken()).contentType("application/json")
                .body(Map.of("name", name)).post("/admin/realms/relay/roles").then().statusCode(201);
        return name;
    }

    public static void deleteRealmRole(String name) {
        given().baseUri(Tokens.KEYCLOAK).auth().oauth2(consoleAdminToken())
                .delete("/admin/realms/relay/roles/" + name).then().statusCode(204);
    }

    private static String consoleAdminToken() {
        return given().baseUri(Tokens.KEYCLOAK)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static String adminToken() {
        return given().baseUri(Tokens.KEYCLOAK)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "relay-backend")
                .formParam("client_secret", "relay-backend-dev-secret")
                .post("/realms/relay/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
