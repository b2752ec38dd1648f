package app.relay.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `/me` tells each role what it may do, and the People list what it may do with each person. */
@QuarkusTest
class CapabilitiesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ada; clients.delete clients.restore people.depart fieldRules.manage letters.manage exchangeRates.manage "
            + "segments.manage "
            + "pipeline.manage",
        "dana; clients.assign clients.delete clients.restore audit.read people.depart exports.unlimited "
            + "exchangeRates.manage segments.manage segments.recalculate pipeline.manage pipeline.moveBack",
        "hugo; clients.assign clients.delete clients.restore audit.read people.depart exports.unlimited "
            + "segments.recalculate pipeline.moveBack",
        "sam; clients.delete",
        "alex; clients.delete",
        "leo; ''",
        "integration; exchangeRates.manage"})
    void meListsTheCapabilitiesOfTheCallersRoles(String user, String expected) {
        List<String> capabilities = Api.as(user).get("/api/v1/me").then().statusCode(200).extract().path("capabilities");
        assertThat(capabilities).containsExactlyInAnyOrder(expected.isBlank() ? new String[0] : expected.split(" "));
    }

    @ParameterizedTest(name = "{0} may depart {1}: {2}")
    @CsvSource({"hugo, sam, true", "hugo, sid, false", "hugo, hugo, false", "dana, sid, true", "ada, sam, true",
        "sam, sara, false"})
    void thePeopleListSaysWhomTheCallerMayMarkAsLeaving(String caller, String person, boolean allowed) {
        Api.as(person).get("/api/v1/me").then().statusCode(200);
        Response users = Api.as(caller).get("/api/v1/users");
        users.then().statusCode(200);
        Map<String, Object> entry = users.jsonPath().getMap("items.find { it.username == '" + person + "' }");
        assertThat(entry.get("allowedActions")).isEqualTo(allowed ? List.of("depart") : List.of());
    }
}
