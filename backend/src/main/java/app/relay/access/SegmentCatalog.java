package app.relay.access;

import app.relay.common.BriefCache;
import app.relay.common.ProblemException;
import app.relay.identity.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The company's segments as the rules need them: which keys exist, in which order, which are supervised (the
 * "top" ones: narrower field rules, a head of sales confirms their successors and moves clients in or out by
 * hand) and what they are called. The segment feature keeps them; this reads them, cached briefly.
 */
@ApplicationScoped
public class SegmentCatalog {
    /** One segment as the rules see it. */
    public record Entry(String key, int rank, boolean supervised, Map<String, String> names) {
        /** Its name in this language, or in English where the company gave none. */
        public String name(Language language) {
            String name = names.get(language.name());
            return name == null || name.isBlank() ? names.get(Language.en.name()) : name;
        }
    }

    /** Fired when segments change; observed after the transaction commits. */
    public record Changed() {
    }

    /** One load: the segments highest first, and what is asked per row worked out once. */
    private record Loaded(List<Entry> all, Set<String> keys, Set<String> supervised) {
        static Loaded of(List<Entry> all) {
            return new Loaded(all, all.stream().map(Entry::key).collect(Collectors.toUnmodifiableSet()),
                    all.stream().filter(Entry::supervised).map(Entry::key).collect(Collectors.toUnmodifiableSet()));
        }
    }

    private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;
    private final BriefCache<Loaded> loaded = new BriefCache<>(Duration.ofSeconds(10), this::load);

    SegmentCatalog(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Every segment, highest rank first. */
    public List<Entry> all() {
        return loaded.get().all();
    }

    public boolean exists(String key) {
        return loaded.get().keys().contains(key);
    }

    /** Refuses, naming the field, a key that is no segment's. */
    public void requireKey(String field, String key) {
        if (key != null && !exists(key)) {
            throw ProblemException.invalid(field, "is not a segment's key (one of "
                    + all().stream().map(Entry::key).collect(Collectors.joining(", ")) + ")");
        }
    }

    public Set<String> supervisedKeys() {
        return loaded.get().supervised();
    }

    public boolean isSupervised(String key) {
        return key != null && supervisedKeys().contains(key);
    }

    /** SQL: whether the segment key in `column` is a supervised one (read fresh, not from the cache). */
    public static String supervisedSql(String column) {
        return column + " in (select s.key from segment s where s.supervised)";
    }

    void forgetOnCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        loaded.forget();
    }

    @SuppressWarnings("unchecked")
    private Loaded load() {
        List<Object[]> rows = em.createNativeQuery("select key, rank, supervised, cast(names as text) from segment "
                + "order by rank").getResultList();
        return Loaded.of(rows.stream().map(r -> new Entry((String) r[0], ((Number) r[1]).intValue(), (Boolean) r[2],
                names((String) r[3]))).toList());
    }

    private Map<String, String> names(String text) {
        try {
            return json.readValue(text, NAMES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("segment names are not JSON: " + text, e);
        }
    }
}
