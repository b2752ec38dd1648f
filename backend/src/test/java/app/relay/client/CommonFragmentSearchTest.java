package app.relay.client;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * The client file's behaviour again, with every search fragment taken as common: `q` then matches row
 * by row along the page's order instead of through the trigram indexes, and must find the same clients.
 * (The demo base is too small for a fragment to be common on its own.)
 */
@QuarkusTest
@TestProfile(CommonFragmentSearchTest.EveryFragmentCommon.class)
class CommonFragmentSearchTest extends ClientResourceTest {

    public static class EveryFragmentCommon implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relay.search.common-above", "-1");
        }
    }
}
