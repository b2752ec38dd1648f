package app.relay.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One request of the negative test: a valid base (real targets, a valid body) with exactly one part
 * made bad. `body` is raw text so that it can hold what no JSON writer would produce.
 */
record BadRequest(String method, String path, Map<String, String> pathValues, Map<String, String> query,
        Map<String, String> headers, String body, String label, boolean mustRefuse, String token,
        String bodySchema, Supplier<Map<String, Object>> validBody) {

    private static final String SARA = "a0000000-0000-4000-8000-000000000005";

    /** Valid bodies per schema; a new request schema without one fails the test, so none goes untried. */
    private static final Map<String, Supplier<Map<String, Object>>> BODIES = Map.ofEntries(
            body("ClientInput", () -> new LinkedHashMap<>(Map.of("name", MalformedRequestsTest.unique(), "kind",
                    "company", "country", "RO", "lifecycle", "prospect"))),
            body("ContactInput", () -> new LinkedHashMap<>(Map.of("fullName", "Malformed Person"))),
            body("DepartureInput", () -> new LinkedHashMap<>(Map.of("note", "leaving"))),
            body("MeInput", () -> new LinkedHashMap<>(Map.of("language", "en"))),
            body("FieldPolicyChange", LinkedHashMap::new),
            body("PartyInput", () -> new LinkedHashMap<>(Map.of("userId", SARA, "kind", "partner"))),
            body("AssignmentInput", LinkedHashMap::new),
            // Nobody Relay knows: a well-formed start is refused too, so no variant starts a real departure.
            body("HandoverInput", () -> new LinkedHashMap<>(Map.of("kind", "departure", "userId", "nobody-malformed",
                    "reason", "resignation", "lastWorkingDay", LocalDate.now().plusDays(30).toString()))),
            body("HandoverItemInput", () -> new LinkedHashMap<>(Map.of("stateOfWork", "written up"))),
            // Nothing signed, nothing passed on: well-formed, and the handover a malformed request names is nobody's.
            body("CommitmentInput", () -> new LinkedHashMap<>(Map.of("nonCompeteSigned", false))),
            body("SuccessorInput", () -> new LinkedHashMap<>(Map.of("acceptSuggested", true))),
            body("HandoverAcknowledgement", () -> new LinkedHashMap<>(Map.of("itemIds", List.of(UUID.randomUUID())))),
            body("TodoInput", () -> new LinkedHashMap<>(Map.of("done", true))),
            body("OrderInput", () -> new LinkedHashMap<>(Map.of("date", "2026-11-02", "amount", 10, "currency", "EUR"))),
            body("ExchangeRateInput", () -> new LinkedHashMap<>(Map.of("rate", 1.1))),
            // Giving a client back to the rules: a no-op on the fixture, so variants change nothing by accident.
            body("SegmentPlacementInput", () -> new LinkedHashMap<>(Map.of("pinned", false))),
            // A preview nobody made: valid, yet nothing to apply.
            body("SegmentRecalculationInput", () -> new LinkedHashMap<>(Map.of("recalculationId",
                    UUID.randomUUID().toString()))),
            // The shipped "vip" at another's rank: well-formed, yet refused, so no variant adds a segment.
            body("SegmentInput", () -> new LinkedHashMap<>(Map.of("key", "vip", "names", Map.of("en", "VIP"), "rank", 2,
                    "colour", "#862e9c", "rule", Map.of("kind", "manual")))),
            // The shipped "lost" again: well-formed, yet refused, so no variant adds a stage.
            body("StageInput", () -> new LinkedHashMap<>(Map.of("key", "lost", "names", Map.of("en", "Lost"), "phase",
                    "lost", "position", 90))),
            // The fixture (a customer) to the stage it stands at: well-formed, yet refused, so no variant moves it.
            body("StageMoveInput", () -> new LinkedHashMap<>(Map.of("stageId", "57000000-0000-4000-8000-000000000008"))),
            body("HandoverCorrectionInput", () -> new LinkedHashMap<>(Map.of("successorId", "nobody-malformed",
                    "reason", "a wrong choice"))),
            // An e-mail logged on the fixture: valid variants add to its timeline, nothing else.
            body("ActivityInput", () -> new LinkedHashMap<>(Map.of("kind", "email"))),
            body("LetterHoldInput", () -> new LinkedHashMap<>(Map.of("reason", "told in person"))),
            body("PersonProfile", () -> new LinkedHashMap<>(Map.of("corporatePhone", "+40 21 300 1000"))),
            body("LetterTemplateInput", () -> new LinkedHashMap<>(Map.of("text", "{successor.name}\n\nDear {contact.name}"))),
            // The default rule: set again, it changes nothing.
            body("RoutingInput", () -> new LinkedHashMap<>(Map.of("rule", "round-robin"))),
            // Notices nobody has: marking them read changes nothing.
            body("NoticesRead", () -> new LinkedHashMap<>(Map.of("ids", List.of(UUID.randomUUID())))));

    private static Map.Entry<String, Supplier<Map<String, Object>>> body(String schema,
            Supplier<Map<String, Object>> valid) {
        return Map.entry(schema, valid);
    }
    private static final Map<String, Map<String, Object>> ITEMS = Map.of(
            "ContactChannel", Map.of("kind", "phone", "value", "+40721234567", "corporate", true));

    static BadRequest base(OpenAPI spec, MalformedRequestsTest.Fixture fixture, String path,
            PathItem.HttpMethod method, Operation operation) {
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (String name : List.of("id", "clientId", "partyId", "itemId", "position", "role", "key", "currency", "date",
                "team", "phase", "kind", "language")) {
            if (path.contains("{" + name + "}")) {
                pathValues.put(name, switch (name) {
                    case "id" -> path.startsWith("/api/v1/contacts") ? fixture.contactId()
                            : path.startsWith("/api/v1/users") ? "nobody-" + UUID.randomUUID()
                            : path.startsWith("/api/v1/handovers") || path.startsWith("/api/v1/orders")
                            || path.startsWith("/api/v1/segments") || path.startsWith("/api/v1/pipeline")
                            ? UUID.randomUUID().toString() : fixture.clientId();
                    case "clientId" -> fixture.clientId();
                    case "partyId", "itemId" -> UUID.randomUUID().toString();
                    case "position" -> "0";
                    case "role" -> "sales-manager";
                    case "currency" -> "CHF";
                    case "date" -> "2026-11-02";
                    case "team" -> "north";
                    case "phase" -> "sales";
                    // No such letter: a well-formed rewrite is answered 404 and changes no template.
                    case "kind" -> "no-such-letter";
                    case "language" -> "xx";
                    default -> "client.industry";
                });
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            headers.put("If-Match", "*");
        }
        String schemaName = null;
        Supplier<Map<String, Object>> body = null;
        if (operation.getRequestBody() != null) {
            Content content = operation.getRequestBody().getContent();
            String mediaType = content.keySet().iterator().next();
            headers.put("Content-Type", mediaType);
            schemaName = refName(content.get(mediaType).getSchema());
            body = BODIES.get(schemaName);
            if (body == null) {
                throw new IllegalStateException("No valid " + schemaName + " body for the negative test: add one");
            }
            if (schemaName.equals("AssignmentInput")) {
                body = () -> new LinkedHashMap<>(Map.of("clientIds", List.of(fixture.clientId()), "kind", "partner",
                        "userId", SARA));
            }
            if (schemaName.equals("OrderInput") && path.equals("/api/v1/orders")) {
                body = () -> new LinkedHashMap<>(Map.of("clientId", fixture.clientId(), "date", "2026-11-02",
                        "amount", 10, "currency", "EUR"));
            }
            if (schemaName.equals("FieldPolicyChange")) {
                body = () -> new LinkedHashMap<>(Map.of("level", fixture.policyLevel()));
            }
            if (method == PathItem.HttpMethod.PATCH) {
                body = LinkedHashMap::new;
            }
        }
        return new BadRequest(method.name(), path, pathValues, Map.of(), headers,
                body == null ? null : MalformedRequestsTest.json(body.get()), "base", false, null, schemaName, body);
    }

    BadRequest withToken(String value) {
        return new BadRequest(method, path, pathValues, query, headers, freshBody(), label, mustRefuse, value,
                bodySchema, validBody);
    }

    BadRequest withParameter(String in, String name, Mutations.Value value) {
        if (in.equals("header")) {
            return withHeader(name, String.valueOf(value.json()), freshBody(), "header " + name + "=" + value.label(),
                    value.mustRefuse());
        }
        Map<String, String> newPath = new LinkedHashMap<>(pathValues);
        Map<String, String> newQuery = new LinkedHashMap<>(query);
        (in.equals("path") ? newPath : newQuery).put(name, String.valueOf(value.json()));
        return new BadRequest(method, path, newPath, newQuery, headers, freshBody(), in + " " + name + "=" + value.label(),
                value.mustRefuse(), token, bodySchema, validBody);
    }

    /** Each field of the body (and of its list items) made bad in turn, then the body itself made bad. */
    List<BadRequest> bodyVariants(OpenAPI spec) {
        List<BadRequest> variants = new ArrayList<>();
        if (bodySchema == null) {
            return variants;
        }
        Schema<?> schema = spec.getComponents().getSchemas().get(bodySchema);
        schema.getProperties().forEach((String field, Schema property) -> {
            Schema<?> resolved = deref(spec, property);
            for (Mutations.Value value : Mutations.forField(resolved)) {
                Map<String, Object> body = validBody.get();
                body.put(field, value.json());
                variants.add(withBody(MalformedRequestsTest.json(body), field + "=" + value.label(), value.mustRefuse()));
            }
            Schema<?> items = resolved.getItems() == null ? null : resolved.getItems();
            String itemName = items == null ? null : refName(items);
            if (itemName != null && ITEMS.containsKey(itemName)) {
                Schema<?> itemSchema = spec.getComponents().getSchemas().get(itemName);
                itemSchema.getProperties().forEach((String itemField, Schema itemProperty) -> {
                    for (Mutations.Value value : Mutations.forField(deref(spec, itemProperty))) {
                        Map<String, Object> item = new LinkedHashMap<>(ITEMS.get(itemName));
                        item.put(itemField, value.json());
                        Map<String, Object> body = validBody.get();
                        body.put(field, List.of(item));
                        variants.add(withBody(MalformedRequestsTest.json(body), field + "[0]." + itemField + "="
                                + value.label(), value.mustRefuse()));
                    }
                });
            }
        });
        String valid = MalformedRequestsTest.json(validBody.get());
        String inner = valid.length() > 2 ? valid.substring(1, valid.length() - 1) : "";
        variants.add(withBody("{\"surplus\":1" + (inner.isEmpty() ? "" : "," + inner) + "}", "unknown field", true));
        variants.add(withBody(valid + " {}", "trailing data", true));
        variants.add(withBody(valid + " x", "trailing garbage", true));
        if (!inner.isEmpty()) {
            variants.add(withBody("{" + inner + "," + inner + "}", "duplicate keys", true));
        }
        variants.add(withBody("{\"a\":", "truncated", true));
        variants.add(withBody("[" + valid + "]", "array body", true));
        variants.add(withBody("\"text\"", "string body", true));
        variants.add(withBody("1e99999", "number body", true));
        variants.add(withBody("[".repeat(5000) + "]".repeat(5000), "deep nesting", true));
        variants.add(withBody("\u00ef\u00bb\u00bf" + valid, "mis-decoded BOM", true));
        variants.add(withHeader("Content-Type", null, valid, "no content type", true));
        variants.add(withHeader("Content-Type", "text/plain", valid, "text/plain", true));
        variants.add(withHeader("Content-Type", headers.get("Content-Type") + "; charset=ISO-8859-1", valid,
                "latin-1 charset", true));
        return variants;
    }

    /** Bad validators on PATCH and DELETE: missing, malformed, weak, stale. */
    List<BadRequest> validatorVariants() {
        List<BadRequest> variants = new ArrayList<>();
        if (!headers.containsKey("If-Match")) {
            return variants;
        }
        variants.add(withHeader("If-Match", null, freshBody(), "no If-Match", true));
        variants.add(withHeader("If-Match", "garbage", freshBody(), "If-Match garbage", true));
        variants.add(withHeader("If-Match", "W/\"0\"", freshBody(), "If-Match weak", true));
        variants.add(withHeader("If-Match", "\"999999\"", freshBody(), "If-Match stale", true));
        variants.add(withHeader("If-Match", "\"" + "9".repeat(4000) + "\"", freshBody(), "If-Match huge", true));
        return variants;
    }

    String uri() {
        String resolved = path;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
        }
        StringBuilder uri = new StringBuilder(resolved);
        char separator = '?';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = '&';
        }
        return uri.toString();
    }

    private BadRequest withBody(String raw, String what, boolean refuse) {
        return new BadRequest(method, path, pathValues, query, headers, raw, "body " + what, refuse, token,
                bodySchema, validBody);
    }

    private BadRequest withHeader(String name, String value, String raw, String what, boolean refuse) {
        Map<String, String> newHeaders = new LinkedHashMap<>(headers);
        if (value == null) {
            newHeaders.remove(name);
        } else {
            newHeaders.put(name, value);
        }
        return new BadRequest(method, path, pathValues, query, newHeaders, raw, what, refuse, token, bodySchema,
                validBody);
    }

    /** A base body is rebuilt for each request: a client name must not repeat the previous request's. */
    private String freshBody() {
        return label.equals("base") && validBody != null ? MalformedRequestsTest.json(validBody.get()) : body;
    }

    static Schema<?> deref(OpenAPI spec, Schema<?> schema) {
        String name = schema == null ? null : refName(schema);
        return name == null ? schema : spec.getComponents().getSchemas().get(name);
    }

    private static String refName(Schema<?> schema) {
        String ref = schema.get$ref();
        return ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    }
}
