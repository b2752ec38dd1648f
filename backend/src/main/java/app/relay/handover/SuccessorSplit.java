package app.relay.handover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Suggests who takes over each client: someone already standing at the client (a co-owner, a partner) when
 * they may hold it; otherwise the candidate with the fewest clients of that segment so far, then the fewest
 * in all, so that both the count and the mix come out even. Higher segments are placed first, while everyone
 * is still free.
 */
final class SuccessorSplit {
    /** One client to place: its segment and the people already standing at it (besides the leaver). */
    record Client(UUID itemId, String segment, Set<String> standing) {
    }

    private SuccessorSplit() {
    }

    /** Item → suggested successor; empty when there is nobody to suggest. `segments`: their keys, highest first. */
    static Map<UUID, String> suggest(List<Client> clients, List<String> candidates, List<String> segments) {
        Map<UUID, String> chosen = new LinkedHashMap<>();
        if (candidates.isEmpty()) {
            return chosen;
        }
        Map<String, Integer> total = new HashMap<>();
        Map<String, Map<String, Integer>> bySegment = new HashMap<>();
        List<Client> ordered = new ArrayList<>(clients);
        ordered.sort(Comparator.comparingInt(client -> rank(client, segments)));
        for (Client client : ordered) {
            String segment = client.segment() == null ? "" : client.segment();
            String person = candidates.stream().filter(client.standing()::contains).findFirst()
                    .orElseGet(() -> candidates.stream().min(Comparator
                            .comparingInt((String c) -> bySegment.getOrDefault(c, Map.of()).getOrDefault(segment, 0))
                            .thenComparingInt(c -> total.getOrDefault(c, 0))).orElseThrow());
            chosen.put(client.itemId(), person);
            total.merge(person, 1, Integer::sum);
            bySegment.computeIfAbsent(person, p -> new HashMap<>()).merge(segment, 1, Integer::sum);
        }
        return chosen;
    }

    private static int rank(Client client, List<String> segments) {
        int at = client.segment() == null ? -1 : segments.indexOf(client.segment());
        return at < 0 ? segments.size() : at;
    }
}
