package org.qitdb.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of identifier keys over generated identifiers. An identifier is modelled as a sequence of
 * segments, each a (possibly empty) run of ASCII letters followed by a number; it is then spelled in many
 * ways: any case, any separator (or none) between letters and digits, any non-empty separator between two
 * numbers, leading zeros.
 */
class IdentifierNormalizerPropertiesTest {

    private static final List<String> ETSI_NAMES = List.of("ETSI", "etsi", "European Telecommunications Standards Institute");

    /** Separators allowed where letters meet digits (or digits meet letters): none at all is fine too. */
    private static final String[] LETTER_DIGIT_SEPARATORS = {"", "", " ", ".", "-", ". ", "_", "/", "  ", " . "};
    /**
     * Separators between two numbers: must not be empty, else two numbers would become one; nor spaces only, which
     * join two digit runs into one number as ETSI writes them ({@code 103 744}).
     */
    private static final String[] DIGIT_DIGIT_SEPARATORS = {"-", ".", "/", " - ", "_", " / ", "-"};

    record Segment(String letters, long number) {
    }

    // ---- generators

    private static Arbitrary<String> letterRun(int minLength) {
        // no 'v': "v1.2" after an identifier is an ETSI version, which is not part of the key
        return Arbitraries.strings().withCharRange('a', 'u').ofMinLength(minLength).ofMaxLength(6);
    }

