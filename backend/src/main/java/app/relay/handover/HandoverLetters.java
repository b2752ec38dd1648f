package app.relay.handover;

import app.relay.access.AccessLevel;
import app.relay.access.ClientContext;
import app.relay.access.FieldAccess;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.common.SqlValues;
import app.relay.identity.AppUser;
import app.relay.identity.Language;
import app.relay.identity.UserDirectory;
import app.relay.letter.LetterKind;
import app.relay.letter.LetterRequest;
import app.relay.letter.LetterState;
import app.relay.letter.LetterView;
import app.relay.letter.Letters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The letters of a handover: previewed by its supervisors until completion (a client's letter may be held back,
 * with a reason), written and queued in the completion's transaction, then shown with where each stands. The
 * recipient's address follows the field rules on the client's channels.
 */
@RequestScoped
class HandoverLetters {
    private final EntityManager em;
    private final Letters letters;
    private final HandoverAccess access;
    private final UserDirectory directory;
    private final FieldAccess fields;
    private final ZoneId zone;

    HandoverLetters(EntityManager em, Letters letters, HandoverAccess access, UserDirectory directory, FieldAccess fields,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone) {
        this.em = em;
        this.letters = letters;
        this.access = access;
        this.directory = directory;
        this.fields = fields;
        this.zone = zone;
    }

    /** Each item's letters: written ones after completion, a preview for supervisors before, none otherwise. */
    Map<UUID, List<LetterView>> of(Handover handover, List<HandoverItem> items) {
        // A partnership ended early keeps the letters it wrote, those that had gone and those it stopped.
        boolean wrote = handover.state == HandoverState.completed
                || handover.state == HandoverState.cancelled && handover.kind == HandoverKind.partner && handover.tellClients;
        if (items.isEmpty() || handover.state == HandoverState.cancelled && !wrote) {
            return Map.of();
        }
        if (wrote) {
            return letters.ofItems(items.stream().map(item -> item.id).toList());
        }
        if (!access.runs(handover)) {
            return Map.of();
        }
        return letters.preview(requests(handover, items.stream().map(item -> item.id).toList(), false));
    }

    /** The letters written for these items (of completed handovers). */
    Map<UUID, List<LetterView>> written(List<UUID> itemIds) {
        return letters.ofItems(itemIds);
    }

    /**
     * Letters as this reader may see them at this client: no address without read access to the contacts'
     * channels, no name (nor the letter that greets it) without read access to their names, and why a letter was
     * held back only for those who run the handover.
     */
    List<LetterView> shown(List<LetterView> found, ClientContext client, boolean runs) {
        if (found == null) {
            return List.of();
        }
        boolean channels = fields.level("contact.channels", client).atLeast(AccessLevel.read);
        boolean names = fields.level("contact.fullName", client).atLeast(AccessLevel.read);
        return found.stream().map(letter -> channels ? letter : letter.withoutEmail())
                .map(letter -> names ? letter : letter.withoutRecipient())
                .map(letter -> runs || letter.state() != LetterState.held ? letter : letter.withoutReason()).toList();
    }

    /** Whether the reader runs this handover: only they see why a letter is held back before it is written. */
    boolean runs(Handover handover) {
        return access.runs(handover);
    }

    /** Stops the letters not gone yet of a partnership ended early: they would introduce someone no longer there. */
    int stopAll(Handover handover) {
        return letters.stopAll(handover.id, "The partnership ended before the letter left");
    }

    /** Writes and queues every client's letters; called inside the completion's transaction. */
    int queue(Handover handover, String actor) {
        return letters.queue(requests(handover, null, true), actor);
    }

    /**
     * Writes and queues the letters of one item again (its successor was corrected: the client is told anew); those
     * of the first successor not sent yet are superseded, never to go.
     */
    int queueAgain(Handover handover, HandoverItem item, String actor) {
        letters.supersede(item.id);
        return letters.queue(requests(handover, List.of(item.id), true), actor);
    }

