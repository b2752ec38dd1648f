package app.relay.client;

import app.relay.access.FieldRedactor;
import app.relay.access.StandingParties;
import app.relay.identity.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Turns client entities into API views (field rules applied), fetching owner names and contact counts in bulk. */
@ApplicationScoped
public class ClientViews {
    private final ClientMapper mapper;
    private final UserDirectory directory;
    private final FieldRedactor redactor;

    private final StandingParties parties;

    ClientViews(ClientMapper mapper, UserDirectory directory, FieldRedactor redactor, StandingParties parties) {
        this.parties = parties;
        this.mapper = mapper;
        this.directory = directory;
        this.redactor = redactor;
    }

    public List<ClientView> of(List<Client> clients, Map<UUID, Long> contactCounts) {
        Map<String, String> names = directory.namesOf(clients.stream()
                .flatMap(c -> Stream.of(c.ownerId, c.coOwnerId))
                .toList());
        Map<UUID, Set<String>> standing = parties.of(clients.stream().map(c -> c.id).toList());
        return clients.stream()
                .map(c -> redactor.redact(mapper.toView(c, names, contactCounts.getOrDefault(c.id, 0L)), "client",
                        c.accessContext(standing.getOrDefault(c.id, Set.of()))))
                .toList();
    }
}