    private static Arbitrary<Long> numberValues() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 20), Arbitraries.longs().between(0, 99_999));
    }

    /** First segment starts with letters; later segments may be bare numbers (like the part in 23837-1). */
    @Provide
    Arbitrary<List<Segment>> identifiers() {
        Arbitrary<Segment> first = Combinators.combine(letterRun(1), numberValues()).as(Segment::new);
        Arbitrary<Segment> later = Combinators.combine(letterRun(0), numberValues()).as(Segment::new);
        return Combinators.combine(first, later.list().ofMaxSize(3)).as((head, tail) -> {
            List<Segment> all = new ArrayList<>();
            all.add(head);
            all.addAll(tail);
            return all;
        });
    }

    @Provide
    Arbitrary<Random> spellings() {
        return Arbitraries.randoms();
    }

    /** One of the many ways to write the identifier; the random source decides case, separators and zeros. */
    static String spell(List<Segment> segments, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i > 0) {
                out.append(s.letters().isEmpty() ? pick(DIGIT_DIGIT_SEPARATORS, random) : pick(LETTER_DIGIT_SEPARATORS, random));
            }
            for (char c : s.letters().toCharArray()) {
                out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            if (!s.letters().isEmpty()) {
                out.append(pick(LETTER_DIGIT_SEPARATORS, random));
            }
            out.append("0".repeat(random.nextInt(3))).append(s.number());
        }
        return out.toString();
    }

    /** The plainest spelling: lower case, no separator between letters and digits, "-" between numbers. */
    static String plain(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (i > 0 && s.letters().isEmpty()) {
                out.append('-');
            }
            out.append(s.letters()).append(s.number());
        }
        return out.toString();
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    private static List<Long> numbersOf(List<Segment> segments) {
        return segments.stream().map(Segment::number).toList();
    }

    private static List<Segment> withNumbers(List<Segment> skeleton, List<Long> numbers) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < skeleton.size(); i++) {
            out.add(new Segment(skeleton.get(i).letters(), numbers.get(i)));
        }
        return out;
    }

    // ---- properties

    @Property(tries = 200)
    @Label("key does not change when the identifier is re-spelled (case, separators, leading zeros)")
    void keyIsIndependentOfSpelling(@ForAll("identifiers") List<Segment> id,
                                    @ForAll("spellings") Random first, @ForAll("spellings") Random second) {
        String a = spell(id, first);
        String b = spell(id, second);
        assertThat(IdentifierNormalizer.key(a)).as("%s vs %s", a, b).isEqualTo(IdentifierNormalizer.key(b));
    }

    @Property(tries = 200)
    @Label("key of any spelling equals the key of the plainest spelling")
    void keyOfAnySpellingEqualsKeyOfPlainSpelling(@ForAll("identifiers") List<Segment> id, @ForAll("spellings") Random random) {
        String spelled = spell(id, random);
        assertThat(IdentifierNormalizer.key(spelled)).as(spelled).isEqualTo(IdentifierNormalizer.key(plain(id)));
    }

    @Property(tries = 200)
    @Label("identifiers whose numbers differ never share a key, whatever their spelling")
    void differentNumbersNeverShareAKey(@ForAll("identifiers") List<Segment> id,
                                        @ForAll("spellings") Random first, @ForAll("spellings") Random second,
                                        @ForAll("numbers") List<Long> otherNumbers) {
        List<Long> others = new ArrayList<>(numbersOf(id));
        for (int i = 0; i < others.size() && i < otherNumbers.size(); i++) {
            others.set(i, otherNumbers.get(i));
        }
        Assume.that(!others.equals(numbersOf(id)));
        String a = spell(id, first);
        String b = spell(withNumbers(id, others), second);
        assertThat(IdentifierNormalizer.key(a)).as("%s vs %s", a, b).isNotEqualTo(IdentifierNormalizer.key(b));
    }

    @Provide
    Arbitrary<List<Long>> numbers() {
        return Arbitraries.longs().between(0, 99_999).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    @Label("changing a single number by any amount changes the key")
    void changingOneNumberChangesTheKey(@ForAll("identifiers") List<Segment> id, @ForAll("spellings") Random random) {
        int index = random.nextInt(id.size());
        List<Long> others = new ArrayList<>(numbersOf(id));
        long delta = 1 + random.nextInt(1000);
        others.set(index, random.nextBoolean() || others.get(index) < delta ? others.get(index) + delta : others.get(index) - delta);
        String a = spell(id, random);
        String b = spell(withNumbers(id, others), random);
        assertThat(IdentifierNormalizer.key(a)).as("%s vs %s", a, b).isNotEqualTo(IdentifierNormalizer.key(b));
    }

    @Property(tries = 200)
    @Label("joining two numbers, or splitting one, changes the key")
    void joiningTwoNumbersChangesTheKey(@ForAll("spellings") Random random,
                                        @ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 5) String letters,
                                        @ForAll("numbers") List<Long> parts) {
        Assume.that(parts.size() >= 2);
        StringBuilder split = new StringBuilder(letters).append(' ').append(parts.get(0));
        StringBuilder joined = new StringBuilder(letters).append(' ').append(parts.get(0));
        for (Long part : parts.subList(1, parts.size())) {
            split.append(pick(DIGIT_DIGIT_SEPARATORS, random)).append(part);
            joined.append(part);
        }
        assertThat(IdentifierNormalizer.key(split.toString())).as("%s vs %s", split, joined)
                .isNotEqualTo(IdentifierNormalizer.key(joined.toString()));
    }

    @Property(tries = 200)
    @Label("key never contains whitespace, upper-case ASCII, or a stray hyphen")
    void keyIsCompact(@ForAll String raw) {
        assertKeyIsCompact(raw);
    }

    @Property(tries = 200)
    @Label("key is compact also for identifier-like text full of separators and Unicode spaces")
    void keyIsCompactForSeparatorHeavyText(
            @ForAll @Chars({'a', 'Z', '0', '7', ' ', '\t', '\n', '-', '.', '/', '_', '\u00A0', '\u2003', '\u3000', '１', 'Ｑ'})
            @StringLength(max = 30) String raw) {
        assertKeyIsCompact(raw);
    }

    private static void assertKeyIsCompact(String raw) {
        String key = IdentifierNormalizer.key(raw);
        assertThat(key.codePoints().filter(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)))
                .as("whitespace in key %s of %s", key, raw).isEmpty();
        assertThat(key).as("key of %s", raw).doesNotContain(".", "/", "_", ":", "(", ")");
        assertThat(key.chars().filter(c -> c >= 'A' && c <= 'Z')).as("key %s of %s", key, raw).isEmpty();
        assertThat(key).doesNotStartWith("-").doesNotEndWith("-").doesNotContain("--");
    }

    @Property(tries = 200)
    @Label("key does not depend on upper or lower case")
    void keyIgnoresCase(@ForAll("identifiers") List<Segment> id, @ForAll("spellings") Random random) {
        String spelled = spell(id, random);
        assertThat(IdentifierNormalizer.key(spelled.toUpperCase(Locale.ROOT)))
                .isEqualTo(IdentifierNormalizer.key(spelled.toLowerCase(Locale.ROOT)))
                .isEqualTo(IdentifierNormalizer.key(spelled));
    }

    @Property(tries = 200)
    @Label("surrounding and repeated whitespace never changes the key")
    void keyIgnoresExtraWhitespace(@ForAll("identifiers") List<Segment> id, @ForAll("spellings") Random random,
                                   @ForAll @Chars({' ', '\t', '\n'}) @StringLength(min = 1, max = 3) String pad) {
        String spelled = spell(id, random);
        String padded = pad + spelled.replace(" ", " " + pad) + pad;
        assertThat(IdentifierNormalizer.key(padded)).isEqualTo(IdentifierNormalizer.key(spelled));
    }

    @Property(tries = 200)
    @Label("a leading organization name is stripped from key and cleaned identifier alike")
    void leadingOrganizationNameDoesNotMatter(@ForAll("identifiers") List<Segment> id, @ForAll("spellings") Random random) {
        Assume.that(!id.get(0).letters().equals("etsi"));
        String spelled = spell(id, random);
        String collapsed = spelled.replaceAll("\\s+", " ");
        for (String name : ETSI_NAMES) {
            String prefixed = name + pick(new String[] {" ", "  ", ": ", " - "}, random) + spelled;
            assertThat(IdentifierNormalizer.key(prefixed, ETSI_NAMES)).as(prefixed)
                    .isEqualTo(IdentifierNormalizer.key(spelled, ETSI_NAMES))
                    .isEqualTo(IdentifierNormalizer.key(spelled));
            assertThat(IdentifierNormalizer.clean(prefixed, ETSI_NAMES)).as(prefixed).isEqualTo(collapsed);
        }
    }

    @Property(tries = 200)
    @Label("clean never changes the key")
    void cleanPreservesTheKey(@ForAll("identifiers") List<Segment> id, @ForAll("spellings") Random random) {
        Assume.that(!id.get(0).letters().equals("etsi"));
        String raw = "ETSI " + spell(id, random);
        String cleaned = IdentifierNormalizer.clean(raw, ETSI_NAMES);
        assertThat(IdentifierNormalizer.key(cleaned, ETSI_NAMES)).isEqualTo(IdentifierNormalizer.key(raw, ETSI_NAMES));
    }

    // ---- how SDOs and their members write numbers, parts and editions

    @Property(tries = 200)
    @Label("digit runs separated only by spaces are one number (ETSI's 'TS 103 744')")
    void digitRunsSeparatedBySpacesJoin(@ForAll @CharRange(from = 'a', to = 'u') @StringLength(min = 1, max = 4) String letters,
                                        @ForAll("digitRuns") List<String> runs, @ForAll("spellings") Random random) {
        StringBuilder spaced = new StringBuilder(letters).append(' ');
        for (int i = 0; i < runs.size(); i++) {
            spaced.append(i == 0 ? "" : " ".repeat(1 + random.nextInt(3))).append(runs.get(i));
        }
        String joined = letters + String.join("", runs);
        assertThat(IdentifierNormalizer.key(spaced.toString())).as(spaced.toString()).isEqualTo(IdentifierNormalizer.key(joined));
    }

    @Provide
    Arbitrary<List<String>> digitRuns() {
        return Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(4).list().ofMinSize(2).ofMaxSize(3);
    }

    @Property(tries = 200)
    @Label("an ETSI version, an ISO year or an ITU-T edition after the identifier is not part of the key, and is reported")
    void editionSuffixIsNotPartOfTheKey(@ForAll("identifiers") List<Segment> id, @ForAll("spellings") Random random,
                                        @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 9) int major,
                                        @ForAll @net.jqwik.api.constraints.IntRange(min = 1990, max = 2039) int year) {
        String spelled = spell(id, random);
        String version = "V" + major + "." + random.nextInt(10) + "." + random.nextInt(10);
        for (String[] withEdition : new String[][] {
                {spelled + " " + version, version},
                {spelled + " " + version + " (" + year + "-0" + (1 + random.nextInt(9)) + ")", null},
                {spelled + ":" + year, String.valueOf(year)},
                {spelled + " (" + year + ")", String.valueOf(year)}}) {
            IdentifierNormalizer.Parsed parsed = IdentifierNormalizer.parse(withEdition[0], List.of());
            assertThat(parsed.key()).as(withEdition[0]).isEqualTo(IdentifierNormalizer.key(spelled));
            assertThat(parsed.edition()).as(withEdition[0]).isPresent();
            if (withEdition[1] != null) {
                assertThat(parsed.edition()).contains(withEdition[1]);
            }
        }
    }

    @Property(tries = 200)
    @Label("an Internet-Draft's two-digit revision is not part of its key")
    void draftRevisionIsNotPartOfTheKey(@ForAll("draftNames") String name, @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 99) int revision) {
        String rev = String.format("%02d", revision);
        IdentifierNormalizer.Parsed parsed = IdentifierNormalizer.parse(name + "-" + rev, List.of());
        assertThat(parsed.key()).isEqualTo(IdentifierNormalizer.key(name));
        assertThat(parsed.edition()).contains(rev);
    }

    @Provide
    Arbitrary<String> draftNames() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
        return word.list().ofMinSize(2).ofMaxSize(5).map(words -> "draft-" + String.join("-", words));
    }

    @Property(tries = 200)
    @Label("amendments, corrigenda, supplements and appendices are one part whatever the spelling, and never the base text")
    void partSpellingsAreOnePart(@ForAll("identifiers") List<Segment> id, @ForAll("spellings") Random random,
                                 @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 30) int number) {
        String base = plain(id);
        String[][] spellings = {
                {" Amd." + number, " Amd " + number, "/Amd." + number, " Amendment " + number, "/Amd" + number},
                {" Cor.1".replace("1", String.valueOf(number)), " Corrigendum " + number, " Corr. " + number, "/Cor." + number},
                {" Suppl. " + number, " Supplement " + number, " Sup" + number, " Supp. " + number},
                {" App. " + number, " Appendix " + number, "/App." + number}};
        for (String[] part : spellings) {
            String first = IdentifierNormalizer.key(base + part[0]);
            for (String other : part) {
                assertThat(IdentifierNormalizer.key(base + other)).as(base + other).isEqualTo(first);
            }
            assertThat(first).as(base + part[0]).isNotEqualTo(IdentifierNormalizer.key(base));
        }
        assertThat(IdentifierNormalizer.key(base + " Amd " + number)).isNotEqualTo(IdentifierNormalizer.key(base + " Cor " + number));
    }
}
