package app.relay.demo;

import app.relay.demo.DemoNames.Market;
import app.relay.demo.DemoUsers.Person;
import app.relay.identity.Language;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Generates the demo base deterministically: the same seed always gives the same clients and contacts. */
final class DemoBase {
    record ClientRow(UUID id, String name, String taxId, String kind, String industry, String country, String region,
            String city, String address, String website, String lifecycle, String segment, String ownerId,
            String coOwnerId, String team, List<String> tags, String notes, String attributesJson, Instant createdAt,
            Instant updatedAt, String actor, String stageKey, String qualificationJson, String nextStepJson) {
    }

    /** Where a prospect stands on the conveyor: with a sales manager, somewhere in sales, else still a lead. */
    private static final String[] SALES_STAGES = {"qualified", "meeting-agreed", "proposal", "agreed-to-sign"};
    private static final String[] NEXT_STEPS = {"Call to agree a first meeting", "Send the price list",
        "Visit the warehouse", "Send the contract draft", "Call back after their board meets"};
    private static final String[] NEEDS = {"cold storage for three shops", "weekly deliveries to two sites",
        "a second supplier for the season", "bottling for export"};

    record ContactRow(UUID id, UUID clientId, String fullName, String position, List<String> functions,
            String channelsJson, String preferredChannel, LocalDate birthday, String hobbies, String familyNotes,
            boolean consent, Instant createdAt, String actor, String language) {
    }

    private static final List<String> FUNCTIONS = List.of("decision_maker", "orders", "receives_goods", "documents", "pays");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    final List<ClientRow> clients = new ArrayList<>();
    final List<ContactRow> contacts = new ArrayList<>();
    private final Random random = new Random(20261123L);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final Set<String> names = new HashSet<>();

    DemoBase generate(int clientCount) {
        for (int i = 0; i < clientCount; i++) {
            boolean north = i % 2 == 0;
            Market market = north ? (i % 6 == 4 ? DemoNames.MOLDOVA : DemoNames.ROMANIA)
                    : (i % 6 == 5 ? DemoNames.RUSSIA : DemoNames.SPAIN);
            if (i % 10 == 9) {
                market = north ? DemoNames.RUSSIA : DemoNames.ROMANIA;
            }
            addClient(market, north ? "north" : "south", i);
        }
        return this;
    }

    private void addClient(Market market, String team, int index) {
        String lifecycle = pickWeighted(new String[] {"prospect", "active", "passive", "lost"}, new int[] {25, 50, 15, 10});
        Person owner = owner(team, lifecycle, index);
        String segment = lifecycle.equals("prospect") && random.nextInt(4) > 0 ? null
                : pickWeighted(new String[] {"vip", "key", "medium", "outsider"}, new int[] {5, 15, 40, 40});
        String[] place = pick(market.places());
        boolean person = random.nextInt(25) == 0;
        String name = person ? personName(market) : companyName(market);
        Instant created = now.minus(30 + random.nextInt(3 * 365), ChronoUnit.DAYS);
        Instant updated = created.plus(random.nextInt((int) ChronoUnit.DAYS.between(created, now)), ChronoUnit.DAYS);
        String domain = slug(name) + "." + market.webDomain();
        UUID id = uuid();
        String coOwner = team.equals("north") && owner == DemoUsers.SAM && random.nextInt(4) == 0
                ? DemoUsers.ALEX.id() : null;
        String actor = owner == null ? (team.equals("north") ? DemoUsers.HUGO.id() : DemoUsers.HANA.id()) : owner.id();
        clients.add(new ClientRow(id, name, taxId(market), person ? "person" : "company", pick(DemoNames.INDUSTRIES),
                market.country(), place[0], place[1], "str. " + (1 + random.nextInt(120)) + ", " + place[1],
                person ? null : domain, lifecycle, segment, owner == null ? null : owner.id(), coOwner, team,
                tags(), random.nextInt(3) == 0 ? "Prefers deliveries on Tuesdays; invoice in local currency." : null,
                random.nextInt(3) == 0 ? "{\"paymentTermsDays\": " + (15 * (1 + random.nextInt(4))) + "}" : "{}",
                created, updated, actor, stageKey(lifecycle, owner, index),
                lifecycle.equals("prospect") && salesManager(owner) ? qualification(index) : null,
                lifecycle.equals("prospect") ? nextStep(index) : null));
        int contactCount = random.nextInt(100) < 15 ? 1 : 2 + random.nextInt(4);
        for (int c = 0; c < contactCount; c++) {
            addContact(market, id, domain, created, actor, c == 0);
        }
    }

    /** Null lets the database put a client at its lifecycle's first stage. */
    private static String stageKey(String lifecycle, Person owner, int index) {
        if (!lifecycle.equals("prospect")) {
            return null;
        }
        // Each team's clients take every other index: halved, the stages spread over both teams alike.
        if (salesManager(owner)) {
            return SALES_STAGES[(index / 2) % SALES_STAGES.length];
        }
        return (index / 2) % 2 == 0 ? "contacted" : null;
    }

    private static boolean salesManager(Person owner) {
        return owner == DemoUsers.SAM || owner == DemoUsers.SARA || owner == DemoUsers.SID || owner == DemoUsers.HANA;
    }

