package app.relay.handover;

import app.relay.access.AccessLevel;
import app.relay.access.ClientHolders;
import app.relay.access.FieldAccess;
import app.relay.access.FieldRedactor;
import app.relay.access.PartyKind;
import app.relay.access.RowScope;
import app.relay.access.SegmentCatalog;
import app.relay.access.SqlPredicate;
import app.relay.access.StandingParties;
import app.relay.client.Client;
import app.relay.client.ClientInScope;
import app.relay.client.ClientSearch;
import app.relay.client.ClientViews;
import app.relay.common.Clock;
import app.relay.common.Cursor;
import app.relay.common.Cursors;
import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import app.relay.letter.LetterView;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/** The items of a handover: drawn up from the leaver's clients, split among successors, written up. */
@RequestScoped
public class HandoverItems {
    static final int PAGE = 50;
    static final int MAX_PAGE = 500;

    /**
     * The leaver's clients: live ones they stand at in a kind that gives sight (not as a named successor), or are to
     * stand at (a cover still to come passes to their successor too).
     */
    private static final String LEAVER_CLIENTS = "from party p join client c on c.id = p.client_id "
            + "where p.user_id = :leaver and p.deleted_at is null "
            + "and (p.valid_to is null or p.valid_to > now()) and p.kind in (" + PartyKind.allSightKindsSql() + ") and c.deleted_at is null";

    private final EntityManager em;
    private final HandoverAccess access;
    private final ClientHolders holders;
    private final UserDirectory directory;
    private final RowScope scope;
    private final FieldAccess fields;
    private final ClientSearch clients;
    private final ClientViews views;
    private final StandingParties parties;
    private final FieldRedactor redactor;
    private final Cursors cursors;
    private final Inputs inputs;
    private final ObjectMapper json;
    private final SegmentCatalog segments;
    private final HandoverLetters letters;

    HandoverItems(EntityManager em, HandoverAccess access, ClientHolders holders, UserDirectory directory,
            RowScope scope, FieldAccess fields, ClientSearch clients, ClientViews views, StandingParties parties,
            FieldRedactor redactor, Cursors cursors, Inputs inputs, ObjectMapper json, SegmentCatalog segments,
            HandoverLetters letters) {
        this.letters = letters;
        this.em = em;
        this.access = access;
        this.holders = holders;
        this.directory = directory;
        this.scope = scope;
        this.fields = fields;
        this.clients = clients;
        this.views = views;
        this.parties = parties;
        this.redactor = redactor;
        this.cursors = cursors;
        this.inputs = inputs;
        this.json = json;
        this.segments = segments;
    }

    /**
     * One item per client the leaver stands at that has none yet (all of them for a new handover, the ones
     * that came to the leaver since for an open one), then a suggested successor for each. Returns how many.
     */
    int drawUp(Handover handover) {
        int added = em.createNativeQuery("insert into handover_item (id, handover_id, client_id, kinds, created_at, "
                        + "created_by, updated_at, updated_by) select gen_random_uuid(), :handover, p.client_id, "
                        + "array_agg(distinct p.kind order by p.kind), now(), :actor, now(), :actor " + LEAVER_CLIENTS
                        + " group by p.client_id on conflict (handover_id, client_id) do nothing")
                .setParameter("handover", handover.id).setParameter("leaver", handover.userId)
                .setParameter("actor", access.callerId()).executeUpdate();
        if (added > 0) {
            suggest(handover);
        }
        return added;
    }

    /** Clients the leaver stands at that the handover does not cover: nobody may be skipped. */
    long uncovered(Handover handover) {
        // A set difference, not `not exists`: right after clients were assigned to the leaver the statistics expect
        // none, and the planner then compared every pair (50 million for 10,000 clients).
        return ((Number) em.createNativeQuery("select count(*) from (select p.client_id " + LEAVER_CLIENTS
                        + " except select i.client_id from handover_item i where i.handover_id = :handover) uncovered")
                .setParameter("leaver", handover.userId).setParameter("handover", handover.id)
                .getSingleResult()).longValue();
    }

