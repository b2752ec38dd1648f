package app.relay.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits that hold before JAX-RS sees a request: an oversized body, an over-long URI or oversized
 * headers. The HTTP layer would answer them with an empty body; this route runs first and answers
 * the same statuses as problems, like every other error.
 */
@Singleton
public class RequestLimits {
    private final ObjectMapper json;
    private final long maxBodySize;
    private final int maxUriLength;
    private final int maxHeaderBytes;

    RequestLimits(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "relay.http.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "relay.http.max-header-bytes") int maxHeaderBytes) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversized);
    }

    private void refuseOversized(RoutingContext ctx) {
        if (ctx.request().uri().length() > maxUriLength) {
            refuse(ctx, ProblemType.URI_TOO_LONG, "The request line is longer than the " + maxUriLength
                    + " characters the server accepts; send long searches as shorter fragments");
        } else if (headerBytes(ctx.request().headers()) > maxHeaderBytes) {
            refuse(ctx, ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than the "
                    + maxHeaderBytes + " bytes the server accepts");
        } else if (isOver(ctx.request().getHeader("Content-Length"))) {
            refuse(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the " + maxBodySize
                    + " bytes the server accepts");
        } else {
            ctx.next();
        }
    }

    private void refuse(RoutingContext ctx, ProblemType type, String detail) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, null, null);
        try {
            ctx.response().setStatusCode(type.status()).putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                    .putHeader("X-Content-Type-Options", "nosniff").putHeader("Cache-Control", "no-store")
                    .putHeader("Connection", "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(type.status());
        }
    }

    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private boolean isOver(String contentLength) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
