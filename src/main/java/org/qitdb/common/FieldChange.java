package org.qitdb.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A field that a write changed, from what to what: in a standard's history and change log, a submission row's report
 * and a representative's history. A side that is absent (a field set for the first time, or removed) is omitted.
 */
@Schema(name = "FieldChange", description = "A field's value before and after a write; an absent side means the field had no value")
public record FieldChange(Object from, Object to) {

    /**
     * The fields whose values differ between two versions (by name, in the order of {@code after}, then those only
     * {@code before} has), as {from, to}; a field absent or null on one side has no value there.
     */
    public static Map<String, FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        Map<String, FieldChange> changed = new LinkedHashMap<>();
        for (Map.Entry<String, ?> field : after.entrySet()) {
            Object old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                changed.put(field.getKey(), new FieldChange(old, field.getValue()));
            }
        }
        for (Map.Entry<String, ?> field : before.entrySet()) {
            if (!after.containsKey(field.getKey()) && field.getValue() != null) {
                changed.put(field.getKey(), new FieldChange(field.getValue(), null));
            }
        }
        return changed;
    }
}
