package org.qitdb.representative.service;

import org.qitdb.common.FieldChange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.qitdb.reference.api.GroupRepresentative;
import org.qitdb.representative.api.Representative;
import org.qitdb.representative.store.RepresentativeEntity;

/** Converts between entities, canonical data and API views; server-owned fields are never taken from input. */
public final class RepresentativeMapper {

    /** The fields only admins and editors of the representative's organization may read, in views and in history. */
    public static final Set<String> PERSONAL_FIELDS = Set.of("email", "notes");

    private RepresentativeMapper() {
    }

    public static RepresentativeData dataOf(RepresentativeEntity e) {
        return new RepresentativeData(e.organizationCode, e.groupCode, e.name, e.role, e.affiliation, e.email, e.since, e.until,
                e.appointedBy, e.notes);
    }

    /** The view of one reader: with {@code personal} false, email and notes are left out. */
    public static Representative viewOf(RepresentativeEntity e, boolean personal) {
        return new Representative(e.id, e.organizationCode, e.groupCode, e.name, e.role, e.affiliation,
                personal ? e.email : null, e.since, e.until, e.appointedBy, personal ? e.notes : null,
                e.provenance, e.createdAt, e.updatedAt, e.revision);
    }

    public static GroupRepresentative publicViewOf(RepresentativeEntity e) {
        return new GroupRepresentative(e.id, e.name, e.role, e.affiliation, e.since, e.until);
    }

    public static void apply(RepresentativeData d, RepresentativeEntity e) {
        e.organizationCode = d.organization();
        e.groupCode = d.group();
        e.name = d.name();
        e.role = d.role();
        e.affiliation = d.affiliation();
        e.email = d.email();
        e.since = d.since();
        e.until = d.until();
        e.appointedBy = d.appointedBy();
        e.notes = d.notes();
    }

    /** The fields as the API names them, for comparing two versions; dates as ISO text, as the API writes them. */
    public static Map<String, Object> fields(RepresentativeData d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("organization", d.organization());
        fields.put("group", d.group());
        fields.put("name", d.name());
        fields.put("role", d.role());
        fields.put("affiliation", d.affiliation());
        fields.put("email", d.email());
        fields.put("since", d.since() == null ? null : d.since().toString());
        fields.put("until", d.until() == null ? null : d.until().toString());
        fields.put("appointedBy", d.appointedBy());
        fields.put("notes", d.notes());
        return fields;
    }

    /** The fields that differ between two versions, as {from, to} (before may be null: everything set is new). */
    public static Map<String, FieldChange> differences(RepresentativeData before, RepresentativeData after) {
        return FieldChange.between(before == null ? Map.of() : fields(before), fields(after));
    }
}