    /** Suggests a successor for every item without a suggestion, from the leaver's teams (see SuccessorSplit). */
    @SuppressWarnings("unchecked")
    private void suggest(Handover handover) {
        List<Object[]> rows = em.createNativeQuery("select i.id, c.segment, "
                        + "array(select p.user_id from party p where p.client_id = c.id and p.user_id <> :leaver "
                        + "and p.deleted_at is null and p.valid_from <= now() and (p.valid_to is null or p.valid_to > now()) "
                        + "and p.kind in (" + PartyKind.allSightKindsSql() + ")) "
                        + "from handover_item i join client c on c.id = i.client_id "
                        + "where i.handover_id = :handover and i.suggested_successor_id is null")
                .setParameter("handover", handover.id).setParameter("leaver", handover.userId).getResultList();
        List<SuccessorSplit.Client> toPlace = rows.stream().map(row -> new SuccessorSplit.Client((UUID) row[0],
                (String) row[1], new HashSet<>(Arrays.asList((String[]) row[2])))).toList();
        Map<UUID, String> chosen = SuccessorSplit.suggest(toPlace, candidates(handover.userId),
                segments.all().stream().map(SegmentCatalog.Entry::key).toList());
        if (chosen.isEmpty()) {
            return;
        }
        em.createNativeQuery("update handover_item i set suggested_successor_id = v.successor "
                        + "from jsonb_each_text(cast(:chosen as jsonb)) v(item, successor) where i.id = cast(v.item as uuid)")
                .setParameter("chosen", write(chosen)).executeUpdate();
    }

    /** Who may take the leaver's clients over: active holders of the leaver's teams, by id for a stable split. */
    private List<String> candidates(String leaverId) {
        AppUser leaver = directory.find(leaverId);
        List<String> teams = leaver == null || leaver.teams == null ? List.of() : leaver.teams;
        return holders.candidates(PartyKind.OWNER, false).stream()
                .filter(person -> !person.id.equals(leaverId))
                .filter(person -> teams.isEmpty() || person.teams != null && person.teams.stream().anyMatch(teams::contains))
                .map(person -> person.id).sorted().toList();
    }

    /** One page of items, each with its client as the reader may see it, by client name. */
    @SuppressWarnings("unchecked")
    HandoverItemView.Page page(Handover handover, String cursorToken, int limit) {
        // Ordered by name only for readers of names: an order tells the values it sorts by.
        boolean byName = fields.baseLevel("client.name").atLeast(AccessLevel.read);
        String key = byName ? "c.name" : "cast(i.id as text)";
        SqlPredicate visible = scope.visibleClients("c");
        Cursor after = cursors.open(cursorToken);
        Query query = em.createNativeQuery("select i.* from handover_item i join client c on c.id = i.client_id "
                + "where i.handover_id = :handover and " + visible.sql()
                + (after == null ? "" : " and (" + key + ", i.id) > (:ck, :cid)")
                + " order by " + key + ", i.id limit " + (limit + 1), HandoverItem.class);
        query.setParameter("handover", handover.id);
        visible.params().forEach(query::setParameter);
        if (after != null) {
            query.setParameter("ck", after.key());
            query.setParameter("cid", after.id());
        }
        List<HandoverItem> found = new ArrayList<>(query.getResultList());
        String next = null;
        if (found.size() > limit) {
            found = found.subList(0, limit);
            HandoverItem last = found.get(limit - 1);
            Client client = em.find(Client.class, last.clientId);
            next = cursors.seal(new Cursor(byName ? client.name : last.id.toString(), last.id));
        }
        return new HandoverItemView.Page(views(found), next);
    }

    HandoverItemView view(HandoverItem item) {
        return views(List.of(item)).get(0);
    }

    /**
     * Items as the reader may see them, in three statements however many: their clients (under the row scope
     * and field rules), the people named, and the write-up under the `handover.*` field rules of each client.
     */
    List<HandoverItemView> views(List<HandoverItem> items) {
        Map<UUID, ClientInScope> shown = new HashMap<>();
        views.inScope(clients.visibleAmong(items.stream().map(item -> item.clientId).toList()))
                .forEach(client -> shown.put(client.view().id(), client));
        Map<String, String> names = directory.namesOf(items.stream()
                .flatMap(item -> Stream.of(item.successorId, item.suggestedSuccessorId, item.holderId))
                .filter(Objects::nonNull).distinct().toList());
        Map<UUID, List<LetterView>> written = items.isEmpty() ? Map.of()
                : letters.of(em.find(Handover.class, items.get(0).handoverId), items);
        boolean runs = !items.isEmpty() && letters.runs(em.find(Handover.class, items.get(0).handoverId));
        return items.stream().map(item -> view(item, shown.get(item.clientId), names, written.get(item.id), runs))
                .toList();
    }