    /** Holds a client's letter back (a reason given) or lets it go again (none); until completion, by a supervisor. */
    HandoverItem hold(Handover handover, HandoverItem item, String reason) {
        access.requireManager(handover);
        if (!handover.state.isOpen()) {
            throw new ProblemException(ProblemType.CONFLICT, "The handover is " + handover.state
                    + ": its letters are written already or will never be");
        }
        item.letterHoldReason = reason;
        item.touch(access.callerId());
        return item;
    }

    /**
     * The letters' requests for these items, or every item of the handover (null). Once the clients moved (`moved`),
     * only those whose owner is now the item's successor: a client someone gave elsewhere meanwhile stayed out.
     */
    @SuppressWarnings("unchecked")
    private List<LetterRequest> requests(Handover handover, List<UUID> itemIds, boolean moved) {
        // Only a new owner is a new manager to tell: a partner's or sponsor's successor is no news to the client.
        // A partnership tells every client it names of the partner.
        boolean partner = handover.kind == HandoverKind.partner;
        var query = em.createNativeQuery("select i.id, i.client_id, c.name, i.successor_id, i.letter_hold_reason, "
                        + "c.country, c.owner_id, i.holder_id from handover_item i join client c on c.id = i.client_id "
                        + "where i.handover_id = :handover and (cast(:partner as boolean) or 'owner' = any(i.kinds) "
                        + "and (not cast(:moved as boolean) or c.owner_id = i.successor_id)) "
                        + (itemIds == null ? "" : "and i.id = any(cast(:items as uuid[])) ") + "order by c.name, i.id")
                .setParameter("handover", handover.id).setParameter("partner", partner).setParameter("moved", moved);
        if (itemIds != null) {
            query.setParameter("items", SqlValues.textArray(itemIds.stream().map(UUID::toString).toList()));
        }
        List<Object[]> rows = query.getResultList();
        // The manager before (a rotation's member whose client it was), or, for a partnership, the client's owner: who
        // stays the client's manager.
        boolean rotation = handover.kind == HandoverKind.rotation;
        List<String> previousIds = java.util.stream.Stream.concat(java.util.stream.Stream.of(handover.userId),
                rows.stream().map(row -> (String) row[partner ? 6 : 7])).filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, String> previousNames = directory.namesOf(previousIds);
        // A rotation completes on its day or later: its preview is dated that day.
        LocalDate today = LocalDate.now(zone);
        LocalDate effective = partner ? handover.startsOn
                : rotation && handover.startsOn.isAfter(today) ? handover.startsOn : today;
        Map<String, LetterRequest.Successor> successors = new HashMap<>();
        List<LetterRequest> requests = new ArrayList<>();
        for (Object[] row : rows) {
            String successorId = (String) row[3];
            if (successorId == null) {
                continue; // no letter names no one: a preview before the successor is chosen shows none
            }
            LetterRequest.Successor successor = successors.computeIfAbsent(successorId, this::successor);
            String previousId = partner && row[6] != null ? (String) row[6] : rotation ? (String) row[7] : handover.userId;
            String previous = previousNames.getOrDefault(previousId, previousId);
            requests.add(new LetterRequest(partner ? LetterKind.partner : LetterKind.handover, handover.id, (UUID) row[0],
                    (UUID) row[1], (String) row[2], Language.ofCountry((String) row[5]), previous, successor, effective,
                    (String) row[4], partner ? handover.duties : null));
        }
        return requests;
    }

    /** The successor as clients will know them: the corporate channels of their profile, else their sign-in e-mail. */
    private LetterRequest.Successor successor(String id) {
        AppUser person = directory.find(id);
        if (person == null) {
            return new LetterRequest.Successor(id, null, null);
        }
        return new LetterRequest.Successor(person.fullName, person.corporatePhone,
                person.corporateEmail != null ? person.corporateEmail : person.email);
    }
}
