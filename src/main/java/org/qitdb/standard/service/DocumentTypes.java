package org.qitdb.standard.service;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The kinds of document qitdb knows; input is matched in any case, with spaces or underscores for hyphens. */
public final class DocumentTypes {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_]+");

    public static final List<String> ALL = List.of("recommendation", "supplement", "amendment", "corrigendum",
            "technical-report", "technical-specification", "group-specification", "group-report", "international-standard",
            "national-standard", "ieee-standard", "rfc", "internet-draft", "white-paper", "other");

    private DocumentTypes() {
    }

    public static Optional<String> canonical(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String folded = SEPARATORS.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
        return ALL.contains(folded) ? Optional.of(folded) : Optional.empty();
    }
}
