package org.qitdb.standard.feed.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Which cursors a pruning expires: only those issued before it that point below what it removed. */
class ChangeCursorTest {

    @Test
    void aCursorReadsBackAsIssued() {
        ChangeCursor cursor = new ChangeCursor(1234, 56);
        assertThat(ChangeCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void aWalkBegunAfterAPruningIsNotExpiredByIt() {
        // issued while the feed was pruned through 500: positions below 500 were read after the pruning
        assertThat(new ChangeCursor(120, 500).expiredBy(500)).isFalse();
        // a later pruning through 800 may have removed events after position 120 that it has not read
        assertThat(new ChangeCursor(120, 500).expiredBy(800)).isTrue();
        // one that had read past what the later pruning removed keeps going
        assertThat(new ChangeCursor(900, 500).expiredBy(800)).isFalse();
        assertThat(ChangeCursor.START.expiredBy(800)).isFalse();
    }

    @Test
    void cursorsOfTheFirstFormAreJudgedAsIssuedBeforeAnyPruning() {
        String first = Base64.getUrlEncoder().withoutPadding().encodeToString("c1.120".getBytes(StandardCharsets.US_ASCII));
        assertThat(ChangeCursor.decode(first)).isEqualTo(new ChangeCursor(120, 0));
        assertThat(ChangeCursor.decode(first).expiredBy(500)).isTrue();
        assertThat(ChangeCursor.decode(first).expiredBy(0)).isFalse();
    }
}
