package app.relay.handover;

import app.relay.common.CompanyCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * When a successor's first contact with each handed-over client is due: a number of working days after the
 * completion, kept on the client's segment (`segment.first_contact_days`; none, or a client without a segment: the
 * company's default, `relay.handover.first-contact-days`), counted on the company's calendar ({@link CompanyCalendar}).
 * A wrong default stops Relay at start, naming it.
 */
@ApplicationScoped
@Startup
public class FirstContactDeadlines {
    static final String OTHERS = "*";
    private static final Logger LOG = Logger.getLogger(FirstContactDeadlines.class);

    private final int otherDays;
    private final CompanyCalendar calendar;
    private final EntityManager em;
    private final ObjectMapper json;

    FirstContactDeadlines(@ConfigProperty(name = "relay.handover.first-contact-days") String otherDays,
            CompanyCalendar calendar, EntityManager em, ObjectMapper json) {
        this.otherDays = parseDays(otherDays);
        this.calendar = calendar;
        this.em = em;
        this.json = json;
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
                + "first_contact_missed_at = null, first_contact_due = null where id = :item").setParameter("item", itemId).executeUpdate();
        // (first_contact_from moves to now with the new deadline below: the first successor's calls no longer count.)
        set(handoverId, itemId, from);
    }

    private void set(UUID handoverId, UUID itemId, LocalDate completedOn) {
        Map<String, String> dues = new HashMap<>();
        dues.put(OTHERS, calendar.addWorkingDays(completedOn, otherDays).toString());
        for (Object[] segment : segmentDays()) {
            dues.put((String) segment[0], calendar.addWorkingDays(completedOn, ((Number) segment[1]).intValue()).toString());
        }
        String duesJson;
        try {
            duesJson = json.writeValueAsString(dues);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var update = em.createNativeQuery("update handover_item i set first_contact_from = now(), "
                        + "first_contact_due = cast(coalesce(cast(:dues as jsonb) ->> c.segment, "
                        + "cast(:dues as jsonb) ->> '*') as date) from client c where c.id = i.client_id "
                        // A client given elsewhere before the completion is not the successor's to reach.
                        + "and " + HandoverCompletion.SUCCESSOR_STANDS + " "
                        + "and i.handover_id = :handover" + (itemId == null ? "" : " and i.id = :item"))
                .setParameter("dues", duesJson).setParameter("handover", handoverId);
        if (itemId != null) {
            update.setParameter("item", itemId);
        }
        update.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> segmentDays() {
        return em.createNativeQuery("select key, first_contact_days from segment "
                + "where deleted_at is null and first_contact_days is not null").getResultList();
    }

    static int parseDays(String text) {
        if (text.contains(":")) {
            // The former format, days by segment key (vip:2,key:5,*:10): its `*` is the default; the others now live
            // on the segments (V37 gave VIP 2 and key 5).
            for (String part : text.split(",")) {
                String[] pair = part.strip().split(":");
                if (pair.length == 2 && pair[0].strip().equals(OTHERS)) {
                    LOG.warnf("RELAY_FIRST_CONTACT_DAYS=%s: the days of each segment are now set on the segment "
                            + "(Segments page); only %s, for segments without their own, is read from here", text,
                            pair[1].strip());
                    return parseDays(pair[1]);
                }
            }
        }
        try {
            int days = Integer.parseInt(text.strip());
            if (days >= 1 && days <= 60) {
                return days;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("relay.handover.first-contact-days (RELAY_FIRST_CONTACT_DAYS): '" + text
                + "' is not a number of working days from 1 to 60; the days of each segment are kept on the segment");
    }
}
