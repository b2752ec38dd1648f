package app.relay.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A handover's items as a reader gets them, by client, and the letters of one. */
public final class HandoverItemsRead {
    private HandoverItemsRead() {
    }

    /** The first page of a handover's items as `as` reads them, by client id. */
    public static Map<String, Map<String, Object>> byClient(String as, String handover) {
        List<Map<String, Object>> items = Api.as(as).get("/api/v1/handovers/" + handover + "/items").then()
                .statusCode(200).extract().jsonPath().getList("items");
        Map<String, Map<String, Object>> byClient = new HashMap<>();
        items.forEach(item -> byClient.put((String) item.get("clientId"), item));
        return byClient;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> letters(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("letters");
    }
}