    private HandoverItemView view(HandoverItem item, ClientInScope client, Map<String, String> names,
            List<LetterView> written, boolean runs) {
        HandoverItemView view = new HandoverItemView(item.id, item.handoverId, item.clientId,
                client == null ? null : client.view().name(), client == null ? null : client.view(), item.kinds,
                item.holderId, names.get(item.holderId), item.suggestedSuccessorId, names.get(item.suggestedSuccessorId), item.successorId,
                names.get(item.successorId), item.stateOfWork, item.urgentMatters, item.reviewedAt != null,
                item.reviewedAt, item.reviewedBy, item.acknowledgedAt,
                runs ? item.letterHoldReason : null,
                client == null ? List.of() : letters.shown(written, client.context(), runs), item.version, List.of());
        // A client the reader cannot open tells nothing of its write-up either.
        return client == null ? view.withheld() : redactor.redact(view, "handover", client.context());
    }

    /** Changes one item by merge patch: the write-up by the leaver or a supervisor, the successor by a supervisor. */
    HandoverItemView patch(Handover handover, UUID itemId, String ifMatch, JsonNode patch) {
        HandoverItem item = require(handover, itemId);
        access.requireItemWriter(handover);
        if (handover.kind == HandoverKind.rotation && !access.runs(handover) && !access.callerId().equals(item.holderId)) {
            throw ProblemException.forbidden("A rotation's managers write up their own clients");
        }
        Client client = clients.visible(item.clientId);
        if (client == null) {
            throw ProblemException.notFound("Handover item"); // a client outside the writer's row scope
        }
        ETags.requireCurrent(ifMatch, item.version);
        if (client.isDeleted()) {
            throw new ProblemException(ProblemType.CONFLICT, "The client of this item has been deleted since the "
                    + "handover was drawn up; a supervisor may restore it, and it moves with the handover either way");
        }
        HandoverItemInput current = new HandoverItemInput(item.successorId, item.stateOfWork, item.urgentMatters,
                item.reviewedAt != null);
        HandoverItemInput changed = inputs.patch(current, patch);
        List<String> written = new ArrayList<>();
        if (!Objects.equals(blankToNull(changed.stateOfWork()), item.stateOfWork)) {
            written.add("stateOfWork");
        }
        if (!Objects.equals(orEmpty(changed.urgentMatters()), item.urgentMatters)) {
            written.add("urgentMatters");
        }
        fields.checkWritable("handover", written, client.accessContext(parties.of(client.id)));
        String actor = access.callerId();
        if (!Objects.equals(changed.successorId(), item.successorId)) {
            access.requireManager(handover);
            if (changed.successorId() == null && handover.state != HandoverState.draft) {
                throw ProblemException.invalid("successorId", "a submitted handover keeps a successor on every item");
            }
            if (changed.successorId() != null) {
                requireSuccessor("successorId", changed.successorId(), handover,
                        client.lifecycle == app.relay.client.Lifecycle.prospect, item.kinds);
            }
            item.successorId = changed.successorId();
        }
        item.stateOfWork = blankToNull(changed.stateOfWork());
        item.urgentMatters = orEmpty(changed.urgentMatters());
        boolean reviewed = Boolean.TRUE.equals(changed.reviewed());
        if (reviewed != (item.reviewedAt != null)) {
            item.reviewedAt = reviewed ? Clock.now() : null;
            item.reviewedBy = reviewed ? actor : null;
        }
        item.touch(actor);
        em.flush();
        return view(item);
    }

