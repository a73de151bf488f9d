package org.qitdb.common;

import java.util.List;

/**
 * Carries a {@link Refusal} out of a service to the one problem mapper. No stack trace: a refusal is an answer,
 * not a failure of the service.
 */
public final class Refused extends RuntimeException {

    private final transient Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.detail(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public static Refused invalidParameter(String parameter, String detail) {
        String named = detail.startsWith(parameter) || detail.contains("'" + parameter + "'") ? detail : parameter + ": " + detail;
        return new Refused(new Refusal.InvalidParameter(parameter, named));
    }

    public static Refused invalidBody(List<FieldError> errors) {
        return new Refused(new Refusal.InvalidBody(errors));
    }

    public static Refused invalidField(String field, String message) {
        return invalidBody(List.of(new FieldError(field, message)));
    }

    public static Refused malformedBody(String detail) {
        return new Refused(Refusal.MalformedBody.of(detail));
    }

    public static Refused notFound(String detail) {
        return new Refused(new Refusal.NotFound(detail));
    }

    public static Refused concurrentWrite(String detail) {
        return new Refused(new Refusal.ConcurrentWrite(detail));
    }
}
