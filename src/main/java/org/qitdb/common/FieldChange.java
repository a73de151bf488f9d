package org.qitdb.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A field that a write changed, from what to what: in a standard's history and change log, a submission row's report
 * and a representative's history. A side that is absent (a field set for the first time, or removed) is omitted.
 */
@Schema(name = "FieldChange", description = "A field's value before and after a write; an absent side means the field had no value")
public record FieldChange(Object from, Object to) {
}
