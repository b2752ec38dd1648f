package app.relay.party;

import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Many clients at once, all or nothing; pickers offer only the people who may take them. */
@QuarkusTest
class AssignmentsTest {
    static final String SARA = "a0000000-0000-4000-8000-000000000005";
    static final String SID = "a0000000-0000-4000-8000-000000000009";

    @Test
    void aHeadOfSalesPutsAPartnerInFrontOfManyClientsAtOnce() {
        List<String> ids = List.of(create("sam", unique("Bulk")), create("sam", unique("Bulk")), create("sara", unique("Bulk")));
        Api.as("hugo").body(Map.of("clientIds", ids, "kind", "partner", "userId", SID, "duties", "exports"))
                .post("/api/v1/assignments").then().statusCode(200).body("assigned", equalTo(3));
        ids.forEach(id -> Api.as("sid").get("/api/v1/clients/" + id).then().statusCode(200));

        Api.as("hugo").body(Map.of("clientIds", ids.subList(0, 2), "kind", "owner", "userId", SARA))
                .post("/api/v1/assignments").then().statusCode(200).body("assigned", equalTo(2));
        Api.as("hugo").get("/api/v1/clients/" + ids.get(0)).then().body("ownerId", equalTo(SARA));
    }

    @Test
    void oneClientThatCannotTakeItStopsTheWholeAssignment() {
        String north = create("sam", unique("All or nothing"));
        String south = create("sid", unique("All or nothing"));
        Api.as("hugo").body(Map.of("clientIds", List.of(north, south), "kind", "owner", "userId", SARA))
                .post("/api/v1/assignments").then().statusCode(404)
                .body("errors[0].field", equalTo("clientIds[1]")).body("errors[0].message", startsWith("client " + south));
        Api.as("hugo").get("/api/v1/clients/" + north).then().body("ownerId", equalTo(TestIds.SAM)).body("version", equalTo(0));

        Api.as("sam").body(Map.of("clientIds", List.of(north), "kind", "partner", "userId", SARA))
                .post("/api/v1/assignments").then().statusCode(403);
        Api.as("hugo").body(Map.of("clientIds", List.of(), "kind", "partner", "userId", SARA))
                .post("/api/v1/assignments").then().statusCode(400).body("errors[0].field", equalTo("clientIds"));
    }

    @Test
    void pickersOfferOnlyThePeopleWhoMayTakeTheKind() {
        List<String> owners = Api.as("hugo").queryParam("kind", "owner").get("/api/v1/assignments/candidates")
                .then().statusCode(200).extract().path("items.userName");
        assertThat(owners).contains("Sam Rusu", "Hugo Petrescu").doesNotContain("Ada Lovelace", "Dana Ionescu")
                .noneMatch(name -> name.startsWith("service-account"));
        assertThat(owners).noneMatch(name -> name.contains("Leo"));
        Api.as("hugo").queryParam("kind", "owner").queryParam("prospect", "true").get("/api/v1/assignments/candidates")
                .then().body("items.userId", hasItem(TestIds.LEO));
        List<String> sponsors = Api.as("dana").queryParam("kind", "executive-sponsor")
                .get("/api/v1/assignments/candidates").then().statusCode(200).extract().path("items.userName");
        assertThat(sponsors).contains("Dana Ionescu", "Hugo Petrescu").doesNotContain("Sam Rusu");

        Api.as("sam").queryParam("kind", "partner").get("/api/v1/assignments/candidates").then().statusCode(403);
        Api.as("hugo").queryParam("kind", "successor").get("/api/v1/assignments/candidates").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    static final class TestIds {
        static final String SAM = "a0000000-0000-4000-8000-000000000004";
        static final String LEO = "a0000000-0000-4000-8000-000000000007";
    }
}
