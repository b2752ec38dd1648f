package app.relay.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Map;

/** The planner's estimate of the rows a query returns: one `explain`, no scan. */
final class PlanEstimate {
    // Plans nest deeper than the API's own mapper lets a request body nest: they get a plain one.
    private static final ObjectMapper PLANS = new ObjectMapper();

    private PlanEstimate() {
    }

    static double rows(EntityManager em, String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery("explain (format json) " + sql);
        params.forEach(query::setParameter);
        String explain = query.getSingleResult().toString();
        try {
            return PLANS.readTree(explain).get(0).get("Plan").get("Plan Rows").asDouble();
        } catch (JsonProcessingException | NullPointerException unreadable) {
            throw new IllegalStateException("Unreadable plan estimate: " + explain, unreadable);
        }
    }
}
