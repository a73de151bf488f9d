package org.qitdb.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each kind of {@link Refusal} is said over HTTP: its status, problem type and title, and the extension members
 * a client can act on (the parameter, the field errors, a link to the resource that holds a key). Links to other
 * resources are built here and nowhere else.
 */
final class RefusalProblems {

    /** What a refusal becomes: everything of the problem document but its {@code instance}. */
    record Spec(int status, String type, String title, String detail, Map<String, Object> extensions) {
    }

    private RefusalProblems() {
    }

    static Spec of(Refusal refusal) {
        Map<String, Object> ext = new LinkedHashMap<>();
        String detail = refusal.detail();
        if (refusal instanceof Refusal.InvalidParameter p) {
            ext.put("parameter", p.parameter());
            return new Spec(400, "invalid-parameter", "Invalid request parameter", detail, ext);
        }
        if (refusal instanceof Refusal.InvalidBody b) {
            ext.put("errors", b.errors());
            return new Spec(400, "validation-failed", "The request body is invalid", detail, ext);
        }
        if (refusal instanceof Refusal.MalformedBody m) {
            if (m.line() != null) {
                ext.put("line", m.line());
            }
            if (m.column() != null) {
                ext.put("column", m.column());
            } else if (m.columnName() != null) {
                ext.put("column", m.columnName());
            }
            return new Spec(400, "malformed-body", "Malformed request body", detail, ext);
        }
        if (refusal instanceof Refusal.UnknownColumns u) {
            ext.put("columns", u.columns());
            ext.put("line", 1);
            return new Spec(400, "unknown-columns", "Unknown columns", detail, ext);
        }
        if (refusal instanceof Refusal.NotFound) {
            return new Spec(404, "not-found", "Not found", detail, ext);
        }
        if (refusal instanceof Refusal.Taken t) {
            link(ext, t.existing());
            return new Spec(409, "conflict", "Conflict", detail, ext);
        }
        if (refusal instanceof Refusal.AliasTaken a) {
            ext.put("alias", a.alias());
            link(ext, a.existing());
            return new Spec(409, "conflict", "Conflict", detail, ext);
        }
        if (refusal instanceof Refusal.InUse u) {
            ext.putAll(u.usage());
            return new Spec(409, "conflict", "Conflict", detail, ext);
        }
        if (refusal instanceof Refusal.ConcurrentWrite) {
            return new Spec(409, "conflict", "Conflict", detail, ext);
        }
        if (refusal instanceof Refusal.StillProcessing s) {
            ext.put("submission", path(s.submission()));
            return new Spec(409, "conflict", "Conflict", detail, ext);
        }
        if (refusal instanceof Refusal.StaleRevision s) {
            ext.put("currentRevision", s.currentRevision());
            return new Spec(412, "precondition-failed", "Precondition failed", detail, ext);
        }
        if (refusal instanceof Refusal.NothingToMatch) {
            return new Spec(412, "precondition-failed", "Precondition failed", detail, ext);
        }
        if (refusal instanceof Refusal.RevisionRequired) {
            return new Spec(428, "precondition-required", "Precondition required", detail, ext);
        }
        if (refusal instanceof Refusal.OutOfScope o) {
            ext.put("organization", o.organization());
            return new Spec(403, "forbidden", "Forbidden", detail, ext);
        }
        if (refusal instanceof Refusal.NotPermitted) {
            return new Spec(403, "forbidden", "Forbidden", detail, ext);
        }
        if (refusal instanceof Refusal.CursorExpired) {
            ext.put("parameter", "since");
            return new Spec(410, "cursor-expired", "Cursor expired", detail, ext);
        }
        if (refusal instanceof Refusal.TooManyRows t) {
            ext.put("maxRows", t.maxRows());
            return new Spec(413, "too-many-rows", "Too many rows", detail, ext);
        }
        if (refusal instanceof Refusal.UnsupportedFormat) {
            return new Spec(415, "unsupported-media-type", "Unsupported media type", detail, ext);
        }
        if (refusal instanceof Refusal.KeyReused k) {
            ext.put("submission", path(k.submission()));
            return new Spec(422, "idempotency-key-reused", "Idempotency-Key reused", detail, ext);
        }
        throw new IllegalStateException("a refusal without an HTTP form: " + refusal.getClass().getSimpleName());
    }

    /** The standard holding a key is named three ways: a link, its id and its identifier. */
    private static void link(Map<String, Object> ext, Refusal.Ref ref) {
        if (ref == null) {
            return; // taken by something that has no resource of its own (an active token's name)
        }
        ext.put("existing", path(ref));
        if (ref.kind() == Refusal.Ref.Kind.STANDARD) {
            ext.put("existingId", ref.key());
            ext.put("existingIdentifier", ref.label());
        } else if (ref.kind() == Refusal.Ref.Kind.MEETING || ref.kind() == Refusal.Ref.Kind.LIAISON_STATEMENT
                || ref.kind() == Refusal.Ref.Kind.COORDINATION_QUESTION) {
            ext.put("existingId", ref.key());
        }
    }

    static String path(Refusal.Ref ref) {
        return switch (ref.kind()) {
            case STANDARD -> "/api/v1/standards/" + ref.key();
            case SUBMISSION -> "/api/v1/submissions/" + ref.key();
            case ORGANIZATION -> "/api/v1/organizations/" + ref.key();
            case GROUP -> "/api/v1/groups/" + ref.key();
            case TOPIC -> "/api/v1/topics/" + ref.key();
            case MEETING -> "/api/v1/meetings/" + ref.key();
            case LIAISON_STATEMENT -> "/api/v1/liaison-statements/" + ref.key();
            case COORDINATION_QUESTION -> "/api/v1/coordination-questions/" + ref.key();
        };
    }
}
