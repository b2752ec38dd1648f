package app.relay.access;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A field a role may not read may not be matched, filtered or sorted on by that role, nor echoed by the
 * duplicate check: each case hides one field from sales managers and asks as sam.
 */
@QuarkusTest
class HiddenFieldQueryTest {
    private static final String ROLE = "sales-manager";

    @ParameterizedTest(name = "{0}={1} needs {2}")
    @CsvSource({
        "lifecycle, active, client.lifecycle",
        "segment, vip, client.segment",
        "country, RO, client.country",
        "region, Cluj, client.region",
        "team, north, client.team",
        "ownerId, a0000000-0000-4000-8000-000000000004, client.ownerId",
        "tag, export, client.tags",
        "sort, name, client.name",
        "sort, -name, client.name"})
    void aFilterOrSortOnAHiddenFieldIsRefusedNamingTheParameter(String parameter, String value, String key) {
        Api.as("sam").queryParam(parameter, value).get("/api/v1/clients").then().statusCode(200);
        withHidden(key, () -> {
            Api.as("sam").queryParam(parameter, value).get("/api/v1/clients").then()
                    .statusCode(400).body("errors.field", hasItem(parameter));
            if (!parameter.equals("sort")) {
                Api.as("sam").accept("*/*").queryParam(parameter, value).get("/api/v1/exports/clients.csv").then()
                        .statusCode(400).body("errors.field", hasItem(parameter));
            }
        });
    }

    @Test
    void searchLeavesOutEachHiddenField() {
        String taxId = TestClients.uniqueTaxId();
        String name = unique("Searchable");
        Map<String, Object> body = client(name);
        body.put("taxId", taxId);
        String id = create("sam", body);
        String person = unique("Persoana");
        Api.as("sam").body(Map.of("fullName", person)).post("/api/v1/clients/" + id + "/contacts").then().statusCode(201);

        for (String[] probe : new String[][] {{taxId, "client.taxId"}, {person, "contact.fullName"}, {name, "client.name"}}) {
            assertThat(search(probe[0])).as("found by %s while readable", probe[1]).contains(id);
            withHidden(probe[1], () -> assertThat(search(probe[0])).as("found by hidden %s", probe[1])
                    .doesNotContain(id));
        }
    }

    @Test
    void withNamesHiddenTheListComesNewestFirstAndDuplicatesTellNoName() {
        String name = unique("Unnamed");
        String id = create("sam", name);
        withHidden("client.name", () -> {
            Api.as("sam").queryParam("limit", 1).get("/api/v1/clients").then().statusCode(200)
                    .body("items[0].id", equalTo(id)).body("items[0].name", nullValue());
            Api.as("sam").queryParam("name", name).get("/api/v1/clients/duplicates").then()
                    .statusCode(400).body("errors.field", hasItem("name"));
        });
        withHidden("client.ownerId", () -> Api.as("sam").queryParam("name", name).get("/api/v1/clients/duplicates")
                .then().statusCode(200).body("matches[0].clientId", equalTo(id))
                .body("matches[0].ownerId", nullValue()).body("matches[0].ownerName", nullValue()));
        Api.as("sam").queryParam("name", name).get("/api/v1/clients/duplicates").then()
                .statusCode(200).body("matches[0].ownerName", equalTo("Sam Rusu"))
                .body("matches.name", not(hasItem(nullValue())));
    }

    private static List<String> search(String q) {
        return Api.as("sam").queryParam("q", q).get("/api/v1/clients").then().statusCode(200)
                .extract().path("items.id");
    }

    /** Runs with `key` hidden from sales managers, then gives the field back its level. */
    private static void withHidden(String key, Runnable check) {
        String level = Api.as("ada").get("/api/v1/admin/field-policies").then().statusCode(200)
                .extract().path("levels.'" + ROLE + "'.'" + key + "'");
        Api.as("ada").body(Map.of("level", "hidden")).put("/api/v1/admin/field-policies/" + ROLE + "/" + key)
                .then().statusCode(200);
        try {
            check.run();
        } finally {
            Api.as("ada").body(Map.of("level", level)).put("/api/v1/admin/field-policies/" + ROLE + "/" + key)
                    .then().statusCode(200);
        }
    }
}
