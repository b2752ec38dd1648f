package app.relay.people;

import app.relay.identity.AppUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums rows of (person, segment, then {@link ImpactFacts#FIGURES}) into each person's impact, live or summarised
 * alike; of the risk counts it keeps the one made of the figures the reader may see.
 */
final class ImpactFigures {
    private static final int CLIENTS = 0;
    private static final int ALONE = 1;
    private static final int PERSONAL = 2;
    private static final int NO_DM = 3;
    private static final int AT_RISK = 4;
    private static final int TOP = 5;
    /** No figure the reader may see: nobody is at risk by what they are shown. */
    private static final int NONE = -1;

    private final boolean alone;
    private final boolean channels;
    private final boolean functions;
    private final int riskColumn;
    private final Set<String> supervised;
    private final Map<String, long[]> totals = new HashMap<>();
    private final Map<String, Map<String, Long>> bySegment = new HashMap<>();

    ImpactFigures(boolean alone, boolean channels, boolean functions, Set<String> supervised) {
        this.alone = alone;
        this.supervised = supervised;
        this.channels = channels;
        this.functions = functions;
        // Columns after the segment: 2 clients, 3 alone, 4 personal, 5 no_dm, then the risks:
        // with alone 6 a, 7 ap, 8 ad, 9 apd; without it 10 p, 11 d, 12 pd.
        int withoutAlone = channels && functions ? 12 : functions ? 11 : channels ? 10 : NONE;
        this.riskColumn = alone ? 6 + (channels ? 1 : 0) + (functions ? 2 : 0) : withoutAlone;
    }

    void add(List<Object[]> rows) {
        for (Object[] row : rows) {
            String person = (String) row[0];
            long[] sums = totals.computeIfAbsent(person, id -> new long[6]);
            long count = number(row[2]);
            sums[CLIENTS] += count;
            sums[ALONE] += number(row[3]);
            sums[PERSONAL] += number(row[4]);
            sums[NO_DM] += number(row[5]);
            sums[AT_RISK] += riskColumn == NONE ? 0 : number(row[riskColumn]);
            String segment = (String) row[1];
            if (segment != null) {
                bySegment.computeIfAbsent(person, id -> new LinkedHashMap<>()).merge(segment, count, Long::sum);
                if (supervised.contains(segment)) {
                    sums[TOP] += count;
                }
            }
        }
    }

    ImpactView view(AppUser person, boolean segments, Instant countedAt, List<String> redacted) {
        long[] sums = totals.getOrDefault(person.id, new long[6]);
        return new ImpactView(person.id, person.fullName, sums[CLIENTS],
                segments ? bySegment.getOrDefault(person.id, Map.of()) : null, segments ? sums[TOP] : null,
                alone ? sums[ALONE] : null, channels ? sums[PERSONAL] : null, functions ? sums[NO_DM] : null,
                sums[AT_RISK], countedAt, List.copyOf(redacted));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
