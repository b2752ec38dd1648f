package app.relay.letter;

import app.relay.common.SqlValues;
import app.relay.identity.Language;
import app.relay.outbox.Outbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Letters telling clients who their new manager is. Each client's decision makers and ordering contacts are
 * written to (every contact person when none is marked so), each in their own language. A letter that cannot
 * go — held by a supervisor, no consent, no e-mail, no contact person at all — is written all the same with
 * why, so that nobody is skipped silently. Queued letters leave through the outbox, in the caller's
 * transaction: they exist if and only if the handover completed.
 */
@ApplicationScoped
public class Letters {
    static final String MAIL_KIND = "mail.letter";
    private static final int CHUNK = 1_000;

    private final EntityManager em;
    private final LetterTemplates templates;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final String company;

    Letters(EntityManager em, LetterTemplates templates, Outbox outbox, ObjectMapper json,
            @ConfigProperty(name = "relay.company.name") String company) {
        this.em = em;
        this.templates = templates;
        this.outbox = outbox;
        this.json = json;
        this.company = company;
    }

    /** The letters these clients would receive, rendered, for a supervisor to read before completion. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<LetterView>> preview(List<LetterRequest> requests) {
        Map<UUID, List<LetterView>> byItem = new LinkedHashMap<>();
        for (Draft draft : drafts(requests)) {
            byItem.computeIfAbsent(draft.request().itemId(), k -> new ArrayList<>()).add(draft.view(null,
                    draft.state() == LetterState.queued ? LetterState.preview : draft.state()));
        }
        return byItem;
    }

    /** Writes each client's letters and queues those that can go; answers how many were queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int queue(List<LetterRequest> requests, String actor) {
        List<Draft> drafts = drafts(requests);
        List<String> queued = new ArrayList<>();
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            List<Draft> chunk = drafts.subList(from, Math.min(drafts.size(), from + CHUNK));
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (Draft draft : chunk) {
                UUID id = UUID.randomUUID();
                if (draft.state() == LetterState.queued) {
                    queued.add(id.toString());
                }
                LetterRequest request = draft.request();
                add(columns, "id", id.toString());
                add(columns, "handover_id", request.handoverId().toString());
                add(columns, "item_id", request.itemId().toString());
                add(columns, "client_id", request.clientId().toString());
                add(columns, "contact_id", draft.contactId() == null ? null : draft.contactId().toString());
                add(columns, "recipient_name", draft.recipientName());
                add(columns, "email", draft.email());
                add(columns, "reply_to", request.successor().email());
                add(columns, "language", draft.language().name());
                add(columns, "subject", draft.letter().subject());
                add(columns, "body", draft.letter().body());
                add(columns, "state", draft.state().name());
                add(columns, "reason", draft.reason());
            }
            var insert = em.createNativeQuery("insert into letter (id, handover_id, item_id, client_id, contact_id, "
                    + "recipient_name, email, reply_to, language, subject, body, state, reason, created_by) "
                    + "select cast(id as uuid), cast(handover_id as uuid), cast(item_id as uuid), cast(client_id as uuid), "
                    + "cast(contact_id as uuid), recipient_name, email, reply_to, language, subject, body, state, reason, "
                    + ":actor from unnest(cast(:id as text[]), cast(:handover_id as text[]), cast(:item_id as text[]), "
                    + "cast(:client_id as text[]), cast(:contact_id as text[]), cast(:recipient_name as text[]), "
                    + "cast(:email as text[]), cast(:reply_to as text[]), cast(:language as text[]), "
                    + "cast(:subject as text[]), cast(:body as text[]), cast(:state as text[]), cast(:reason as text[])) "
                    + "as t(id, handover_id, item_id, client_id, contact_id, recipient_name, email, reply_to, language, "
                    + "subject, body, state, reason)").setParameter("actor", actor);
            columns.forEach((column, values) -> insert.setParameter(column, SqlValues.textArray(values)));
            insert.executeUpdate();
        }
        outbox.enqueueAll(MAIL_KIND, queued);
        return queued.size();
    }

    /**
     * Stops the item's letters that have not gone yet (the sender skips a letter no longer queued); sent ones stay
     * as they were.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void supersede(UUID itemId) {
        stop(LetterState.superseded, "l.item_id = :item", "item", itemId, "Replaced by a letter naming another successor");
    }

    /** Stops every letter of the handover that has not gone yet (it was ended before they left), saying why. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int stopAll(UUID handoverId, String reason) {
        return stop(LetterState.stopped, "l.handover_id = :handover", "handover", handoverId, reason);
    }

    private int stop(LetterState state, String which, String parameter, UUID id, String reason) {
        return em.createNativeQuery("update letter l set state = :state, reason = :reason where " + which
                        + " and l.state = 'queued' and not exists (select 1 from outbox_message o where o.kind = :kind "
                        + "and o.subject = cast(l.id as text) and o.delivered_at is not null)")
                .setParameter(parameter, id).setParameter("kind", MAIL_KIND).setParameter("reason", reason)
                .setParameter("state", state.name()).executeUpdate();
    }

    /** The letters written for these handover items, with where each stands now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Map<UUID, List<LetterView>> ofItems(Collection<UUID> itemIds) {
        Map<UUID, List<LetterView>> byItem = new HashMap<>();
        if (itemIds.isEmpty()) {
            return byItem;
        }
        List<Object[]> rows = em.createNativeQuery("select l.id, l.item_id, l.client_id, l.contact_id, l.recipient_name, "
                        + "l.email, l.language, l.subject, l.body, l.state, l.reason, m.attempts, m.delivered_at, "
                        + "m.last_error, m.next_attempt_at, m.refused_at from letter l left join lateral (select * from outbox_message o "
                        + "where o.kind = :kind and o.subject = cast(l.id as text) order by o.id desc limit 1) m on true "
                        + "where l.item_id = any(cast(:items as uuid[])) order by l.item_id, l.created_at desc, l.recipient_name, l.id")
                .setParameter("kind", MAIL_KIND)
                .setParameter("items", SqlValues.textArray(itemIds.stream().map(UUID::toString).toList()))
                .getResultList();
        for (Object[] r : rows) {
            LetterState state = LetterState.valueOf((String) r[9]);
            String reason = (String) r[10];
            int attempts = r[11] == null ? 0 : ((Number) r[11]).intValue();
            if (state == LetterState.queued && r[12] != null) {
                state = LetterState.sent;
            } else if (state == LetterState.queued && r[13] != null) {
                state = LetterState.failed;
                reason = (String) r[13];
            }
            byItem.computeIfAbsent((UUID) r[1], k -> new ArrayList<>()).add(new LetterView((UUID) r[0], (UUID) r[2],
                    (UUID) r[3], (String) r[4], (String) r[5], Language.valueOf((String) r[6]), (String) r[7],
                    (String) r[8], state, reason, attempts, r[12] == null ? null : SqlValues.instant(r[12]),
                    state == LetterState.failed && r[14] != null && r[15] == null ? SqlValues.instant(r[14]) : null));
        }
        return byItem;
    }

    /** A letter before it is written: to whom, in which language, and whether it can go. */
    private record Draft(LetterRequest request, UUID contactId, String recipientName, String email, Language language,
            LetterTemplates.Rendered letter, LetterState state, String reason) {

        LetterView view(UUID id, LetterState shown) {
            return new LetterView(id, request.clientId(), contactId, recipientName, email, language, letter.subject(),
                    letter.body(), shown, reason, 0, null, null);
        }
    }

