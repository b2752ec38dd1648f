package app.relay.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every field of client data that field rules govern, with its key (`client.taxId`) and meaning.
 * Keys are `<entity>.<JSON property>` (for parties, `party.<kind>`; a handover item's write-up, `handover.*`);
 * the policy, redaction, write checks and the docs all use them.
 */
public final class FieldCatalog {
    /**
     * A governed field and, for relationship-sensitive ones, the guard that narrows it, and how it masks.
     */
    public record Field(String key, String description, Guard guard, Shape shape) {
        Field(String key, String description, Guard guard) {
            this(key, description, guard, Shape.VALUE);
        }

        /** Free text: masked whole (an address or a number written in it must not show), not as a value. */
        public boolean prose() {
            return shape == Shape.PROSE;
        }

        public String entity() {
            return key.substring(0, key.indexOf('.'));
        }

        public String property() {
            return key.substring(key.indexOf('.') + 1);
        }
    }

    /**
     * Narrows a field for people outside the client's inner circle (owner, co-owner, the head of sales
     * of its team, the director): to `cap`, for every client or only those in supervised segments (VIP, key).
     */
    public record Guard(AccessLevel cap, boolean topSegmentsOnly) {
    }

    /**
     * How a value masks: `VALUE` keeps its shape ("+7 *** 45 67"), `PROSE` only its first character, and a `CODE`
     * (a segment's key, a stage's id, a value made of parts) has no masked form at all: with four keys, a first
     * letter would tell it.
     */
    public enum Shape {
        VALUE, PROSE, CODE
    }

    private static final Guard PERSONAL = new Guard(AccessLevel.hidden, false);
    private static final Guard TOP_CLIENT_CHANNELS = new Guard(AccessLevel.masked, true);

    public static final List<Field> FIELDS = List.of(
            new Field("client.name", "Name of the company or person", null),
            new Field("client.taxId", "Tax identification number", null),
            new Field("client.kind", "Company or private person", null),
            new Field("client.industry", "Industry", null),
            new Field("client.country", "Country (ISO code)", null),
            new Field("client.region", "Region", null),
            new Field("client.city", "City", null),
            new Field("client.address", "Street address", null),
            new Field("client.website", "Web site", null),
            new Field("client.lifecycle", "Prospect, active, passive or lost", null),
            new Field("client.segment", "Segment (its key: vip, key, medium, outsider or one the company made)", null,
                    Shape.CODE),
            new Field("client.stageId", "Stage on the conveyor (and its phase); moved by the stage action", null,
                    Shape.CODE),
            new Field("client.qualification", "Money, Authority, Need found when qualifying a lead", null, Shape.CODE),
            new Field("client.nextStep", "The next step agreed, with its date", null, Shape.CODE),
            new Field("client.ownerId", "Owner (and ownerName)", null),
            new Field("client.coOwnerId", "Co-owner (and coOwnerName)", null),
            new Field("client.team", "Team", null),
            new Field("client.tags", "Tags", null),
            new Field("client.notes", "Internal notes", null, Shape.PROSE),
            new Field("client.attributes", "Custom attributes", null),
            new Field("client.revenue12m", "Revenue of the last 12 months, in the company's currency", null),
            new Field("client.overdueReceivables", "Unpaid orders past their due date, in the company's currency", null),
            new Field("contact.fullName", "Name of the contact person", null),
            new Field("contact.position", "Position", null),
            new Field("contact.functions", "What they do for the client (orders, pays, ...)", null),
            new Field("contact.channels", "Phones and e-mails", TOP_CLIENT_CHANNELS),
            new Field("contact.preferredChannel", "Preferred channel", null),
            new Field("contact.birthday", "Birthday (personal)", PERSONAL),
            new Field("contact.hobbies", "Hobbies (personal)", PERSONAL, Shape.PROSE),
            new Field("contact.familyNotes", "Family notes (personal)", PERSONAL, Shape.PROSE),
            new Field("contact.consent", "Consent to be contacted", null),
            new Field("contact.language", "The language letters are written in", null),
            new Field("order.amount", "An order's amount (and in the company's currency)", null),
            new Field("order.lines", "An order's lines: product, quantity, price", null),
            new Field("party.partner", "Partners: a second manager working the client, with duties", null),
            new Field("party.temporaryOwner", "Temporary owners (a vacation's stand-in, until a date)", null),
            new Field("party.executiveSponsor", "Executive sponsors (a director's own relationship)", null),
            new Field("party.successor", "Successors named in a handover", null),
            new Field("party.finder", "Who found the client (attribution; never gives sight)", null),
            new Field("party.qualifier", "Who qualified it and passed it to sales (attribution)", null),
            new Field("party.closer", "Who closed its first deal (attribution)", null),
            new Field("handover.stateOfWork", "A handover's state of the work with the client", null, Shape.PROSE),
            new Field("handover.urgentMatters", "A handover's urgent matters for the successor, with due dates", null, Shape.PROSE));

    private static final Map<String, Field> BY_KEY = new LinkedHashMap<>();

    static {
        FIELDS.forEach(f -> BY_KEY.put(f.key(), f));
    }

    /**
     * Fields Relay keeps from other records (a client's figures from its orders): read under their rules, never
     * written through the API, and no change of the client's history. A client with one order shows its amount as
     * its revenue: a rule hiding `order.amount` should hide these too.
     */
    public static final java.util.Set<String> DERIVED = java.util.Set.of("client.revenue12m",
            "client.overdueReceivables");

    /** Companion properties that follow a governed one (a hidden owner id hides the owner's name too). */
    public static final Map<String, String> COMPANIONS = Map.of("client.ownerId", "ownerName",
            "client.coOwnerId", "coOwnerName", "order.amount", "companyAmount", "client.stageId", "phase");

    private FieldCatalog() {
    }

    public static Field get(String key) {
        return BY_KEY.get(key);
    }

    public static boolean exists(String key) {
        return BY_KEY.containsKey(key);
    }

    /** Each entity's fields, from the list itself: an entity that gains fields is governed without more code. */
    private static final Map<String, List<Field>> BY_ENTITY = FIELDS.stream()
            .collect(java.util.stream.Collectors.groupingBy(Field::entity, LinkedHashMap::new,
                    java.util.stream.Collectors.toList()));

    public static List<Field> of(String entity) {
        return BY_ENTITY.getOrDefault(entity, List.of());
    }
}
