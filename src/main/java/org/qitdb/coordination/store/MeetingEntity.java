package org.qitdb.coordination.store;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting of the coordination group. Start and end are kept as instants (for ordering) with the UTC offset they were
 * given in, so that a meeting announced for 13:00 +01:00 reads back as such on every database.
 */
@Entity
@Table(name = "coordination_meeting")
public class MeetingEntity extends RegisterRecord {

    @Column(nullable = false)
    public String code;

    /** The code as compared: case and spacing do not make two meetings. */
    @Column(name = "code_key", nullable = false)
    public String codeKey;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    /** Seconds east of UTC. */
    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "end_offset")
    public Integer endOffset;

    public String place;

    @Column(name = "virtual_meeting", nullable = false)
    public boolean virtualMeeting;

    @Column(name = "colocated_with")
    public String colocatedWith;

    /** The number of the meeting's report document. */
    public String report;

    public String notes;

    @Convert(converter = PartyListConverter.class)
    @Column(nullable = false)
    public List<StoredParty> invited = new ArrayList<>();

    @Convert(converter = PartyListConverter.class)
    @Column(nullable = false)
    public List<StoredParty> attended = new ArrayList<>();

    @Convert(converter = DocumentListConverter.class)
    @Column(nullable = false)
    public List<StoredDocument> documents = new ArrayList<>();

    @Override
    public String label() {
        return code;
    }
}
