package app.relay.order;

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
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Orders of clients: visible exactly when their client is, their money as the field rules say. A post with an
 * `externalId` is idempotent: the same order again answers the one it made, a different one is a conflict.
 * Each change counts its client's figures again in the same transaction.
 */
@RequestScoped
@Transactional
public class OrderService {
    private final EntityManager em;
    private final ClientService clients;
    private final RowScope access;
    private final FieldAccess fields;
    private final FieldRedactor redactor;
    private final Inputs inputs;
    private final AuditLog audit;
    private final Cursors cursors;
    private final ExchangeRates rates;
    private final CompanyMoney money;
    private final OrderFigures figures;

    OrderService(EntityManager em, ClientService clients, RowScope access, FieldAccess fields, FieldRedactor redactor,
            Inputs inputs, AuditLog audit, Cursors cursors, ExchangeRates rates, CompanyMoney money,
            OrderFigures figures) {
        this.em = em;
        this.clients = clients;
        this.access = access;
        this.fields = fields;
        this.redactor = redactor;
        this.inputs = inputs;
        this.audit = audit;
        this.cursors = cursors;
        this.rates = rates;
        this.money = money;
        this.figures = figures;
    }

    /** An order made, or the one an earlier post of the same `externalId` made. */
    public record Posted(OrderView order, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderView.Page list(UUID clientId, int limit, Cursor after) {
        Client client = clients.require(clientId);
        TypedQuery<Order> query = em.createQuery("from Order where clientId = :client"
                        + (after == null ? "" : " and (date < :key or (date = :key and id < :id))")
                        + " order by date desc, id desc", Order.class)
                .setParameter("client", clientId).setMaxResults(limit + 1);
        if (after != null) {
            try {
                query.setParameter("key", LocalDate.parse(after.key())).setParameter("id", after.id());
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.invalid("cursor", "is not a cursor of this list");
            }
        }
        List<Order> found = query.getResultList();
        boolean more = found.size() > limit;
        List<Order> page = more ? found.subList(0, limit) : found;
        Order last = more ? page.get(limit - 1) : null;
        String next = last == null ? null : cursors.seal(new Cursor(last.date.toString(), last.id));
        audit.record(AuditAction.list, "order", null, clientId, page.size(), null);
        ClientContext context = clients.contextOf(client);
        return new OrderView.Page(page.stream().map(order -> view(order, context)).toList(), next,
                money.currency());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderView get(UUID id) {
        Order order = require(id);
        audit.record(AuditAction.read, "order", id, order.clientId);
        return view(order, clients.contextOf(clients.require(order.clientId)));
    }

    /** A new order of `clientId` (under a client) or of the input's client (`POST /orders`). */
    public Posted create(UUID clientId, OrderInput input) {
        inputs.requireValid(input);
        UUID target = clientId != null ? clientId : input.clientId();
        if (target == null) {
            throw ProblemException.invalid("clientId", "must name the order's client");
        }
        Client client = clients.requireLive(target);
        ClientContext context = clients.contextOf(client);
        fields.checkWritable("order", Records.provided(input), context);
        OrderInput wanted = checked(input.withDefaults(client.id));
        if (wanted.externalId() != null) {
            // Two posts of one external id at once: the second waits here, then finds the first's order.
            em.createNativeQuery("select pg_advisory_xact_lock(hashtext('relay-order:' || :external))")
                    .setParameter("external", wanted.externalId()).getSingleResult();
            List<Order> known = em.createQuery("from Order where externalId = :external", Order.class)
                    .setParameter("external", wanted.externalId()).getResultList();
            if (!known.isEmpty()) {
                return new Posted(repeated(known.get(0), input.normalised(client.id)), false);
            }
        }
        Order order = new Order();
        order.id = UUID.randomUUID();
        order.clientId = client.id;
        order.externalId = wanted.externalId();
        apply(wanted, order, true);
        order.markCreated(access.callerId());
        em.persist(order);
        em.flush();
        figures.count(List.of(client.id));
        audit.record(AuditAction.create, "order", order.id, client.id);
        return new Posted(view(order, context), true);
    }

    public OrderView patch(UUID id, String ifMatch, JsonNode patch) {
        Order order = require(id);
        ETags.requireCurrent(ifMatch, order.version);
        Client client = clients.requireLive(order.clientId);
        ClientContext context = clients.contextOf(client);
        OrderInput current = toInput(order);
        OrderInput next = inputs.patch(current, patch);
        OrderInput before = current.normalised(client.id);
        OrderInput after = next.normalised(client.id);
        if (!Objects.equals(next.externalId(), current.externalId()) || !Objects.equals(next.clientId(), current.clientId())) {
            throw new ProblemException(ProblemType.CONFLICT, "An order keeps its client and its external id");
        }
        List<String> changed = Records.changed(before, after);
        // Any change of an order moves money (its revenue, what is overdue): only for writers of its amount.
        fields.checkWritable("order", changed.isEmpty() ? changed
                : java.util.stream.Stream.concat(changed.stream(), java.util.stream.Stream.of("amount")).distinct().toList(),
                context);
        boolean repriced = !Objects.equals(before.amount(), after.amount())
                || !Objects.equals(before.currency(), after.currency()) || !Objects.equals(before.date(), after.date());
        apply(checked(next.withDefaults(client.id)), order, repriced);
        order.touch(access.callerId());
        em.flush();
        figures.count(List.of(client.id));
        audit.record(AuditAction.update, "order", id, client.id);
        return view(order, context);
    }

    /** The order an earlier post of this external id made, if this post says the same; a conflict otherwise. */
    private OrderView repeated(Order known, OrderInput wanted) {
        Client client;
        try {
            client = clients.require(known.clientId);
        } catch (ProblemException e) {
            throw new ProblemException(ProblemType.CONFLICT, "External id " + wanted.externalId() + " is in use");
        }
        if (!toInput(known).normalised(known.clientId).equals(wanted)) {
            throw new ProblemException(ProblemType.CONFLICT, "Order " + wanted.externalId() + " was posted before "
                    + "with other values; change it with PATCH /api/v1/orders/" + known.id + " (If-Match)");
        }
        return view(known, clients.contextOf(client));
    }

    /** The rules one field alone cannot say; the currency and its rate for the date (422 when unknown). */
    private OrderInput checked(OrderInput input) {
        if (input.dueDate() != null && input.dueDate().isBefore(input.date())) {
            throw ProblemException.invalid("dueDate", "must not be before the order's date");
        }
        if ((input.status() == OrderStatus.paid) != (input.paidDate() != null)) {
            throw ProblemException.invalid("paidDate", "is required for a paid order, and only for one");
        }
        if (input.paidDate() != null && input.paidDate().isBefore(input.date())) {
            throw ProblemException.invalid("paidDate", "must not be before the order's date");
        }
        CompanyMoney.known(input.currency());
        return input;
    }

    /** Writes the input on the order; converts its amount again only when `repriced` (its rate is its date's). */
    private void apply(OrderInput input, Order order, boolean repriced) {
        order.number = input.number();
        order.date = input.date();
        order.amount = input.amount().setScale(2, java.math.RoundingMode.UNNECESSARY); // as the database keeps it
        order.currency = input.currency();
        if (repriced) {
            order.companyAmount = rates.inCompanyCurrency(input.amount(), input.currency(), input.date());
        }
        order.status = input.status();
        order.dueDate = input.dueDate();
        order.paidDate = input.paidDate();
        order.lines = new java.util.ArrayList<>(input.lines());
    }

    private static OrderInput toInput(Order order) {
        return new OrderInput(order.clientId, order.externalId, order.number, order.date, order.amount, order.currency,
                order.status, order.dueDate, order.paidDate, List.copyOf(order.lines));
    }

    private OrderView view(Order order, ClientContext client) {
        return redactor.redact(new OrderView(order.id, order.clientId, order.externalId, order.number, order.date,
                order.amount, order.currency, order.companyAmount, money.currency(), order.status, order.dueDate,
                order.paidDate, List.copyOf(order.lines), order.createdAt, order.createdBy, order.updatedAt,
                order.updatedBy, order.version, List.of()), "order", client);
    }

    private Order require(UUID id) {
        Order order = em.find(Order.class, id);
        if (order == null) {
            throw ProblemException.notFound("Order");
        }
        try {
            clients.require(order.clientId);
        } catch (ProblemException e) {
            throw ProblemException.notFound("Order");
        }
        return order;
    }
}
