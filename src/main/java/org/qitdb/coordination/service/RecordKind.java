package org.qitdb.coordination.service;

import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;

/** The kinds of record in the coordination register, as history and problems name them. */
public enum RecordKind {
    MEETING("meeting", "meeting", Refusal.Ref.Kind.MEETING),
    LIAISON_STATEMENT("liaison-statement", "liaison statement", Refusal.Ref.Kind.LIAISON_STATEMENT),
    COORDINATION_QUESTION("coordination-question", "coordination question", Refusal.Ref.Kind.COORDINATION_QUESTION);

    private final String wire;
    private final String noun;
    private final Refusal.Ref.Kind ref;

    RecordKind(String wire, String noun, Refusal.Ref.Kind ref) {
        this.wire = wire;
        this.noun = noun;
        this.ref = ref;
    }

    public String wire() {
        return wire;
    }

    /** How messages name a record of the kind. */
    public String noun() {
        return noun;
    }

    public Refusal.Ref ref(UUID id, String label) {
        return new Refusal.Ref(ref, id.toString(), label);
    }

    public Refused notFound(Object id) {
        return Refused.notFound("no " + noun + " with id '" + ClientValues.shorten(String.valueOf(id)) + "'");
    }

    public static RecordKind ofWire(String wire) {
        for (RecordKind kind : values()) {
            if (kind.wire.equals(wire)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no record kind " + wire);
    }
}
