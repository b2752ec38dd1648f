package app.relay.client;

import static org.hamcrest.Matchers.equalTo;

import app.relay.support.Api;
import app.relay.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client file's behaviour again, with every search fragment taken as common: `q` then matches row
 * by row along the page's order instead of through the trigram indexes, and must find the same clients.
 * Totals are never counted here either: every estimate is "far more". (The demo base is too small for
 * a fragment to be common, or a total large, on its own.)
 */
@QuarkusTest
@TestProfile(CommonFragmentSearchTest.EveryFragmentCommon.class)
class CommonFragmentSearchTest extends ClientResourceTest {

    public static class EveryFragmentCommon implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.search.common-above", "-1", "relay.totals.estimated-above", "-1");
        }
    }

    @Test
    void aTotalThePlannerExpectsFarAboveTheCountIsNotCountedButSaidToBeMore() {
        String tag = TestClients.unique("tot").replace(" ", "-");
        TestClients.createTagged("sam", TestClients.unique("Estimated"), tag);
        Api.as("sam").queryParam("tag", tag).queryParam("total", true).get("/api/v1/clients").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("total", equalTo((int) ClientSearch.COUNTED_UP_TO))
                .body("totalCapped", equalTo(true));
    }
}