    private static String qualification(int index) {
        return "{\"money\": \"budget of " + (10 + index % 40) + "k EUR a year\", \"authority\": \"the owner signs\", "
                + "\"need\": \"" + NEEDS[index % NEEDS.length] + "\"}";
    }

    private String nextStep(int index) {
        LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(index % 14);
        return "{\"text\": \"" + NEXT_STEPS[index % NEXT_STEPS.length] + "\", \"due\": \"" + due + "\"}";
    }

    private Person owner(String team, String lifecycle, int index) {
        if (team.equals("south")) {
            return index % 7 == 1 ? DemoUsers.HANA : DemoUsers.SID;
        }
        // The lead pool, and no account manager holds a lead: north's leads wait for a lead generator or are sales'.
        if (lifecycle.equals("prospect") && (index % 3 == 0 || index % 5 == 1 || index % 5 == 3)) {
            return null;
        }
        return switch (index % 5) {
            case 0, 2 -> DemoUsers.SAM;
            case 4 -> DemoUsers.SARA;
            default -> DemoUsers.ALEX;
        };
    }

    private void addContact(Market market, UUID clientId, String domain, Instant created, String actor, boolean first) {
        String first1 = pick(market.firstNames());
        String last = pick(market.lastNames());
        List<String> functions = new ArrayList<>();
        if (first) {
            functions.add("decision_maker");
        }
        for (String f : FUNCTIONS) {
            if (!functions.contains(f) && random.nextInt(4) == 0) {
                functions.add(f);
            }
        }
        boolean personal = random.nextInt(5) == 0;
        String login = slug(first1).substring(0, 1) + "." + slug(last);
        String email = personal ? login + random.nextInt(100) + "@" + pick(market.personalMailDomains()) : login + "@" + domain;
        String channels = "[{\"kind\":\"phone\",\"value\":\"" + mobile(market) + "\",\"corporate\":" + !personal
                + ",\"label\":\"mobile\"},{\"kind\":\"email\",\"value\":\"" + email + "\",\"corporate\":" + !personal + "}]";
        contacts.add(new ContactRow(uuid(), clientId, first1 + " " + last, pick(market.positions()), functions, channels,
                random.nextBoolean() ? "phone" : "email",
                random.nextInt(10) < 6 ? LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)) : null,
                random.nextInt(10) < 3 ? pick(DemoNames.HOBBIES) : null,
                random.nextInt(10) < 3 ? pick(DemoNames.FAMILY) : null,
                random.nextInt(10) > 0, created.plus(random.nextInt(20), ChronoUnit.DAYS), actor,
                Language.ofCountry(market.country()).name()));
    }

    private String companyName(Market market) {
        for (int attempt = 0; ; attempt++) {
            String prefix = pick(market.prefixes());
            String core = pick(market.roots()) + " " + pick(market.suffixes());
            String name = switch (market.country()) {
                case "RO" -> (prefix.isEmpty() ? "" : prefix + " ") + core + " SRL";
                case "MD" -> core + " " + prefix;
                case "RU" -> prefix + " «" + core + "»";
                default -> (prefix.isEmpty() ? "" : prefix + " ") + core + (random.nextBoolean() ? " S.L." : " S.A.");
            };
            if (attempt > 5) {
                name = name + " " + (attempt - 4);
            }
            if (names.add(name)) {
                return name.trim();
            }
        }
    }

    private String personName(Market market) {
        String name = pick(market.firstNames()) + " " + pick(market.lastNames());
        return names.add(name) ? name : companyName(market);
    }

    private String taxId(Market market) {
        return switch (market.country()) {
            case "RO" -> "RO" + (10_000_000 + random.nextInt(89_999_999));
            case "MD" -> "100" + String.format("%010d", (long) (random.nextDouble() * 9_999_999_999L));
            case "RU" -> String.format("%010d", (long) (random.nextDouble() * 9_999_999_999L));
            default -> "B" + (10_000_000 + random.nextInt(89_999_999));
        };
    }

    /** A valid mobile number of the market, in E.164. */
    private String mobile(Market market) {
        while (true) {
            StringBuilder number = new StringBuilder(market.mobilePrefix());
            for (int d = 0; d < market.mobileDigits(); d++) {
                number.append(random.nextInt(10));
            }
            try {
                if (PHONES.isValidNumber(PHONES.parse(number.toString(), market.country()))) {
                    return number.toString();
                }
            } catch (com.google.i18n.phonenumbers.NumberParseException e) {
                // try another
            }
        }
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String tag = pick(DemoNames.TAGS);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private String pickWeighted(String[] values, int[] weights) {
        int roll = random.nextInt(100);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** ASCII slug for domains and e-mail logins, transliterating Cyrillic. */
    static String slug(String text) {
        String cyr = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
        String[] lat = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"};
        StringBuilder out = new StringBuilder();
        String folded = java.text.Normalizer.normalize(text.toLowerCase(), java.text.Normalizer.Form.NFD);
        for (char ch : folded.toCharArray()) {
            int c = cyr.indexOf(ch);
            if (c >= 0) {
                out.append(lat[c]);
            } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                out.append(ch);
            }
        }
        return out.isEmpty() ? "client" : out.length() > 24 ? out.substring(0, 24) : out.toString();
    }
}