    private record Recipient(UUID id, UUID clientId, String name, List<String> functions, String email, boolean consent,
            Language language) {
    }

    private List<Draft> drafts(List<LetterRequest> requests) {
        Map<UUID, List<Recipient>> recipients = recipients(requests.stream().map(LetterRequest::clientId).toList());
        LetterTemplates.Current current = templates.current();
        List<Draft> drafts = new ArrayList<>();
        for (LetterRequest request : requests) {
            List<Recipient> people = recipients.getOrDefault(request.clientId(), List.of());
            if (people.isEmpty()) {
                Language language = request.clientLanguage();
                drafts.add(new Draft(request, null, null, null, language, render(current, request, null, language),
                        LetterState.no_channel, "The client has no contact person"));
                continue;
            }
            for (Recipient person : people) {
                LetterState state = LetterState.queued;
                String reason = null;
                if (request.holdReason() != null) {
                    state = LetterState.held;
                    reason = request.holdReason();
                } else if (!person.consent()) {
                    state = LetterState.no_consent;
                    reason = "No consent to be contacted";
                } else if (person.email() == null) {
                    state = LetterState.no_channel;
                    reason = "No e-mail address";
                }
                drafts.add(new Draft(request, person.id(), person.name(), person.email(), person.language(),
                        render(current, request, person.name(), person.language()), state, reason));
            }
        }
        return drafts;
    }

