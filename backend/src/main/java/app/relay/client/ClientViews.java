package app.relay.client;

import app.relay.access.FieldRedactor;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Turns client entities into API views (field rules applied), fetching owner names and contact counts in bulk. */
@ApplicationScoped
public class ClientViews {
    private final ClientMapper mapper;
    private final UserDirectory directory;
    private final FieldRedactor redactor;

    ClientViews(ClientMapper mapper, UserDirectory directory, FieldRedactor redactor) {
        this.mapper = mapper;
        this.directory = directory;
        this.redactor = redactor;
    }

    public List<ClientView> of(List<Client> clients, Map<UUID, Long> contactCounts) {
        Map<String, String> names = directory.namesOf(clients.stream()
                .flatMap(c -> Stream.of(c.ownerId, c.coOwnerId))
                .toList());
        return clients.stream()
                .map(c -> redactor.redact(mapper.toView(c, names, contactCounts.getOrDefault(c.id, 0L)), "client",
                        c.accessContext()))
                .toList();
    }
}
