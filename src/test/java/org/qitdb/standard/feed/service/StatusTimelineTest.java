package org.qitdb.standard.feed.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.qitdb.standard.feed.service.StatusHistory.StatusChange;

class StatusTimelineTest {

    private static final String[] ORGANIZATIONS = {"TTA", "TEC", "QED-C", "IEC", "ETSI"};
    private static final String[] STATUSES = {"planned", "in-development", "published", "withdrawn", "superseded"};

    private static List<StatusChange> replayed(StatusTimeline timeline) {
        List<StatusChange> events = new ArrayList<>();
        timeline.replay(organization -> true, events::add);
        return events;
    }

    /** Event {@code n} of a made-up history: every kind of event, every field varying with n. */
    private static StatusChange event(long n) {
        UUID id = new UUID(n * 7919, -n);
        String organization = ORGANIZATIONS[(int) (n % ORGANIZATIONS.length)];
        Instant at = Instant.ofEpochSecond(1_700_000_000L + n * 37, n * 1_001 % 1_000_000_000);
        String identifier = "TTAK.QT-" + n;
        return switch ((int) (n % 3)) {
            case 0 -> new StatusChange(n, "created", id, organization, identifier, at, null, STATUSES[(int) (n % 5)],
                    n % 2 == 0 ? "2024-" + (1 + n % 12) : null);
            case 1 -> new StatusChange(n, "updated", id, organization, identifier, at, STATUSES[(int) (n % 5)],
                    STATUSES[(int) ((n + 1) % 5)], n % 4 == 1 ? "2025" : null);
            default -> new StatusChange(n, "deleted", id, organization, identifier, at, null, null, null);
        };
    }

    @Test
    void everyFieldComesBackAsAppendedAbsentOnesIncluded() {
        List<StatusChange> events = List.of(
                new StatusChange(3, "created", UUID.randomUUID(), "TTA", "TTAK.KO-12.0345", Instant.parse("2024-05-17T08:30:12.345678Z"),
                        null, "published", "2024-05"),
                new StatusChange(7, "created", UUID.randomUUID(), "QED-C", "QED-C TR 1", Instant.ofEpochSecond(0, 1), null, "planned",
                        null),
                new StatusChange(8, "updated", new UUID(Long.MIN_VALUE, Long.MAX_VALUE), "TTA", "TTAK.KO-12.0345",
                        Instant.parse("2025-01-02T03:04:05Z"), "published", "withdrawn", null),
                new StatusChange(9, "updated", new UUID(0, 0), "IEC", "IEC 62443-3-3", Instant.parse("1999-12-31T23:59:59.999999999Z"),
                        "in-development", "published", "2025-02-28"),
                new StatusChange(12, "deleted", UUID.randomUUID(), "TEC", "TEC 91009:2024", Instant.parse("2025-03-01T00:00:00Z"), null,
                        null, null),
                // beyond Latin-1, and a lone surrogate, which no character set would carry unchanged
                new StatusChange(13, "created", UUID.randomUUID(), "TEC", "量子鍵配送 \ud83d\udd11 \ud800", Instant.parse("2025-03-02T00:00:00Z"),
                        null, "planned", null),
                new StatusChange(14, "created", UUID.randomUUID(), "IEC", "", Instant.parse("2025-03-03T00:00:00Z"), null, "published",
                        "2025"));
        StatusTimeline timeline = new StatusTimeline();
        events.forEach(timeline::append);

        assertThat(replayed(timeline)).containsExactlyElementsOf(events);
        assertThat(timeline.size()).isEqualTo(events.size());
        assertThat(timeline.position()).isEqualTo(14);
    }

    @Test
    void growsPastItsFirstArraysAndReplaysInSeqOrder() {
        StatusTimeline timeline = new StatusTimeline();
        List<StatusChange> events = new ArrayList<>();
        for (long n = 1; n <= 50_000; n += 1 + n % 3) {
            StatusChange event = event(n);
            events.add(event);
            timeline.append(event);
        }

        assertThat(replayed(timeline)).containsExactlyElementsOf(events);
    }

    @Test
    void takesOnlyEventsAfterWhatItHasRead() {
        StatusTimeline timeline = new StatusTimeline();
        timeline.append(event(5));
        assertThatThrownBy(() -> timeline.append(event(5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timeline.append(event(4))).isInstanceOf(IllegalArgumentException.class);
        // changes that were no status events moved the position on
        timeline.reached(20);
        assertThatThrownBy(() -> timeline.append(event(19))).isInstanceOf(IllegalArgumentException.class);
        timeline.reached(10);
        assertThat(timeline.position()).as("never back").isEqualTo(20);
        timeline.append(event(21));
        assertThat(replayed(timeline)).extracting(StatusChange::seq).containsExactly(5L, 21L);
    }

    @Test
    void leavesOutOrganizationsNotShownAskingOnceEachPerReplay() {
        StatusTimeline timeline = new StatusTimeline();
        for (long n = 1; n <= 100; n++) {
            timeline.append(event(n));
        }
        Map<String, Integer> asked = new HashMap<>();
        List<StatusChange> shown = new ArrayList<>();
        timeline.replay(organization -> {
            asked.merge(organization, 1, Integer::sum);
            return !organization.equals("TEC") && !organization.equals("IEC");
        }, shown::add);

        assertThat(asked).containsOnlyKeys(ORGANIZATIONS).allSatisfy((organization, times) -> assertThat(times).isEqualTo(1));
        assertThat(shown).hasSize(60).extracting(StatusChange::organization).containsOnly("TTA", "QED-C", "ETSI");
        assertThat(shown).extracting(StatusChange::seq).isSorted();
    }

    @Test
    void aReplayBesideAppendsSeesACompletePrefix() throws InterruptedException {
        StatusTimeline timeline = new StatusTimeline();
        int total = 200_000;
        Thread writer = new Thread(() -> {
            for (long n = 1; n <= total; n++) {
                timeline.append(event(n));
            }
        });
        AtomicReference<AssertionError> failure = new AtomicReference<>();
        writer.start();
        int replays = 0;
        while (writer.isAlive() || replays == 0) {
            long[] expected = {1};
            try {
                timeline.replay(organization -> true, event -> {
                    assertThat(event).isEqualTo(event(expected[0]));
                    expected[0]++;
                });
            } catch (AssertionError e) {
                failure.compareAndSet(null, e);
                break;
            }
            replays++;
        }
        writer.join();
        assertThat(failure.get()).isNull();
        assertThat(replayed(timeline)).hasSize(total);
    }

    @Test
    void aHundredThousandEventsTakeAFewMegabytes() {
        StatusTimeline timeline = new StatusTimeline();
        for (long n = 1; n <= 100_000; n++) {
            StatusChange e = event(n);
            // identifiers of 15 characters, as most are
            timeline.append(new StatusChange(e.seq(), e.type(), e.id(), e.organization(), "ETSI GS QKD " + (100 + n % 900),
                    e.at(), e.from(), e.to(), e.publicationDate()));
        }
        long bytes = timeline.bytesHeld();

        // 51 bytes a slot and 15 for the identifier: 6.6 MB filled, 8.9 MB with the room the arrays have grown into
        assertThat(bytes).isBetween(6_600_000L, 9_000_000L);
    }
}
