package org.qitdb.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strong entity tags derived from an entry's revision, and the preconditions clients send with them
 * ({@code If-Match}, {@code If-None-Match}, RFC 9110 §13).
 */
public final class EntityTags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7e]*)\"\\s*");

    private EntityTags() {
    }

    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /** A parsed {@code If-Match}/{@code If-None-Match} value: {@code *}, or a list of tags (weak ones marked). */
    public record Precondition(boolean any, List<String> strongTags, List<String> weakTags) {

        /** Strong comparison, as {@code If-Match} requires. */
        public boolean matchesStrongly(long revision) {
            return any || strongTags.contains(of(revision));
        }

        /** Weak comparison, as {@code If-None-Match} uses. */
        public boolean matchesWeakly(long revision) {
            return any || strongTags.contains(of(revision)) || weakTags.contains(of(revision));
        }
    }

    /** A precondition header as sent: absent when the client sent none (or only whitespace), else parsed. */
    public static java.util.Optional<Precondition> optional(String header, String name) {
        return header == null || header.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(parse(header, name));
    }

    /** Parses a precondition header; a value that is not {@code *} or a list of quoted tags is a 400 problem. */
    public static Precondition parse(String header, String name) {
        if (header.strip().equals("*")) {
            return new Precondition(true, List.of(), List.of());
        }
        List<String> strong = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        for (String part : header.split(",")) {
            Matcher m = TAG.matcher(part);
            if (!m.matches()) {
                throw Refused.invalidParameter(name,
                        name + " must be * or a list of entity tags such as \"3\" (the ETag of the entry)");
            }
            (m.group(1) == null ? strong : weak).add("\"" + m.group(2) + "\"");
        }
        return new Precondition(false, strong, weak);
    }
}
