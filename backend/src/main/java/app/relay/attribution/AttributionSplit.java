package app.relay.attribution;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's split of an order's revenue between the roles, in percent, in the order found, qualified, closed,
 * manages (`relay.attribution.split`, e.g. 10,10,50,30). Checked at start: a split that does not add up to 100 would
 * pay more or less than was sold, so Relay refuses to start with one.
 */
@Startup
@ApplicationScoped
public class AttributionSplit {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<AttributionRole, BigDecimal> percents;

    AttributionSplit(@ConfigProperty(name = "relay.attribution.split") String split) {
        this.percents = parse(split);
    }

    static Map<AttributionRole, BigDecimal> parse(String split) {
        String problem = "relay.attribution.split must be four percentages (found, qualified, closed, manages) "
                + "adding up to 100, e.g. 10,10,50,30; it is \"" + split + "\"";
        List<String> parts = split == null ? List.of() : Arrays.stream(split.split(",")).map(String::strip).toList();
        if (parts.size() != AttributionRole.values().length) {
            throw new IllegalStateException(problem);
        }
        Map<AttributionRole, BigDecimal> out = new EnumMap<>(AttributionRole.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (AttributionRole role : AttributionRole.values()) {
            BigDecimal percent;
            try {
                percent = new BigDecimal(parts.get(role.ordinal()));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(problem, e);
            }
            if (percent.signum() < 0) {
                throw new IllegalStateException(problem);
            }
            out.put(role, percent);
            sum = sum.add(percent);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalStateException(problem);
        }
        return out;
    }

    /** The role's share, in percent. */
    public BigDecimal percent(AttributionRole role) {
        return percents.get(role);
    }
}