    /** Gives many items a successor at once: one person for the listed items, or each its suggestion. */
    @SuppressWarnings("unchecked")
    int assign(Handover handover, SuccessorInput input) {
        access.requireManager(handover);
        access.requireItemWriter(handover);
        boolean suggested = Boolean.TRUE.equals(input.acceptSuggested());
        if (suggested == (input.successorId() != null)) {
            throw ProblemException.invalid("successorId", "give either a successorId with itemIds, or acceptSuggested");
        }
        if (suggested) {
            List<Object[]> chosen = em.createNativeQuery("select i.suggested_successor_id, "
                            + "bool_and(c.lifecycle = 'prospect'), bool_or('executive-sponsor' = any(i.kinds)) "
                            + "from handover_item i join client c on c.id = i.client_id where i.handover_id = :handover "
                            + "and i.successor_id is null and i.suggested_successor_id is not null group by 1")
                    .setParameter("handover", handover.id).getResultList();
            chosen.forEach(row -> requireSuccessor("acceptSuggested", (String) row[0], handover,
                    Boolean.TRUE.equals(row[1]), Boolean.TRUE.equals(row[2]) ? List.of("executive-sponsor") : List.of()));
            return em.createNativeQuery("update handover_item set successor_id = suggested_successor_id, "
                            + "updated_at = now(), updated_by = :actor, version = version + 1 where handover_id = :handover "
                            + "and successor_id is null and suggested_successor_id is not null")
                    .setParameter("handover", handover.id).setParameter("actor", access.callerId()).executeUpdate();
        }
        List<UUID> ids = input.itemIds() == null ? List.of() : input.itemIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            throw ProblemException.invalid("itemIds", "name the items this successor takes over");
        }
        Object[] facts = (Object[]) em.createNativeQuery("select count(*), coalesce(bool_and(c.lifecycle = 'prospect'), "
                        + "false), coalesce(bool_or('executive-sponsor' = any(i.kinds)), false) from handover_item i "
                        + "join client c on c.id = i.client_id where i.handover_id = :handover and i.id in (:ids)")
                .setParameter("handover", handover.id).setParameter("ids", ids).getSingleResult();
        if (((Number) facts[0]).intValue() != ids.size()) {
            throw ProblemException.invalid("itemIds", "some of these are not items of this handover");
        }
        requireSuccessor("successorId", input.successorId(), handover, Boolean.TRUE.equals(facts[1]),
                Boolean.TRUE.equals(facts[2]) ? List.of("executive-sponsor") : List.of());
        return em.createNativeQuery("update handover_item set successor_id = :successor, updated_at = now(), "
                        + "updated_by = :actor, version = version + 1 where handover_id = :handover and id in (:ids)")
                .setParameter("successor", input.successorId()).setParameter("actor", access.callerId())
                .setParameter("handover", handover.id).setParameter("ids", ids).executeUpdate();
    }

    /**
     * Refuses, on `field`, a successor who may not take the clients over: the leaver, someone who left, an
     * admin, the director or a service account (they hold no clients), or a lead generator for customers;
     * for a sponsorship, the director or a head of sales.
     */
    void requireSuccessor(String field, String successorId, Handover handover, boolean prospectsOnly, List<String> kinds) {
        if (successorId.equals(handover.userId)) {
            throw ProblemException.invalid(field, "the successor must be someone other than the person leaving");
        }
        holders.requireHolder(field, successorId, prospectsOnly);
        if (kinds.contains(PartyKind.EXECUTIVE_SPONSOR.wireName())) {
            try {
                holders.requireParty(PartyKind.EXECUTIVE_SPONSOR, successorId, prospectsOnly);
            } catch (ProblemException refused) {
                throw ProblemException.invalid(field, "the person leaving sponsors this client: its successor must "
                        + "be the director or a head of sales");
            }
        }
    }

    HandoverItem require(Handover handover, UUID itemId) {
        HandoverItem item = em.find(HandoverItem.class, itemId);
        if (item == null || !item.handoverId.equals(handover.id)) {
            throw ProblemException.notFound("Handover item");
        }
        return item;
    }

    private String write(Map<UUID, String> chosen) {
        Map<String, String> plain = new HashMap<>();
        chosen.forEach((item, person) -> plain.put(item.toString(), person));
        try {
            return json.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<UrgentMatter> orEmpty(List<UrgentMatter> matters) {
        return matters == null ? new ArrayList<>() : new ArrayList<>(matters);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
