package app.relay.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builders for client and contact bodies, unique per call so tests never collide on shared data. */
public final class TestClients {
    private TestClients() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> client(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "company");
        body.put("country", "RO");
        body.put("lifecycle", "active");
        return body;
    }

    /** Creates a client as the given user and returns its id. */
    public static String create(String username, Map<String, Object> body) {
        return Api.as(username).body(body).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    public static String create(String username, String name) {
        return create(username, client(name));
    }

    /** Creates a client carrying one tag, so that a test can filter down to exactly its own clients. */
    public static String createTagged(String username, String name, String tag) {
        Map<String, Object> body = client(name);
        body.put("tags", List.of(tag));
        return create(username, body);
    }

    /** The If-Match value for a client's current version, read as the director (who sees every client). */
    public static String ifMatch(String clientId) {
        return "\"" + version("dana", clientId) + "\"";
    }

    /**
     * A tax id no other test uses, since a tax id belongs to one client per country: twelve random digits (with eight,
     * two of the few thousand fixtures of a run shared one now and then, and the second was refused as a repeat).
     */
    public static String uniqueTaxId() {
        return "RO" + (100_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(900_000_000_000L));
    }

    public static long version(String username, String clientId) {
        return ((Number) Api.as(username).get("/api/v1/clients/" + clientId)
                .then().statusCode(200).extract().path("version")).longValue();
    }

    /** A client of `segment` created by hugo (head of sales, north), then given these holders (the co-owner may be null). */
    public static String heldBy(String owner, String coOwner, String segment, String prefix) {
        Map<String, Object> body = new HashMap<>(client(unique(prefix)));
        body.put("segment", segment);
        String id = create("hugo", body);
        Map<String, Object> holders = new HashMap<>();
        holders.put("ownerId", owner);
        holders.put("coOwnerId", coOwner);
        Api.as("hugo").header("If-Match", ifMatch(id)).contentType("application/merge-patch+json").body(holders)
                .patch("/api/v1/clients/" + id).then().statusCode(200);
        return id;
    }
}
