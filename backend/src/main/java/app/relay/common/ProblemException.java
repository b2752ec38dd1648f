package app.relay.common;

import java.util.List;

/** Thrown by services to end a request with a problem; mapped to problem+json in one place. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private List<Problem.Conflict> conflicts;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The request has invalid fields",
                List.of(new Problem.FieldError(field, message)));
    }

    /** A 409 naming the existing records the request would repeat. */
    public static ProblemException repeats(String detail, List<Problem.Conflict> conflicts) {
        ProblemException problem = new ProblemException(ProblemType.CONFLICT, detail);
        problem.conflicts = List.copyOf(conflicts);
        return problem;
    }

    public List<Problem.Conflict> conflicts() {
        return conflicts;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
