package app.relay.common;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Keeps the HTTP metrics' `uri` label bounded: an OPTIONS request is answered for any path, matched
 * by a resource or not, so its raw path would make a new series per request (and, past the tag cap,
 * crowd out the real routes). OPTIONS requests share one series.
 */
public class MetricTags {

    @Produces
    @Singleton
    MeterFilter optionsShareOneSeries() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server") || !"OPTIONS".equals(id.getTag("method"))) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream()
                        .map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", "OPTIONS") : tag)
                        .toList();
                return id.replaceTags(tags);
            }
        };
    }
}
