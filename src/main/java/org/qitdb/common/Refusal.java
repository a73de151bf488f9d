package org.qitdb.common;

import java.util.List;
import java.util.Map;

/**
 * Why a service refused a request, in the domain's own words. Services throw these (wrapped in {@link Refused});
 * {@link ProblemMapper} is the one place that turns each kind into an HTTP status and an RFC 9457 problem document,
 * and builds the links that name other resources ({@link Ref}). No service knows a status code or a URL.
 */
public sealed interface Refusal {

    /** What the client is told; never an exception's own message. */
    String detail();

    /** Another resource a refusal points to: the entry that holds a key, the submission that used an idempotency key. */
    record Ref(Kind kind, String key, String label) {

        public enum Kind { STANDARD, SUBMISSION, ORGANIZATION, GROUP, TOPIC, MEETING, LIAISON_STATEMENT, COORDINATION_QUESTION }

        public static Ref standard(java.util.UUID id, String identifier) {
            return new Ref(Kind.STANDARD, id.toString(), identifier);
        }

        public static Ref submission(java.util.UUID id) {
            return new Ref(Kind.SUBMISSION, id.toString(), null);
        }
    }

    /** A query, header or path parameter has a value the operation cannot take. */
    record InvalidParameter(String parameter, String detail) implements Refusal {
    }

    /** Fields of the body break the rules; every one is listed. */
    record InvalidBody(List<FieldError> errors) implements Refusal {
        public InvalidBody {
            errors = List.copyOf(errors);
        }

        @Override
        public String detail() {
            return errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid";
        }
    }

    /**
     * The body cannot be read in its format; where it failed when known: the line (from 1), and the column, as a
     * number in JSON text or by its header name in CSV.
     */
    record MalformedBody(String detail, Integer line, Integer column, String columnName) implements Refusal {
        public static MalformedBody of(String detail) {
            return new MalformedBody(detail, null, null, null);
        }

        public static MalformedBody atLine(String detail, int line) {
            return new MalformedBody(detail, line, null, null);
        }
    }

    /** A CSV header names columns the service does not know. */
    record UnknownColumns(List<String> columns, List<String> known) implements Refusal {
        @Override
        public String detail() {
            return "the header names columns qitdb does not know: " + String.join(", ", columns) + "; known columns are "
                    + String.join(", ", known);
        }
    }

    record NotFound(String detail) implements Refusal {
    }

    /** A unique name or key is held by another resource. */
    record Taken(String detail, Ref existing) implements Refusal {
    }

    /** An alias of the entry being written already names another entry. */
    record AliasTaken(String detail, String alias, Ref existing) implements Refusal {
    }

    /** Reference data cannot be removed while others refer to it; how many of each kind do. */
    record InUse(String detail, Map<String, Long> usage) implements Refusal {
    }

    /** Another request changed the same data at the same moment; repeating the request is safe. */
    record ConcurrentWrite(String detail) implements Refusal {
    }

    /** The client's If-Match names an older revision. */
    record StaleRevision(String detail, long currentRevision) implements Refusal {
    }

    /** The client's If-Match names a revision of something that does not exist. */
    record NothingToMatch(String detail) implements Refusal {
    }

    /** A change of a versioned resource needs If-Match. */
    record RevisionRequired(String detail) implements Refusal {
    }

    /**
     * The caller's token covers the organization, but not this kind of write (an editor registering an outgoing
     * liaison statement, or changing a record only admins maintain).
     */
    record NotPermitted(String detail) implements Refusal {
    }

    /** The caller's token does not cover the organization. */
    record OutOfScope(String caller, String organization) implements Refusal {
        @Override
        public String detail() {
            return "token '" + caller + "' may not write entries of " + organization;
        }
    }

    /** Changes after a cursor are no longer kept. */
    record CursorExpired(String detail) implements Refusal {
    }

    /** A batch holds more rows than one submission may. */
    record TooManyRows(int maxRows) implements Refusal {
        @Override
        public String detail() {
            return "a submission may hold at most " + maxRows + " rows; split it";
        }
    }

    /** The body is in a format the operation does not read. */
    record UnsupportedFormat(String detail) implements Refusal {
    }

    /** An idempotency key came back with different content. */
    record KeyReused(Ref submission) implements Refusal {
        @Override
        public String detail() {
            return "this Idempotency-Key was used for a different submission; use a new key for new content";
        }
    }

    /** The first request with this idempotency key is still running. */
    record StillProcessing(Ref submission) implements Refusal {
        @Override
        public String detail() {
            return "a submission with this Idempotency-Key is being processed; ask again shortly";
        }
    }
}
