package org.qitdb.standard.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five canonical statuses, and the words SDOs use for them. ITU-T says "In force" and "Under study",
 * ISO/IEC gives stage codes ("Stage 40.20", "AWI", "FDIS"), IEEE has PARs: all map to one canonical status,
 * while the SDO's own words are kept in {@code sdoStatus}.
 */
public final class StatusVocabulary {

    public static final String PLANNED = "planned";
    public static final String IN_DEVELOPMENT = "in-development";
    public static final String PUBLISHED = "published";
    public static final String SUPERSEDED = "superseded";
    public static final String WITHDRAWN = "withdrawn";
    public static final List<String> CANONICAL = List.of(PLANNED, IN_DEVELOPMENT, PUBLISHED, SUPERSEDED, WITHDRAWN);

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    private static final Pattern ISO_STAGE = Pattern.compile("(?:stage\\s*)?(\\d{2})\\.(\\d{2})");
    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        for (String s : CANONICAL) {
            WORDS.put(fold(s), s);
        }
        words(PLANNED, "proposed", "proposal", "new work item", "new work item proposal", "nwip", "np", "pwi",
                "preliminary work item", "preliminary", "planned work", "candidate");
        words(IN_DEVELOPMENT, "under study", "draft", "in progress", "under development", "in development", "development",
                "work item", "ongoing", "awi", "approved work item", "wd", "working draft", "cd", "committee draft", "dis",
                "fdis", "dts", "dtr", "par", "active par", "consented", "determined", "under approval", "in preparation",
                "internet draft", "active internet draft", "stable draft", "under revision", "on going");
        words(PUBLISHED, "in force", "approved", "active", "current", "valid", "is", "international standard",
                "published standard", "confirmed", "rfc", "released", "adopted", "in effect");
        words(SUPERSEDED, "replaced", "superseded by", "revised", "obsolete", "obsoleted", "historic", "historical");
        words(WITHDRAWN, "cancelled", "canceled", "abandoned", "deleted", "retired", "expired", "inactive",
                "deprecated", "no longer in force", "not in force");
    }

    private StatusVocabulary() {
    }

    private static void words(String status, String... spellings) {
        for (String spelling : spellings) {
            WORDS.put(fold(spelling), status);
        }
    }

    /** The canonical status for a canonical name or an SDO's words, empty when the words are unknown. */
    public static Optional<String> canonical(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String folded = fold(words);
        String known = WORDS.get(folded);
        if (known != null) {
            return Optional.of(known);
        }
        Matcher stage = ISO_STAGE.matcher(folded);
        if (stage.matches()) {
            return Optional.of(isoStage(Integer.parseInt(stage.group(1)), Integer.parseInt(stage.group(2))));
        }
        return Optional.empty();
    }

    /**
     * ISO/IEC harmonized stage codes: 00 preliminary and 10 proposal (planned; 10.99 = new project approved), 20–50
     * in development (substage 98 = project abandoned), 60.00 under publication, 60.60 published, 90 review (still
     * published, also 90.99 = withdrawal proposed), 95.99 withdrawn.
     */
    private static String isoStage(int stage, int substage) {
        if (stage < 60 && substage == 98) {
            return WITHDRAWN;
        }
        if (stage < 10 || (stage < 20 && substage != 99)) {
            return PLANNED;
        }
        if (stage < 60 || (stage == 60 && substage == 0)) {
            return IN_DEVELOPMENT;
        }
        if (stage < 95) {
            return PUBLISHED;
        }
        return substage == 99 ? WITHDRAWN : PUBLISHED;
    }

    public static boolean isCanonical(String status) {
        return status != null && CANONICAL.contains(status);
    }

    private static String fold(String words) {
        return SEPARATORS.matcher(words.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
