package org.qitdb.coordination.service;

import java.util.List;
import org.qitdb.common.FieldError;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;

/**
 * A refusal of one row of a bulk load as that row's errors. A write that lost a race with another request is no
 * row's fault: it is thrown on, and the whole load runs again.
 */
final class RowRefusals {

    private RowRefusals() {
    }

    /** @param scopeField the field that names the organization an editor's scope is checked against */
    static List<FieldError> errors(Refused refused, String scopeField) {
        Refusal refusal = refused.refusal();
        if (refusal instanceof Refusal.InvalidBody invalid) {
            return invalid.errors();
        }
        if (refusal instanceof Refusal.OutOfScope || refusal instanceof Refusal.NotPermitted) {
            return List.of(new FieldError(scopeField, refusal.detail()));
        }
        if (refusal instanceof Refusal.ConcurrentWrite) {
            throw refused;
        }
        return List.of(new FieldError("", refusal.detail()));
    }
}
