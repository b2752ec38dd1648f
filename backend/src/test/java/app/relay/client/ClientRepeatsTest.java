package app.relay.client;

import static app.relay.support.TestClients.client;
import static app.relay.support.TestClients.create;
import static app.relay.support.TestClients.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A client is entered once: the same name needs the caller's word, the same tax id in a country never. */
@QuarkusTest
class ClientRepeatsTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aRepeatedNameIsRefusedWithTheMatchUntilTheCallerSaysItIsAnotherCompany() {
        String name = unique("Ţesătoria Nord");
        String first = create("sam", name);

        Api.as("sam").body(client(name.toUpperCase().replace("Ţ", "T"))).post("/api/v1/clients").then()
                .statusCode(409).contentType(PROBLEM)
                .body("conflicts[0].matchedOn", equalTo("name"))
                .body("conflicts[0].id", equalTo(first))
                .body("conflicts[0].ownerName", equalTo("Sam Rusu"));
        Api.as("sam").queryParam("allowDuplicate", true).body(client(name)).post("/api/v1/clients").then()
                .statusCode(201);
    }

    @Test
    void aTaxIdBelongsToOneClientPerCountryAndTheMatchRevealsOnlyItsOwner() {
        String taxId = TestClients.uniqueTaxId();
        Map<String, Object> south = client(unique("South holder"));
        south.put("taxId", taxId);
        create("sid", south);

        Map<String, Object> again = client(unique("North twin"));
        again.put("taxId", taxId.toLowerCase().replace("ro", "RO ").replace("1", "1."));
        Api.as("sam").queryParam("allowDuplicate", true).body(again).post("/api/v1/clients").then()
                .statusCode(409).contentType(PROBLEM)
                .body("conflicts[0].matchedOn", equalTo("taxId"))
                .body("conflicts[0].id", nullValue())
                .body("conflicts[0].name", nullValue())
                .body("conflicts[0].ownerName", equalTo("Sid Morales"));

        again.put("country", "MD");
        Api.as("sam").body(again).post("/api/v1/clients").then().statusCode(201);
    }

    @Test
    void identicalCreatesAtTheSameMomentMakeOneClient() throws Exception {
        Map<String, Object> body = client(unique("Race SRL"));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> Api.as("sam").body(body).post("/api/v1/clients").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        Api.as("sam").queryParam("q", body.get("name")).get("/api/v1/clients").then()
                .statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void deletingNeedsTheCurrentStrongValidatorAndRestoringALiveClientIsAConflict() {
        String id = create("sam", unique("Validators"));

        Api.as("sam").delete("/api/v1/clients/" + id).then().statusCode(428).contentType(PROBLEM);
        Api.as("sam").header("If-Match", "W/\"0\"").delete("/api/v1/clients/" + id).then().statusCode(412);
        Api.as("sam").header("If-Match", "\"7\", \"8\"").delete("/api/v1/clients/" + id).then().statusCode(412);
        Api.as("sam").header("If-Match", "zero").delete("/api/v1/clients/" + id).then().statusCode(400);
        Api.as("hugo").post("/api/v1/clients/" + id + "/restore").then().statusCode(409).contentType(PROBLEM);

        Api.as("sam").header("If-Match", "\"5\", \"0\"").delete("/api/v1/clients/" + id).then().statusCode(204);
        Api.as("hugo").post("/api/v1/clients/" + id + "/restore").then().statusCode(200);
        Api.as("sam").header("If-Match", "*").delete("/api/v1/clients/" + id).then().statusCode(204);
    }
}
