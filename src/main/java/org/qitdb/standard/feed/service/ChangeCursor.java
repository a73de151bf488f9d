package org.qitdb.standard.feed.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qitdb.common.Refused;

/**
 * The feed's cursor. Opaque to clients (so that its form can change), versioned, and checked: a cursor that
 * was not made here is a 400 problem, never a silent restart from zero.
 *
 * <p>Besides the last sequence number read it carries how far the feed had been pruned when it was issued: a
 * walk that began after a pruning passes sequence numbers below the pruned mark without having missed anything,
 * and only a pruning after the cursor was issued can have removed events its reader still needed.
 *
 * @param seq the last sequence number the reader has seen
 * @param prunedThrough the feed's pruned mark when the cursor was issued
 */
public record ChangeCursor(long seq, long prunedThrough) {

    private static final Pattern FORM = Pattern.compile("c1\\.(\\d{1,18})|c2\\.(\\d{1,18})\\.(\\d{1,18})");

    public static final ChangeCursor START = new ChangeCursor(0, 0);

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("c2." + seq + "." + prunedThrough).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether a pruning after this cursor was issued may have removed events after it. */
    public boolean expiredBy(long prunedThroughNow) {
        return seq != 0 && seq < prunedThroughNow && prunedThrough < prunedThroughNow;
    }

    public static ChangeCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            Matcher m = FORM.matcher(text);
            if (m.matches()) {
                // cursors of the first form said nothing of the pruned mark: they are judged as if issued before any
                return m.group(1) != null ? new ChangeCursor(Long.parseLong(m.group(1)), 0)
                        : new ChangeCursor(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw Refused.invalidParameter("since", "since: not a cursor of this feed; pass the `next` value of an earlier answer, or nothing to start from the beginning");
    }
}
