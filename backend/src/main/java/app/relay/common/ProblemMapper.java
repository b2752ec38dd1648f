package app.relay.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The single place where every failure becomes an RFC 9457 problem; no stack trace ever leaves. */
public class ProblemMapper {
    public static final String PROBLEM_JSON = "application/problem+json";
    /** Outages seen here (a database restart, Keycloak restarting) last seconds, not minutes. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e.conflicts() != null) {
            return Response.status(e.type().status()).type(PROBLEM_JSON).entity(new Problem(e.type().uri(),
                    e.type().title(), e.type().status(), e.getMessage(), null, null, e.conflicts())).build();
        }
        return respond(e.type(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(JsonPaths.ofViolation(v.getPropertyPath()), v.getMessage(),
                        ViolationCodes.codeOf(v), ViolationCodes.limitOf(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemType.VALIDATION, "The request has invalid fields", errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = JsonPaths.of(e.getPath());
        return respond(ProblemType.VALIDATION, "Unknown field '" + e.getPropertyName() + "'",
                List.of(new Problem.FieldError(field, "unknown field", Problem.FieldError.UNKNOWN_FIELD)));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST, "The request body does not have the expected shape", null);
        }
        String field = JsonPaths.of(e.getPath());
        String message = e instanceof JsonConfig.RefusedValue ? e.getOriginalMessage() : expected(e.getTargetType());
        return respond(ProblemType.VALIDATION, "Field '" + field + "' " + message,
                List.of(new Problem.FieldError(field, message, e instanceof JsonConfig.RefusedValue
                        ? Problem.FieldError.INVALID : Problem.FieldError.WRONG_TYPE)));
    }

    /** What a field of this type takes, in the caller's terms rather than Java's. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or value";
        }
        if (type == String.class) {
            return "must be a text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type or value";
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        String field = JsonPaths.of(e.getPath());
        if (field.isEmpty()) {
            return respond(ProblemType.MALFORMED_REQUEST, "The request body does not have the expected shape", null);
        }
        return respond(ProblemType.VALIDATION, "Field '" + field + "' is invalid",
                List.of(new Problem.FieldError(field, "invalid value", Problem.FieldError.INVALID)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (reason.startsWith("Duplicate field")) {
            return respond(ProblemType.MALFORMED_REQUEST, "The JSON body gives the same key twice", null);
        }
        if (e instanceof StreamConstraintsException) {
            return respond(ProblemType.MALFORMED_REQUEST, "The JSON body is nested deeper or holds longer numbers "
                    + "than any Relay resource has", null);
        }
        return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON", null);
    }

    @ServerExceptionMapper
    public Response patchedJson(Inputs.UncheckedJson e) {
        return json(e.getCause());
    }

    /** Any Jackson failure, by its kind: unknown field, wrong type, invalid value, or not JSON at all. */
    private Response json(JsonProcessingException cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch);
        }
        if (cause instanceof JsonMappingException mapping) {
            return mapping(mapping);
        }
        return malformedJson(cause);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(Exception e) {
        return respond(ProblemType.STALE_VERSION,
                "Someone else changed this record at the same moment; reload it and try again", null);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(Exception e) {
        return respond(ProblemType.UNAUTHORIZED, "A valid bearer token is required", null);
    }

    /** Keycloak unreachable: the caller can retry later; it is not their fault nor a bug of ours. */
    @ServerExceptionMapper
    public Response identityProviderDown(OIDCException e) {
        LOG.warn("Identity provider unavailable: " + e.getMessage());
        return respond(ProblemType.UNAVAILABLE, "The sign-in service is unreachable; try again in a moment", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this operation", null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "No such resource";
            case MALFORMED_REQUEST -> "The request could not be read: check that the body is valid JSON "
                    + "and that parameters have the right form";
            default -> type.title();
        };
        return respond(type, detail, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseFailures.isOutage(e)) {
            LOG.warn("Database unavailable: " + DatabaseFailures.describe(e));
            return respond(ProblemType.UNAVAILABLE, "The database is unreachable for a moment; try again shortly", null);
        }
        if (DatabaseFailures.isUniqueViolation(e)) {
            return respond(ProblemType.CONFLICT, "This would repeat a record that already exists "
                    + "(for a client: the same tax id in the same country); nothing was changed", null);
        }
        LOG.error("Unexpected failure", e);
        return respond(ProblemType.INTERNAL, "Something went wrong on our side; the error was logged", null);
    }

    public static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, null, errors);
        Response.ResponseBuilder response = Response.status(type.status()).type(PROBLEM_JSON).entity(body);
        if (type == ProblemType.UNAVAILABLE) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