    private LetterTemplates.Rendered render(LetterTemplates.Current current, LetterRequest request, String contactName,
            Language language) {
        Map<String, Object> data = new HashMap<>();
        data.put("client", Map.of("name", request.clientName()));
        data.put("contact", Map.of("name", contactName == null ? request.clientName() : contactName));
        data.put("previous", Map.of("name", request.previousName()));
        Map<String, Object> successor = new HashMap<>();
        successor.put("name", request.successor().name());
        successor.put("phone", request.successor().phone());
        successor.put("email", request.successor().email());
        data.put("successor", successor);
        data.put("effectiveDate", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag(language.name())).format(request.effectiveDate()));
        data.put("company", company);
        if (request.duties() != null) {
            data.put("duties", request.duties());
        }
        return current.render(request.kind(), language, data);
    }

    /** Each client's decision makers and ordering contacts, or all its contact persons when none is marked so. */
    @SuppressWarnings("unchecked")
    private Map<UUID, List<Recipient>> recipients(List<UUID> clientIds) {
        Map<UUID, List<Recipient>> all = new HashMap<>();
        for (int from = 0; from < clientIds.size(); from += CHUNK) {
            List<String> chunk = clientIds.subList(from, Math.min(clientIds.size(), from + CHUNK)).stream()
                    .map(UUID::toString).toList();
            List<Object[]> rows = em.createNativeQuery("select id, client_id, full_name, functions, cast(channels as text), "
                            + "consent, language from contact where client_id = any(cast(:clients as uuid[])) "
                            + "and deleted_at is null order by client_id, full_name, id")
                    .setParameter("clients", SqlValues.textArray(chunk)).getResultList();
            for (Object[] r : rows) {
                all.computeIfAbsent((UUID) r[1], k -> new ArrayList<>()).add(new Recipient((UUID) r[0], (UUID) r[1],
                        (String) r[2], functions(r[3]), email((String) r[4]), Boolean.TRUE.equals(r[5]),
                        Language.valueOf((String) r[6])));
            }
        }
        all.replaceAll((client, people) -> {
            List<Recipient> marked = people.stream().filter(p -> p.functions().contains("decision_maker")
                    || p.functions().contains("orders")).toList();
            return marked.isEmpty() ? people : marked;
        });
        return all;
    }

    private static List<String> functions(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof Object[] array) {
            return java.util.Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.of();
    }

    /** The contact's e-mail, a corporate one first. */
    private String email(String channels) {
        try {
            String personal = null;
            for (JsonNode channel : json.readTree(channels == null ? "[]" : channels)) {
                if ("email".equals(channel.path("kind").asText())) {
                    if (channel.path("corporate").asBoolean(false)) {
                        return channel.path("value").asText();
                    }
                    personal = personal == null ? channel.path("value").asText() : personal;
                }
            }
            return personal;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(Map<String, List<String>> columns, String column, String value) {
        columns.computeIfAbsent(column, k -> new ArrayList<>()).add(value);
    }
}
