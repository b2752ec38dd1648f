package app.relay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.relay.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every client of the demo base opens for everyone who sees it in their list, and answers 404 (never
 * a 500) to everyone else: unassigned prospects, co-owned, other teams, deleted ones included.
 */
@QuarkusTest
class EveryClientOpensTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada", "dana", "hugo", "hana", "sam", "sara", "alex", "leo", "sid", "integration"})
    void everyDemoClientOpensExactlyForThoseWhoSeeIt(String user) {
        List<String> all = ids("dana");
        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        Set<String> visible = new HashSet<>(ids(user));
        // In parallel: three hundred reads per role, ten roles.
        List<String> wrong = all.parallelStream()
                .map(id -> {
                    int status = Api.as(user).get("/api/v1/clients/" + id).statusCode();
                    return status == (visible.contains(id) ? 200 : 404) ? null : id + " answered " + status;
                })
                .filter(Objects::nonNull)
                .toList();
        assertThat(wrong).as("clients %s cannot open as expected", user).isEmpty();
    }

    private static List<String> ids(String user) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(user).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/clients");
            page.then().statusCode(200);
            ids.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return ids;
    }
}
