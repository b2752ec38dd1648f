package app.relay.handover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a successor's first contact with each handed-over client is due: a number of working days after the
 * completion, by the client's segment (`relay.handover.first-contact-days`, e.g. `vip:2,key:5,*:10`), counted on
 * the company's working days (`relay.company.working-days`). A wrong setting stops Relay at start, naming it.
 */
@ApplicationScoped
@Startup
public class FirstContactDeadlines {
    static final String OTHERS = "*";

    private final Map<String, Integer> days;
    private final Set<DayOfWeek> working;
    private final EntityManager em;
    private final ObjectMapper json;

    FirstContactDeadlines(@ConfigProperty(name = "relay.handover.first-contact-days") String days,
            @ConfigProperty(name = "relay.company.working-days") List<String> working, EntityManager em,
            ObjectMapper json) {
        this.days = parseDays(days);
        this.working = parseWorkingDays(working);
        this.em = em;
        this.json = json;
    }

    /** The day `count` working days after `from` (the day itself not counted). */
    public static LocalDate addWorkingDays(LocalDate from, int count, Set<DayOfWeek> working) {
        LocalDate day = from;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (working.contains(day.getDayOfWeek())) {
                left--;
            }
        }
        return day;
    }

    /** Sets every item's first-contact deadline, counted from the completion day; in the caller's transaction. */
    void set(UUID handoverId, LocalDate completedOn) {
        set(handoverId, null, completedOn);
    }

    /**
     * Starts one item's first contact again from `from` (its successor was corrected: the new one has the full time,
     * and what the first one did no longer counts).
     */
    void restart(UUID handoverId, UUID itemId, LocalDate from) {
        em.createNativeQuery("update handover_item set first_contact_at = null, first_contact_activity_id = null, "
                + "first_contact_missed_at = null where id = :item").setParameter("item", itemId).executeUpdate();
        // (first_contact_from moves to now with the new deadline below: the first successor's calls no longer count.)
        set(handoverId, itemId, from);
    }

    private void set(UUID handoverId, UUID itemId, LocalDate completedOn) {
        Map<String, String> dues = new HashMap<>();
        days.forEach((segment, count) -> dues.put(segment, addWorkingDays(completedOn, count, working).toString()));
        String duesJson;
        try {
            duesJson = json.writeValueAsString(dues);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var update = em.createNativeQuery("update handover_item i set first_contact_from = now(), "
                        + "first_contact_due = cast(coalesce(cast(:dues as jsonb) ->> c.segment, "
                        + "cast(:dues as jsonb) ->> '*') as date) from client c where c.id = i.client_id "
                        + "and i.handover_id = :handover" + (itemId == null ? "" : " and i.id = :item"))
                .setParameter("dues", duesJson).setParameter("handover", handoverId);
        if (itemId != null) {
            update.setParameter("item", itemId);
        }
        update.executeUpdate();
    }

    static Map<String, Integer> parseDays(String text) {
        Map<String, Integer> parsed = new HashMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.strip().split(":");
            int count;
            try {
                count = pair.length == 2 ? Integer.parseInt(pair[1].strip()) : -1;
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > 60 || pair[0].isBlank()) {
                throw new IllegalArgumentException("relay.handover.first-contact-days (RELAY_FIRST_CONTACT_DAYS): '"
                        + part.strip() + "' is not segment:days with 1 to 60 days, e.g. vip:2,key:5,*:10");
            }
            parsed.put(pair[0].strip(), count);
        }
        if (!parsed.containsKey(OTHERS)) {
            throw new IllegalArgumentException("relay.handover.first-contact-days (RELAY_FIRST_CONTACT_DAYS) needs "
                    + "'*:days' for every other segment, e.g. vip:2,key:5,*:10");
        }
        return parsed;
    }

    static Set<DayOfWeek> parseWorkingDays(List<String> names) {
        Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String code = name.strip().toUpperCase(Locale.ROOT);
            DayOfWeek day = EnumSet.allOf(DayOfWeek.class).stream()
                    .filter(d -> d.name().startsWith(code) && code.length() >= 3).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("relay.company.working-days (RELAY_WORKING_DAYS): '"
                            + name + "' is not a day of the week, e.g. MON,TUE,WED,THU,FRI"));
            parsed.add(day);
        }
        if (parsed.isEmpty()) {
            throw new IllegalArgumentException("relay.company.working-days (RELAY_WORKING_DAYS) names no day");
        }
        return parsed;
    }
}
