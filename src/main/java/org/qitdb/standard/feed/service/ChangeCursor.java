package org.qitdb.standard.feed.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qitdb.common.Refused;

/**
 * The feed's cursor. Opaque to clients (so that its form can change), versioned, and checked: a cursor that
 * was not made here is a 400 problem, never a silent restart from zero.
 */
public final class ChangeCursor {

    private static final Pattern FORM = Pattern.compile("c1\\.(\\d{1,18})");

    private ChangeCursor() {
    }

    public static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("c1." + seq).getBytes(StandardCharsets.US_ASCII));
    }

    public static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            Matcher m = FORM.matcher(text);
            if (m.matches()) {
                return Long.parseLong(m.group(1));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw Refused.invalidParameter("since", "since: not a cursor of this feed; pass the `next` value of an earlier answer, or nothing to start from the beginning");
    }
}
