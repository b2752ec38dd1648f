package app.relay.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each person chooses the language Relay speaks to them; it is kept, for them alone. */
@QuarkusTest
class LanguageChoiceTest {

    /** Other tests read exports and pages in English: leave everyone as they were. */
    @AfterEach
    void backToEnglish() {
        for (String user : new String[] {"alex", "sara"}) {
            Api.as(user).contentType(ContentType.JSON).body("{\"language\":\"en\"}").patch("/api/v1/me").then().statusCode(200);
        }
    }

    @Test
    void aChosenLanguageIsKeptForThatPersonOnly() {
        Api.as("alex").contentType(ContentType.JSON).body("{\"language\":\"ru\"}").patch("/api/v1/me")
                .then().statusCode(200).body("language", equalTo("ru")).body("username", equalTo("alex"));
        Api.as("alex").get("/api/v1/me").then().statusCode(200).body("language", equalTo("ru"));

        Api.as("alex").contentType("application/merge-patch+json").body("{\"language\":\"ro\"}").patch("/api/v1/me")
                .then().statusCode(200).body("language", equalTo("ro"));
        Api.as("alex").get("/api/v1/me").then().body("language", equalTo("ro"));
        Api.as("leo").get("/api/v1/me").then().statusCode(200).body("language", nullValue());
    }

    @Test
    void anUnknownOrMissingLanguageIsRefusedAndChangesNothing() {
        Api.as("sara").contentType(ContentType.JSON).body("{\"language\":\"es\"}").patch("/api/v1/me")
                .then().statusCode(200);
        for (String body : new String[] {"{\"language\":\"de\"}", "{\"language\":null}", "{}", "[]", "{\"language\":"}) {
            Api.as("sara").contentType(ContentType.JSON).body(body).patch("/api/v1/me")
                    .then().statusCode(400).contentType(containsString("application/problem+json"));
        }
        Api.as("sara").get("/api/v1/me").then().body("language", equalTo("es"));
    }
}
