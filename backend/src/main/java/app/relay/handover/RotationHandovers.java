package app.relay.handover;

import app.relay.access.ClientHolders;
import app.relay.common.Problem;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.identity.AppUser;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rotations (seed 003, item 5: the company exchanges clients between managers now and then, so that no relationship
 * hangs on one person): a supervisor names the managers, in order, and the day; each client one of them owns (all,
 * or those named) becomes an item suggested to the next manager in the ring, the last one's to the first. From
 * there it runs as a departure does — successors adjusted, submitted, approved, completed (on the day or later:
 * every client moves in one transaction), letters, first contacts — and nobody leaves.
 */
@RequestScoped
class RotationHandovers {
    private static final int MAX_YEARS = 10;

    private final EntityManager em;
    private final HandoverAccess access;
    private final UserDirectory directory;
    private final ClientHolders holders;
    private final ZoneId zone;
    private final HandoverCompletion completion;

    RotationHandovers(EntityManager em, HandoverAccess access, UserDirectory directory, ClientHolders holders,
            @ConfigProperty(name = "relay.time-zone", defaultValue = "UTC") ZoneId zone, HandoverCompletion completion) {
        this.completion = completion;
        this.em = em;
        this.access = access;
        this.directory = directory;
        this.holders = holders;
        this.zone = zone;
    }

    /** Plans it as a draft, in the caller's transaction: the handover and one item per client, each with its suggestion. */
    Handover plan(HandoverInput input) {
        List<String> members = requireShape(input);
        members.forEach(access::requireSupervised);
        String[] named = input.clientIds() == null ? null : input.clientIds().stream().map(UUID::toString).distinct()
                .toArray(String[]::new);
        boolean prospects = chosenAreProspects(members, named);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String member : members) {
            AppUser person = directory.find(member);
            if (person.hasDeparted() || directory.isOnNotice(member)) {
                errors.add(new Problem.FieldError("managerIds", person.fullName + (person.hasDeparted() ? " has left"
                        : " is leaving") + ": clients rotate among those who stay"));
            } else if (!holders.mayHold(member, prospects)) {
                errors.add(new Problem.FieldError("managerIds", person.fullName + " may not hold these clients (an "
                        + "active head of sales, sales manager or account manager; a lead generator for prospects only)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The rotation cannot be planned", errors);
        }

        Handover handover = new Handover();
        handover.id = UUID.randomUUID();
        handover.kind = HandoverKind.rotation;
        handover.members = members;
        handover.startsOn = input.startsOn();
        handover.note = input.note();
        handover.state = HandoverState.draft;
        handover.markCreated(access.callerId());
        em.persist(handover);
        em.flush();
        // Each member's clients are suggested to the next member of the ring: one statement however many.
        int drawn = em.createNativeQuery("insert into handover_item (id, handover_id, client_id, kinds, holder_id, "
                        + "suggested_successor_id, created_at, created_by, updated_at, updated_by) "
                        + "select gen_random_uuid(), :handover, c.id, array['owner'], c.owner_id, "
                        + "(cast(:members as text[]))[m.place % cardinality(cast(:members as text[])) + 1], "
                        + "now(), :actor, now(), :actor from client c "
                        + "join unnest(cast(:members as text[])) with ordinality m(id, place) on m.id = c.owner_id "
                        + "where c.deleted_at is null and (cast(:all as boolean) or c.id = any(cast(:ids as uuid[])))")
                .setParameter("handover", handover.id).setParameter("members", members.toArray(String[]::new))
                .setParameter("actor", access.callerId()).setParameter("all", named == null)
                .setParameter("ids", named == null ? new String[0] : named).executeUpdate();
        if (named != null && drawn != named.length) {
            throw ProblemException.invalid("clientIds", (named.length - drawn) + " of the clients named are not live "
                    + "clients owned by one of the managers");
        }
        if (drawn == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "None of the managers owns a live client: nothing to rotate");
        }
        return handover;
    }

