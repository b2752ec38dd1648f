package app.relay.client;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClientResourceTest {
    private static final String SAM = "sam";
    private static final String SAM_ID = "a0000000-0000-4000-8000-000000000004";
    private static final String HUGO = "hugo";

    @Test
    void createdClientIsOwnedByItsCreatorAndReadableWithETag() {
        String name = unique("Fabrica de Pâine Ştefan");
        String id = create(SAM, name);

        Api.as(SAM).get("/api/v1/clients/" + id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name))
                .body("ownerId", equalTo(SAM_ID))
                .body("ownerName", equalTo("Sam Rusu"))
                .body("team", equalTo("north"))
                .body("lifecycle", equalTo("active"))
                .body("redactedFields", notNullValue());
    }

    @Test
    void searchIgnoresCaseAccentsAndScriptVariants() {
        String marker = unique("x").substring(2);
        String romanian = create(SAM, "Ştefănescu Agro " + marker);
        String russian = create(SAM, "ООО «Ёлочка» " + marker);
        String spanish = create(SAM, "Panadería Peña " + marker);

        assertThat(search("stefanescu agro " + marker)).containsExactly(romanian);
        assertThat(search("ȘTEFĂNESCU AGRO " + marker)).containsExactly(romanian);
        assertThat(search("елочка» " + marker)).containsExactly(russian);
        assertThat(search("pena " + marker)).containsExactly(spanish);
        assertThat(search(marker)).containsExactlyInAnyOrder(romanian, russian, spanish);
    }

    @Test
    void searchFindsClientsByTaxIdFragmentAndContactName() {
        String taxId = "RO" + System.nanoTime() % 100_000_000;
        Map<String, Object> body = client(unique("Vinăria"));
        body.put("taxId", taxId);
        String id = create(SAM, body);
        String person = unique("Ionuț Rădulescu");
        Api.as(SAM).body(Map.of("fullName", person)).post("/api/v1/clients/" + id + "/contacts")
                .then().statusCode(201);

        assertThat(search(taxId.substring(3))).contains(id);
        assertThat(search(person.replace("ț", "t").replace("ă", "a").toLowerCase())).containsExactly(id);
    }

    @Test
    void keysetPagingVisitsEveryClientOnceInOrder() {
        String tag = "paging-" + unique("t").substring(2);
        List<String> created = new ArrayList<>();
        for (String name : List.of("Delta", "alpha", "Ćharlie", "bravo", "Echo")) {
            Map<String, Object> body = client(name + " " + tag);
            body.put("tags", List.of(tag));
            created.add(create(SAM, body));
        }

        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.as(SAM).queryParam("tag", tag).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/clients");
            page.then().statusCode(200);
            names.addAll(page.path("items.name"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(names).extracting(n -> n.substring(0, n.indexOf(' ')))
                .containsExactly("alpha", "bravo", "Ćharlie", "Delta", "Echo");
        assertThat(created).hasSize(5);
    }

    @Test
    void sortByUpdatedDescendingPutsTheLatestChangeFirst() {
        String tag = "sort-" + unique("t").substring(2);
        Map<String, Object> first = client("First " + tag);
        first.put("tags", List.of(tag));
        String firstId = create(SAM, first);
        Map<String, Object> second = client("Second " + tag);
        second.put("tags", List.of(tag));
        create(SAM, second);
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("notes", "touched")).patch("/api/v1/clients/" + firstId).then().statusCode(200);

        List<String> ids = Api.as(SAM).queryParam("tag", tag).queryParam("sort", "-updatedAt")
                .get("/api/v1/clients").then().statusCode(200).extract().path("items.id");
        assertThat(ids.get(0)).isEqualTo(firstId);
    }

    @Test
    void patchMergesFieldsClearsBlankOnesAndBumpsTheVersion() {
        Map<String, Object> body = client(unique("Patch"));
        body.put("city", "Cluj-Napoca");
        body.put("notes", "old note");
        String id = create(SAM, body);
        Map<String, Object> patch = new java.util.HashMap<>();
        patch.put("notes", null);
        patch.put("city", "  ");
        patch.put("website", " agro.ro ");

        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/clients/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("city", equalTo(null))
                .body("notes", equalTo(null))
                .body("website", equalTo("agro.ro"))
                .body("version", equalTo(1));
    }

    @Test
    void softDeleteHidesTheClientUntilASupervisorRestoresIt() {
        String name = unique("Deleted Agro");
        String id = create(SAM, name);

        Api.as(SAM).header("If-Match", TestClients.ifMatch(id)).delete("/api/v1/clients/" + id).then().statusCode(204);
        Api.as(SAM).get("/api/v1/clients/" + id).then().statusCode(404);
        assertThat(search(name)).isEmpty();
        Api.as(HUGO).queryParam("deleted", true).queryParam("q", name).get("/api/v1/clients").then()
                .statusCode(200).body("items.id", hasItem(id));
        Api.as(SAM).post("/api/v1/clients/" + id + "/restore").then().statusCode(403);

        Api.as(HUGO).post("/api/v1/clients/" + id + "/restore").then().statusCode(200)
                .body("deletedAt", equalTo(null));
        Api.as(SAM).get("/api/v1/clients/" + id).then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void historyRecordsEveryChangeWithItsAuthor() {
        String id = create(SAM, unique("History"));
        Api.as(SAM).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("city", "Iași")).patch("/api/v1/clients/" + id).then().statusCode(200);
        Api.as(SAM).header("If-Match", TestClients.ifMatch(id)).delete("/api/v1/clients/" + id).then().statusCode(204);
        Api.as(HUGO).post("/api/v1/clients/" + id + "/restore").then().statusCode(200);

        Response history = Api.as(HUGO).get("/api/v1/clients/" + id + "/history");
        history.then().statusCode(200);
        assertThat(history.<List<String>>path("items.action"))
                .containsExactly("restored", "deleted", "updated", "created");
        assertThat(history.<String>path("items[2].changes.city.to")).isEqualTo("Iași");
        assertThat(history.<String>path("items[0].actorName")).isEqualTo("Hugo Petrescu");
        assertThat(history.<String>path("items[2].actorName")).isEqualTo("Sam Rusu");
        assertThat(history.<Map<String, Object>>path("items[2].changes")).containsOnlyKeys("city");
    }

    @Test
    void duplicatesCheckFindsSimilarNamesAndSameTaxId() {
        String marker = unique("Agroindustrial Moldova").substring(0);
        Map<String, Object> body = client(marker);
        String taxId = "MD" + System.nanoTime() % 1_000_000_000L;
        body.put("taxId", taxId);
        String id = create(SAM, body);

        Api.as(SAM).queryParam("name", marker.toUpperCase()).get("/api/v1/clients/duplicates").then()
                .statusCode(200)
                .body("matches.clientId", hasItem(id))
                .body("matches.ownerName", hasItem("Sam Rusu"));
        Api.as(SAM).queryParam("taxId", taxId.toLowerCase()).get("/api/v1/clients/duplicates").then()
                .statusCode(200)
                .body("matches[0].matchedOn", equalTo("taxId"))
                .body("matches[0].clientId", equalTo(id));
        Api.as(SAM).queryParam("name", "Completely different name " + unique("z"))
                .get("/api/v1/clients/duplicates").then().statusCode(200)
                .body("matches.clientId", not(hasItem(id)));
    }

    private static List<String> search(String q) {
        return Api.as(SAM).queryParam("q", q).queryParam("limit", 200).get("/api/v1/clients")
                .then().statusCode(200).extract().path("items.id");
    }
}
