package app.relay.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The suggested split: someone already at the client first, otherwise even by segment and by count. */
class SuccessorSplitTest {
    private static final List<String> SEGMENTS = List.of("vip", "key", "medium", "outsider");

    private static SuccessorSplit.Client client(String segment, String... standing) {
        return new SuccessorSplit.Client(UUID.randomUUID(), segment, Set.of(standing));
    }

    @Test
    void spreadsEachSegmentAndTheTotalEvenly() {
        List<SuccessorSplit.Client> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(client("vip"));
        }
        for (int i = 0; i < 6; i++) {
            clients.add(client("medium"));
        }
        clients.add(client(null));
        clients.add(client(null));
        Map<UUID, String> chosen = SuccessorSplit.suggest(clients, List.of("a", "b"), SEGMENTS);

        assertThat(chosen).hasSize(12);
        Map<String, Long> vip = clients.stream().filter(c -> "vip".equals(c.segment()))
                .collect(Collectors.groupingBy(c -> chosen.get(c.itemId()), Collectors.counting()));
        assertThat(vip).containsOnly(Map.entry("a", 2L), Map.entry("b", 2L));
        Map<String, Long> all = chosen.values().stream().collect(Collectors.groupingBy(p -> p, Collectors.counting()));
        assertThat(all).containsOnly(Map.entry("a", 6L), Map.entry("b", 6L));
    }

    @Test
    void someoneAlreadyAtTheClientComesFirstWhenTheyMayTakeIt() {
        SuccessorSplit.Client coOwned = client("key", "b");
        SuccessorSplit.Client withOutsider = client("key", "someone-who-left");
        Map<UUID, String> chosen = SuccessorSplit.suggest(List.of(coOwned, withOutsider), List.of("a", "b"), SEGMENTS);
        assertThat(chosen.get(coOwned.itemId())).isEqualTo("b");
        assertThat(chosen.get(withOutsider.itemId())).isEqualTo("a");
    }

    @Test
    void nobodyToSuggestLeavesItemsOpen() {
        assertThat(SuccessorSplit.suggest(List.of(client("vip")), List.of(), SEGMENTS)).isEmpty();
    }
}