    /**
     * Moves every client to its successor, in the caller's transaction; refused, nothing moved, before the day or when
     * a client changed owner since it was planned. Returns how many clients moved.
     */
    @SuppressWarnings("unchecked")
    int complete(Handover handover, String actor) {
        if (LocalDate.now(zone).isBefore(handover.startsOn)) {
            throw new ProblemException(ProblemType.CONFLICT, "The rotation is planned for " + handover.startsOn
                    + ": it completes on that day or later");
        }
        // Every item's client locked first, then checked: an owner changed meanwhile (committed or not) is seen.
        List<Object[]> rows = em.createNativeQuery("select c.name, c.owner_id is distinct from i.holder_id "
                        + "from handover_item i join client c on c.id = i.client_id where i.handover_id = :handover "
                        + "order by c.id for update of c").setParameter("handover", handover.id).getResultList();
        List<String> changed = rows.stream().filter(row -> Boolean.TRUE.equals(row[1])).map(row -> (String) row[0])
                .sorted().toList();
        if (!changed.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "Nothing was moved: " + changed.size() + " clients changed "
                    + "owner since the rotation was planned (" + String.join(", ", changed.subList(0, Math.min(5, changed.size())))
                    + (changed.size() > 5 ? ", …" : "") + "); cancel it and plan it again");
        }
        int moved = completion.rotate(handover, actor);
        if (moved != rows.size()) {
            // Cannot happen with the rows locked above: never leave half a rotation, nor letters for clients that stayed.
            throw new IllegalStateException(moved + " of " + rows.size() + " clients moved");
        }
        return moved;
    }

    /** Whether its day has come (it may be completed). */
    boolean due(Handover handover) {
        return !LocalDate.now(zone).isBefore(handover.startsOn);
    }

    /** A successor who is the item's own holder changes nothing: refused on `field`. */
    void requireOtherThanHolder(String field, Handover handover, String successorId, List<UUID> itemIds) {
        if (handover.kind != HandoverKind.rotation) {
            return;
        }
        access.requireManager(handover);
        long own = ((Number) em.createNativeQuery("select count(*) from handover_item where handover_id = :handover "
                        + "and holder_id = :successor and (cast(:all as boolean) or id = any(cast(:ids as uuid[])))")
                .setParameter("handover", handover.id).setParameter("successor", successorId)
                .setParameter("all", itemIds == null)
                .setParameter("ids", itemIds == null ? new String[0] : itemIds.stream().map(UUID::toString).toArray(String[]::new))
                .getSingleResult()).longValue();
        if (own > 0) {
            throw ProblemException.invalid(field, own + " of these clients are " + directory.namesOf(List.of(successorId))
                    .getOrDefault(successorId, successorId) + "'s already: a rotation gives each client to another manager");
        }
        if (!handover.members.contains(successorId)) {
            throw ProblemException.invalid(field, "a rotation's clients go to its managers");
        }
    }

    private List<String> requireShape(HandoverInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> members = new LinkedHashSet<>(input.managerIds() == null ? List.of() : input.managerIds());
        if (members.size() < 2) {
            errors.add(new Problem.FieldError("managerIds", "name at least two managers, in the order the clients pass on"));
        } else if (members.size() != input.managerIds().size()) {
            errors.add(new Problem.FieldError("managerIds", "name each manager once"));
        }
        members.stream().filter(id -> directory.find(id) == null)
                .forEach(id -> errors.add(new Problem.FieldError("managerIds", "no such person: " + id)));
        LocalDate today = LocalDate.now(zone);
        if (input.startsOn() == null) {
            errors.add(new Problem.FieldError("startsOn", "a rotation needs the day the clients change hands"));
        } else if (input.startsOn().isBefore(today)) {
            errors.add(new Problem.FieldError("startsOn", "must be today or later"));
        } else if (input.startsOn().isAfter(today.plusYears(MAX_YEARS))) {
            errors.add(new Problem.FieldError("startsOn", "must be within " + MAX_YEARS + " years from today"));
        }
        if (input.clientIds() != null && input.clientIds().isEmpty()) {
            errors.add(new Problem.FieldError("clientIds", "name at least one client, or leave it out for all of them"));
        }
        input.misplaced().forEach(field -> errors.add(new Problem.FieldError(field,
                "does not belong to a rotation: it moves the members' clients on its day, for good")));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The rotation is not complete", errors);
        }
        return List.copyOf(members);
    }

    /** Whether every client to rotate is a prospect (then lead generators may take part). */
    private boolean chosenAreProspects(List<String> members, String[] named) {
        return Boolean.TRUE.equals(em.createNativeQuery("select coalesce(bool_and(c.lifecycle = 'prospect'), true) "
                        + "from client c where c.deleted_at is null and c.owner_id = any(cast(:members as text[])) "
                        + "and (cast(:all as boolean) or c.id = any(cast(:ids as uuid[])))")
                .setParameter("members", members.toArray(String[]::new)).setParameter("all", named == null)
                .setParameter("ids", named == null ? new String[0] : named).getSingleResult());
    }
}
