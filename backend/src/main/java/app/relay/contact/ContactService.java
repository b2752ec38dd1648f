package app.relay.contact;

import app.relay.access.ClientContext;
import app.relay.access.FieldAccess;
import app.relay.access.FieldRedactor;
import app.relay.access.RowScope;
import app.relay.audit.AuditAction;
import app.relay.audit.AuditLog;
import app.relay.client.Client;
import app.relay.client.ClientService;
import app.relay.common.Cursor;
import app.relay.common.Cursors;
import app.relay.common.ETags;
import app.relay.common.Inputs;
import app.relay.common.ProblemException;
import app.relay.common.ProblemType;
import app.relay.common.Records;
import app.relay.identity.Language;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** Contact persons of clients; a contact is visible exactly when its client is. */
@RequestScoped
@Transactional
public class ContactService {
    /** Clients per query when reading the contact persons of many (a bound list, not a huge `in`). */
    private static final int BATCH = 1000;
    private final EntityManager em;
    private final ClientService clients;
    private final RowScope access;
    private final ContactMapper mapper;
    private final ChannelNormalizer channels;
    private final Inputs inputs;
    private final AuditLog audit;
    private final FieldAccess fields;
    private final FieldRedactor redactor;
    private final Cursors cursors;

    ContactService(EntityManager em, ClientService clients, RowScope access, ContactMapper mapper,
            ChannelNormalizer channels, Inputs inputs, AuditLog audit, FieldAccess fields, FieldRedactor redactor,
            Cursors cursors) {
        this.cursors = cursors;
        this.em = em;
        this.clients = clients;
        this.access = access;
        this.mapper = mapper;
        this.channels = channels;
        this.inputs = inputs;
        this.audit = audit;
        this.fields = fields;
        this.redactor = redactor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactView.Page list(UUID clientId, boolean deleted, int limit, Cursor after) {
        Client client = clients.require(clientId);
        if (deleted && !access.canRestore()) {
            throw ProblemException.forbidden("Only a head of sales, the director or an admin may list deleted contacts");
        }
        TypedQuery<Contact> query = em.createQuery("from Contact where clientId = :client and deletedAt is "
                + (deleted ? "not null" : "null")
                + (after == null ? "" : " and (fullName > :key or (fullName = :key and id > :id))")
                + " order by fullName, id", Contact.class)
                .setParameter("client", clientId)
                .setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("key", after.key()).setParameter("id", after.id());
        }
        List<Contact> found = query.getResultList();
        boolean more = found.size() > limit;
        List<Contact> page = more ? found.subList(0, limit) : found;
        String next = more ? cursors.seal(new Cursor(page.get(limit - 1).fullName, page.get(limit - 1).id)) : null;
        audit.record(AuditAction.list, "contact", null, clientId, page.size(), null);
        ClientContext context = clients.contextOf(client); // once per page, not per contact
        return new ContactView.Page(page.stream().map(c -> view(c, context)).toList(), next);
    }

    /**
     * The live contact persons of many clients at once (an export), by name, each read under the field rules of
     * its client. The caller audits what it does with them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<ContactView>> liveOf(Map<UUID, ClientContext> clients) {
        Map<UUID, List<ContactView>> out = new HashMap<>();
        List<UUID> ids = List.copyOf(clients.keySet());
        for (int from = 0; from < ids.size(); from += BATCH) {
            em.createQuery("from Contact where clientId in :clients and deletedAt is null order by fullName, id",
                            Contact.class)
                    .setParameter("clients", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream()
                    .forEach(c -> out.computeIfAbsent(c.clientId, k -> new ArrayList<>())
                            .add(view(c, clients.get(c.clientId))));
            em.clear(); // an export may read hundreds of thousands: keep the session small
        }
        return out;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContactView get(UUID id) {
        Contact contact = require(id);
        audit.record(AuditAction.read, "contact", id, contact.clientId);
        return view(contact, clients.require(contact.clientId));
    }

    public ContactView create(UUID clientId, ContactInput input) {
        Client client = clients.requireLive(clientId);
        inputs.requireValid(input);
        fields.checkWritable("contact", Records.provided(input), clients.contextOf(client));
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.clientId = client.id;
        apply(input, contact, client);
        contact.markCreated(access.callerId());
        em.persist(contact);
        em.flush();
        audit.record(AuditAction.create, "contact", contact.id, clientId);
        return view(contact, client);
    }

    public ContactView patch(UUID id, String ifMatch, JsonNode patch) {
        Contact contact = requireLive(id);
        ETags.requireCurrent(ifMatch, contact.version);
        Client client = clients.requireLive(contact.clientId);
        ContactInput current = mapper.toInput(contact);
        ContactInput next = inputs.patch(current, patch);
        fields.checkWritable("contact", Records.changed(current, next), clients.contextOf(client));
        apply(next, contact, client);
        em.flush();
        audit.record(AuditAction.update, "contact", id, contact.clientId);
        return view(contact, client);
    }

    public void delete(UUID id, String ifMatch) {
        Contact contact = requireLive(id);
        if (!access.canDelete()) {
            throw ProblemException.forbidden("Your role may not delete contact persons");
        }
        ETags.requireCurrent(ifMatch, contact.version);
        contact.markDeleted(access.callerId());
        audit.record(AuditAction.delete, "contact", id, contact.clientId);
    }

    public ContactView restore(UUID id) {
        if (!access.canRestore()) {
            throw ProblemException.forbidden("Only a head of sales, the director or an admin may restore contacts");
        }
        Contact contact = require(id);
        if (!contact.isDeleted()) {
            throw new ProblemException(ProblemType.CONFLICT, "This contact is not deleted; there is nothing to restore");
        }
        contact.restore(access.callerId());
        em.flush();
        audit.record(AuditAction.restore, "contact", id, contact.clientId);
        return view(contact, clients.require(contact.clientId));
    }

    private ContactView view(Contact contact, Client client) {
        return view(contact, clients.contextOf(client));
    }

    private ContactView view(Contact contact, ClientContext client) {
        return redactor.redact(mapper.toView(contact), "contact", client);
    }

    private void apply(ContactInput input, Contact contact, Client client) {
        mapper.apply(input, contact);
        if (contact.language == null) {
            contact.language = Language.ofCountry(client.country);
        }
        contact.channels = channels.normalise(contact.channels, client.country);
        contact.touch(access.callerId());
    }

    private Contact require(UUID id) {
        Contact contact = em.find(Contact.class, id);
        if (contact == null || (contact.isDeleted() && !access.canRestore())) {
            throw ProblemException.notFound("Contact");
        }
        try {
            clients.require(contact.clientId);
        } catch (ProblemException e) {
            throw ProblemException.notFound("Contact");
        }
        return contact;
    }

    private Contact requireLive(UUID id) {
        Contact contact = require(id);
        if (contact.isDeleted()) {
            throw new ProblemException(ProblemType.CONFLICT, "This contact is deleted; restore it before changing it");
        }
        return contact;
    }
}
