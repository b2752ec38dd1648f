package app.relay.client;

import app.relay.access.AccessLevel;
import app.relay.access.FieldAccess;
import app.relay.common.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How `q` finds clients by a fragment of their name, tax id or a contact person's name, in the form
 * that suits the fragment. A rare one (a tax id, a surname with a number) is looked up in each trigram
 * index and the row scope applies to the few found; a common one ("agro" in a tenth of a million
 * names) is checked row by row along the page's order, which finds a page long before the end. The
 * planner's own estimate of the matches decides; each form alone takes seconds on the other kind.
 */
@RequestScoped
public class TextSearch {

    private final EntityManager em;
    private final FieldAccess fields;
    private final Map<String, Boolean> common = new HashMap<>();
    /** Above this many estimated matches a fragment counts as common. */
    private final long commonAbove;

    TextSearch(EntityManager em, FieldAccess fields,
            @ConfigProperty(name = "relay.search.common-above", defaultValue = "10000") long commonAbove) {
        this.commonAbove = commonAbove;
        this.em = em;
        this.fields = fields;
    }

    /** The condition on the `client` row aliased `c`; binds `:q`. */
    String condition(String fragment, Map<String, Object> params) {
        String pattern = "%" + escapeLike(fragment) + "%";
        params.put("q", pattern);
        List<String> sources = new ArrayList<>();
        boolean isCommon = common.computeIfAbsent(pattern, this::isCommon);
        if (readable("client.name")) {
            sources.add(isCommon ? "relay_fold(c.name) like relay_fold(:q)"
                    : "select n.id from client n where relay_fold(n.name) like relay_fold(:q)");
        }
        if (readable("client.taxId")) {
            sources.add(isCommon ? "relay_fold(c.tax_id) like relay_fold(:q)"
                    : "select t.id from client t where relay_fold(t.tax_id) like relay_fold(:q)");
        }
        if (readable("contact.fullName")) {
            String contacts = "contact k where k.deleted_at is null and relay_fold(k.full_name) like relay_fold(:q)";
            sources.add(isCommon ? "exists (select 1 from " + contacts + " and k.client_id = c.id)"
                    : "select k.client_id from " + contacts);
        }
        if (sources.isEmpty()) {
            throw ProblemException.invalid("q", "your role may read none of the fields a search matches "
                    + "(client.name, client.taxId, contact.fullName)");
        }
        return isCommon ? "(" + String.join(" or ", sources) + ")" : "c.id in (" + String.join(" union all ", sources) + ")";
    }

    /** The planner's estimate of the rows the fragment matches in all three sources (one explain, no scan). */
    private boolean isCommon(String pattern) {
        return PlanEstimate.rows(em, "select n.id from client n where relay_fold(n.name) like relay_fold(:q) "
                + "union all select t.id from client t where relay_fold(t.tax_id) like relay_fold(:q) "
                + "union all select k.client_id from contact k where relay_fold(k.full_name) like relay_fold(:q)",
                Map.of("q", pattern)) > commonAbove;
    }

    private boolean readable(String key) {
        return fields.baseLevel(key).atLeast(AccessLevel.read);
    }

    /** `%`, `_` and `\` in a fragment are matched literally. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
