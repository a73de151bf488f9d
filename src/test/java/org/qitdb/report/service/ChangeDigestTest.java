package org.qitdb.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.standard.feed.service.StatusHistory.StatusChange;

class ChangeDigestTest {

    private static final LocalDate SINCE = LocalDate.of(2025, 6, 1);

    private static StatusChange event(String type, String from, String to, String publicationDate) {
        return new StatusChange(1, type, UUID.randomUUID(), "ETSI", "GS QKD 014", Instant.parse("2025-07-01T10:00:00Z"), from, to,
                publicationDate);
    }

    @Test
    void anEntryRecordedAsPublishedIsPublishedOnlyWhenItsDateMayFollowTheMeeting() {
        assertThat(ChangeDigest.kind(event("created", null, "published", "2025-09"), SINCE)).isEqualTo("published");
        assertThat(ChangeDigest.kind(event("created", null, "published", "2025"), SINCE)).isEqualTo("published");
        assertThat(ChangeDigest.kind(event("created", null, "published", "2019-02"), SINCE)).isEqualTo("added");
        assertThat(ChangeDigest.kind(event("created", null, "published", null), SINCE)).isEqualTo("added");
    }

    @Test
    void statusChangesAreNamedByWhatTheyBecame() {
        assertThat(ChangeDigest.kind(event("updated", "in-development", "published", null), SINCE)).isEqualTo("published");
        assertThat(ChangeDigest.kind(event("updated", "planned", "in-development", null), SINCE)).isEqualTo("started");
        assertThat(ChangeDigest.kind(event("created", null, "planned", null), SINCE)).isEqualTo("started");
        assertThat(ChangeDigest.kind(event("updated", "published", "withdrawn", null), SINCE)).isEqualTo("withdrawn");
        assertThat(ChangeDigest.kind(event("updated", "published", "superseded", null), SINCE)).isEqualTo("superseded");
        assertThat(ChangeDigest.kind(event("deleted", null, null, null), SINCE)).isEqualTo("removed");
    }

    @Test
    void workStartsWhenRecordedAsPlannedOrInDevelopmentOrMovedToInDevelopment() {
        assertThat(ChangeDigest.startsWork(event("created", null, "in-development", null))).isTrue();
        assertThat(ChangeDigest.startsWork(event("created", null, "planned", null))).isTrue();
        assertThat(ChangeDigest.startsWork(event("updated", "planned", "in-development", null))).isTrue();
        assertThat(ChangeDigest.startsWork(event("created", null, "published", "2020"))).isFalse();
        assertThat(ChangeDigest.startsWork(event("updated", "in-development", "published", null))).isFalse();
        assertThat(ChangeDigest.startsWork(event("deleted", null, null, null))).isFalse();
    }
}
