package org.qitdb.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Identity of document identifiers: spellings of one document share a key, different documents never do.
 * The shared examples come from {@code identifier-equivalence.json}; organization names from the seed file.
 */
class IdentifierNormalizerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Organization code → every name it is known by (code, slug, name, aliases). */
    private static Map<String, List<String>> organizationNames;

    @BeforeAll
    static void loadOrganizations() {
        organizationNames = new LinkedHashMap<>();
        for (JsonNode org : readJson("/seed/organizations.json")) {
            List<String> names = new ArrayList<>();
            names.add(org.path("code").asText());
            names.add(org.path("slug").asText());
            names.add(org.path("name").asText());
            org.path("aliases").forEach(alias -> names.add(alias.asText()));
            organizationNames.put(org.path("code").asText(), List.copyOf(names));
        }
    }

    private static JsonNode readJson(String resource) {
        try (InputStream in = IdentifierNormalizerTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("test classpath resource %s", resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(String organization) {
        List<String> names = organizationNames.get(organization);
        assertThat(names).as("organization %s in seed/organizations.json", organization).isNotNull();
        return names;
    }

    private static String key(String organization, String raw) {
        return IdentifierNormalizer.key(raw, names(organization));
    }

    private static String clean(String organization, String raw) {
        return IdentifierNormalizer.clean(raw, names(organization));
    }

    private static void assertSame(String organization, String... spellings) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String spelling : spellings) {
            keys.put(spelling, key(organization, spelling));
        }
        assertThat(new LinkedHashSet<>(keys.values()))
                .as("keys of %s under %s: %s", List.of(spellings), organization, keys)
                .hasSize(1);
    }

    private static void assertAllDifferent(String organization, String... identifiers) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String identifier : identifiers) {
            keys.put(identifier, key(organization, identifier));
        }
        assertThat(new LinkedHashSet<>(keys.values()))
                .as("keys of %s under %s: %s", List.of(identifiers), organization, keys)
                .hasSize(identifiers.length);
    }

    // ---- the shared equivalence file

    /** The shared equivalence file, and the project's own from the spellings of the seeded standards. */
    private static final List<String> EQUIVALENCE_FILES = List.of("/identifier-equivalence.json", "/identifier-equivalence-seed.json");

    private static List<JsonNode> section(String name) {
        List<JsonNode> items = new ArrayList<>();
        for (String file : EQUIVALENCE_FILES) {
            readJson(file).path(name).forEach(items::add);
        }
        assertThat(items).as("%s in %s", name, EQUIVALENCE_FILES).isNotEmpty();
        return items;
    }

    @TestFactory
    Stream<DynamicTest> everySameGroupOfTheEquivalenceFileResolvesToOneKey() {
        List<JsonNode> groups = section("same");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : groups) {
            String organization = group.path("organization").asText();
            List<String> spellings = new ArrayList<>();
            group.path("spellings").forEach(s -> spellings.add(s.asText()));
            assertThat(spellings).hasSizeGreaterThan(1);
            tests.add(DynamicTest.dynamicTest(organization + " " + spellings, () -> {
                Set<String> keys = new LinkedHashSet<>();
                spellings.forEach(s -> keys.add(key(organization, s)));
                assertThat(keys).as("keys of %s", spellings).hasSize(1);
                assertThat(keys.iterator().next()).isNotBlank();
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyDifferentPairOfTheEquivalenceFileKeepsTwoKeys() {
        List<JsonNode> pairs = section("different");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode pair : pairs) {
            String organization = pair.path("organization").asText();
            String a = pair.path("a").asText();
            String b = pair.path("b").asText();
            tests.add(DynamicTest.dynamicTest(organization + " " + a + " ≠ " + b,
                    () -> assertThat(key(organization, a)).isNotEqualTo(key(organization, b))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyEditionSuffixIsLeftOutOfTheKeyAndReported() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode item : section("editions")) {
            String organization = item.path("organization").asText();
            String spelling = item.path("spelling").asText();
            tests.add(DynamicTest.dynamicTest(organization + " " + spelling, () -> {
                IdentifierNormalizer.Parsed parsed = IdentifierNormalizer.parse(spelling, names(organization));
                assertThat(parsed.key()).isEqualTo(key(organization, item.path("identifier").asText()));
                assertThat(parsed.edition()).isEqualTo(java.util.Optional.ofNullable(item.path("edition").textValue()));
            }));
        }
        return tests.stream();
    }

    @Test
    void everyOrganizationOfTheEquivalenceFileIsASeededOrganization() {
        Set<String> used = new LinkedHashSet<>();
        section("same").forEach(g -> used.add(g.path("organization").asText()));
        section("different").forEach(p -> used.add(p.path("organization").asText()));
        section("editions").forEach(p -> used.add(p.path("organization").asText()));
        assertThat(organizationNames.keySet()).containsAll(used);
    }

    /** The rules must not merge two seeded documents: every identifier and alias keeps its own key. */
    @Test
    void noTwoSeededStandardsShareAKey() {
        Map<String, String> owners = new LinkedHashMap<>();
        for (JsonNode entry : readJson("/seed/qit-standards.json")) {
            String organization = entry.path("organization").asText();
            String identifier = entry.path("identifier").asText();
            Set<String> own = new LinkedHashSet<>();
            own.add(key(organization, identifier));
            entry.path("aliases").forEach(alias -> own.add(key(organization, alias.asText())));
            for (String k : own) {
                String previous = owners.putIfAbsent(organization + " " + k, identifier);
                assertThat(previous).as("%s %s and %s share the key %s", organization, previous, identifier, k).isNull();
            }
        }
        assertThat(owners).isNotEmpty();
    }

    @Test
    void etsiDigitRunsJoinAcrossSpacesOnly() {
        assertThat(key("ETSI", "TS 103 744")).isEqualTo("ts103744");
        assertThat(key("ETSI", "TS 103-744")).isEqualTo("ts103-744");
        assertThat(key("ETSI", "TS 103 744")).isEqualTo(key("ETSI", "TS 103\u00a0744"));
        for (String separated : List.of("TS 103:744", "TS 103.744", "TS 103/744", "TS 103 - 744")) {
            assertThat(key("ETSI", separated)).as(separated).isNotEqualTo(key("ETSI", "TS 103 744"));
        }
    }

    @Test
    void joinedDigitRunsKeepTheZerosInsideTheNumber() {
        assertThat(key("ETSI", "TS 103 044")).isEqualTo("ts103044");
        assertThat(key("ETSI", "GS QKD 014")).isEqualTo("gsqkd14");
    }

    @Test
    void reportsNoEditionWhenNoneIsWritten() {
        assertThat(IdentifierNormalizer.parse("Y.3800", names("ITU-T")).edition()).isEmpty();
        assertThat(IdentifierNormalizer.parse("RFC 9340", names("IETF")).edition()).isEmpty();
        assertThat(IdentifierNormalizer.parse("draft-irtf-qirg-principles", names("IRTF")).edition()).isEmpty();
    }

    @Test
    void anIdentifierThatIsOnlyAnEditionIsNotEmptied() {
        assertThat(key("ISO/IEC", ":2023")).isEqualTo("2023");
        assertThat(key("ETSI", "V1.1.1")).isEqualTo("v1-1-1");
    }

    @Test
    void movesAPartNamedBeforeItsDocumentBehindIt() {
        assertThat(key("ITU-T", "Amendment 1 to Y.3800")).isEqualTo("y3800amd1");
        assertThat(key("ITU-T", "Corrigendum 2 to the ITU-T Y.3800")).isEqualTo("y3800cor2");
    }

    // ---- case, spacing, dots, hyphens

    @Test
    void findsIdentifierWrittenWithoutDot() {
        assertThat(key("ITU-T", "Y3800")).isEqualTo(key("ITU-T", "Y.3800"));
    }

    @Test
    void findsIdentifierWrittenInAnyCase() {
        assertSame("ITU-T", "Y.3800", "y.3800", "Y.3800".toLowerCase());
        assertSame("ETSI", "GS QKD 014", "gs qkd 014", "Gs Qkd 014");
    }

    @Test
    void findsIdentifierWrittenWithHyphensInsteadOfSpaces() {
        assertSame("ETSI", "GS QKD 014", "GS-QKD-014", "gs-qkd-014");
    }

    @Test
    void findsIdentifierWrittenWithUnderscoresOrSlashes() {
        assertSame("ETSI", "GS QKD 014", "gs_qkd_014", "GS/QKD/014");
    }

    @Test
    void ignoresSurroundingAndRepeatedWhitespace() {
        assertSame("ITU-T", "Y.3800", "  Y.3800  ", "\tY .  3800\n");
    }

    @Test
    void keyIsLowerCaseWithoutSeparatorsBetweenLettersAndDigits() {
        assertThat(key("ITU-T", "ITU-T Y.3800")).isEqualTo("y3800");
        assertThat(key("ETSI", "ETSI GS QKD 014")).isEqualTo("gsqkd14");
        assertThat(IdentifierNormalizer.key("RFC 9340")).isEqualTo("rfc9340");
    }

    @Test
    void keepsHyphenBetweenTwoNumbersInTheKey() {
        assertThat(key("ISO/IEC", "ISO/IEC 23837-1")).isEqualTo("23837-1");
        assertThat(IdentifierNormalizer.key("YD/T 3907.2")).isEqualTo("ydt3907-2");
    }

    @Test
    void anySeparatorBetweenTwoNumbersMeansTheSame() {
        assertSame("ISO/IEC", "23837-1", "23837.1", "23837/1", "23837 - 1", "23837_1");
    }

    @Test
    void keyIsEmptyWhenThereAreNoLettersOrDigits() {
        assertThat(IdentifierNormalizer.key("")).isEmpty();
        assertThat(IdentifierNormalizer.key("   ")).isEmpty();
        assertThat(IdentifierNormalizer.key(" - . / ")).isEmpty();
        assertThat(IdentifierNormalizer.key(null)).isEmpty();
    }

    @Test
    void keyWithoutOrganizationNamesStripsNothing() {
        assertThat(IdentifierNormalizer.key("ETSI GS QKD 014")).isEqualTo("etsigsqkd14");
        assertThat(IdentifierNormalizer.key("ETSI GS QKD 014", List.of())).isEqualTo("etsigsqkd14");
    }

    @Test
    void ignoresNullAndBlankOrganizationNames() {
        List<String> names = new ArrayList<>();
        names.add(null);
        names.add("");
        names.add("   ");
        names.add("ETSI");
        assertThat(IdentifierNormalizer.key("ETSI GS QKD 014", names)).isEqualTo("gsqkd14");
        assertThat(IdentifierNormalizer.clean("ETSI GS QKD 014", names)).isEqualTo("GS QKD 014");
    }

    // ---- numbers

    @Test
    void dropsLeadingZerosOfNumbers() {
        assertSame("ETSI", "GS QKD 014", "GS QKD 14", "GS QKD 0014");
        assertSame("ISO/IEC", "23837-1", "23837-01", "023837-001");
    }

    @Test
    void keepsTheNumberZero() {
        assertThat(IdentifierNormalizer.key("GS QKD 000")).isEqualTo("gsqkd0");
        assertThat(IdentifierNormalizer.key("GS QKD 000")).isEqualTo(IdentifierNormalizer.key("GS QKD 0"));
    }

    @Test
    void keepsDifferentRecommendationNumbersApart() {
        assertAllDifferent("ITU-T", "Y.3800", "Y.3801", "Y.3802", "Y.380", "Y.38000");
    }

    @Test
    void keepsSeriesLettersApart() {
        assertAllDifferent("ITU-T", "Y.3800", "X.3800", "Q.3800");
    }

    @Test
    void doesNotMistakeLeadingZerosInsideANumberForPadding() {
        assertAllDifferent("ITU-T", "Y.3800", "Y.38", "Y.308");
    }

    @Test
    void keepsPartNumbersApart() {
        assertAllDifferent("ISO/IEC", "23837-1", "23837-2", "238371", "23837", "2383-71");
    }

    // ---- ITU-T supplements, amendments, corrigenda

    @Test
    void unifiesSupplementSpellings() {
        assertSame("ITU-T", "Y.Sup70", "Y Suppl. 70", "Y.Supplement 70", "Y.Suppl.70", "Y Sup 70", "ITU-T Y.Sup70",
                "ITU-T Y Suppl. 70", "Y.SUPPLEMENT 70", "Y-Sup-70");
    }

    @Test
    void keepsSupplementNumbersApart() {
        assertAllDifferent("ITU-T", "Y.Sup70", "Y.Sup71", "Y.Sup7", "X.Sup70");
    }

    @Test
    void keepsSupplementApartFromRecommendationWithTheSameNumber() {
        assertThat(key("ITU-T", "Y.Sup70")).isNotEqualTo(key("ITU-T", "Y.70"));
    }

    @Test
    void unifiesAmendmentSpellings() {
        assertSame("ITU-T", "Y.3803 Amd.1", "Y.3803 Amendment 1", "Y.3803 amd 1", "ITU-T Y.3803 Amd. 1",
                "Y.3803-Amd-1", "Y3803 AMENDMENT 1");
    }

    @Test
    void keepsAmendmentsApartFromEachOtherAndFromTheBaseText() {
        assertAllDifferent("ITU-T", "Y.3803 Amd.1", "Y.3803 Amd.2", "Y.3803", "Y.3804 Amd.1");
    }

    @Test
    void unifiesCorrigendumSpellings() {
        assertSame("ITU-T", "X.1712 Cor.1", "X.1712 Corrigendum 1", "X.1712 Corr. 1", "X.1712 Corr 1",
                "ITU-T X.1712 Cor. 1", "x1712 cor1");
    }

    @Test
    void keepsCorrigendaApartFromEachOtherFromAmendmentsAndFromTheBaseText() {
        assertAllDifferent("ITU-T", "X.1712 Cor.1", "X.1712 Cor.2", "X.1712 Amd.1", "X.1712");
    }

    @Test
    void unifiesAddendumSpellings() {
        assertSame("ITU-T", "X.1712 Add.1", "X.1712 Addendum 1");
        assertThat(key("ITU-T", "X.1712 Add.1")).isNotEqualTo(key("ITU-T", "X.1712 Amd.1"));
    }

    @Test
    void unifiesAbbreviationsInTheKeyItself() {
        assertThat(IdentifierNormalizer.key("Y Suppl. 70")).isEqualTo("ysup70");
        assertThat(IdentifierNormalizer.key("Y.3803 Amendment 1")).isEqualTo("y3803amd1");
        assertThat(IdentifierNormalizer.key("X.1712 Corrigendum 1")).isEqualTo("x1712cor1");
    }

    // ---- ETSI

    @Test
    void keepsEtsiGroupSpecificationApartFromGroupReport() {
        assertAllDifferent("ETSI", "GS QKD 014", "GR QKD 014");
        assertAllDifferent("ETSI", "GS QKD 004", "GR QKD 004", "TS QKD 004", "TR QKD 004");
    }

    @Test
    void keepsEtsiWorkingGroupsApart() {
        assertAllDifferent("ETSI", "GR QSC 001", "GR QKD 001");
    }

    @Test
    void findsEtsiTechnicalSpecificationWrittenWithHyphens() {
        assertSame("ETSI", "TS 103 744", "ts-103744", "ETSI TS 103 744", "TS103 744", "ts 103744");
    }

    @Test
    void keepsEtsiTechnicalSpecificationNumbersApart() {
        assertAllDifferent("ETSI", "TS 103 744", "TS 103 745", "TS 104 744", "TR 103 744");
    }

    @Test
    void findsEtsiGroupSpecificationWrittenWithoutSpaceBeforeTheNumber() {
        assertSame("ETSI", "GS QKD 014", "GSQKD014", "GS QKD014", "GS QKD-014");
    }

    // ---- ISO/IEC

    @Test
    void findsIsoIecPartWrittenWithOrWithoutJointPrefix() {
        assertSame("ISO/IEC", "23837-1", "ISO/IEC 23837-1", "ISO-IEC 23837-1", "iso iec 23837-1", "ISO/IEC 23837 - 1");
    }

    @Test
    void findsIsoIecStandardWithoutParts() {
        assertSame("ISO/IEC", "4879", "ISO/IEC 4879", "iso/iec 04879");
        assertThat(key("ISO/IEC", "ISO/IEC 4879")).isEqualTo("4879");
    }

    // ---- IETF / IRTF

    @Test
    void keepsRfcNumbersApart() {
        assertAllDifferent("IETF", "RFC 9340", "RFC 934", "RFC 93400", "RFC 9341");
    }

    @Test
    void findsRfcInAnySpelling() {
        assertSame("IETF", "RFC 9340", "rfc9340", "RFC-9340", "IETF RFC 9340", "RFC 09340");
    }

    @Test
    void findsInternetDraftInAnyCaseAndSeparator() {
        assertSame("IRTF", "draft-irtf-qirg-principles", "DRAFT-IRTF-QIRG-PRINCIPLES", "draft irtf qirg principles",
                " draft-irtf-qirg-principles ");
    }

    @Test
    void doesNotStripOrganizationNameInsideAnInternetDraftName() {
        assertThat(key("IRTF", "draft-irtf-qirg-principles")).isEqualTo("draftirtfqirgprinciples");
        assertThat(clean("IRTF", "draft-irtf-qirg-principles")).isEqualTo("draft-irtf-qirg-principles");
    }

    @Test
    void findsAnInternetDraftByAnyRevision() {
        assertSame("IRTF", "draft-irtf-qirg-principles", "draft-irtf-qirg-principles-10", "draft-irtf-qirg-principles-11",
                "IRTF draft-irtf-qirg-principles-00");
    }

    @Test
    void keepsADraftNameEndingInOneDigitWhole() {
        // a revision is always two digits: "-1" is part of the name
        assertAllDifferent("IRTF", "draft-irtf-qirg-principles", "draft-irtf-qirg-principles-1");
    }

    @Test
    void keepsDifferentInternetDraftsApart() {
        assertAllDifferent("IRTF", "draft-irtf-qirg-principles", "draft-irtf-qirg-quantum-internet-use-cases");
    }

    // ---- IEEE

    @Test
    void findsIeeeProjectNumberWrittenWithSpaceAfterP() {
        assertSame("IEEE", "P1913", "IEEE P 1913", "IEEE P1913", "p1913", "IEEE-SA P1913", "IEEE SA P1913");
    }

    @Test
    void keepsIeeeProjectNumbersApart() {
        assertAllDifferent("IEEE", "P1913", "P1943", "P7130", "P191");
    }

    @Test
    void keepsIeeeProjectApartFromPublishedStandardNumber() {
        assertThat(key("IEEE", "P1913")).isNotEqualTo(key("IEEE", "1913"));
    }

    // ---- Chinese standards

    @Test
    void findsChineseCryptographyStandardInAnySpelling() {
        assertSame("SCA", "GM/T 0108", "GM/T 108", "gm/t 0108", "GMT 0108", "GM-T-0108", "GM/T0108");
    }

    @Test
    void keepsChineseCryptographyStandardNumbersApart() {
        assertAllDifferent("SCA", "GM/T 0108", "GM/T 0109", "GM/T 1080", "GB/T 0108");
    }

    @Test
    void keepsChineseTelecomStandardPartsApart() {
        assertAllDifferent("CCSA", "YD/T 3907.2", "YD/T 3907.1", "YD/T 39072", "YD/T 3907");
    }

    @Test
    void findsChineseTelecomStandardPartInAnySpelling() {
        assertSame("CCSA", "YD/T 3907.2", "yd/t 3907.2", "YDT 3907-2", "YD/T3907.2", "CCSA YD/T 3907.2");
    }

    // ---- organization name before the identifier

    @Test
    void stripsOrganizationCodeFromTheIdentifierToStore() {
        assertThat(clean("ETSI", "ETSI GS QKD 014")).isEqualTo("GS QKD 014");
        assertThat(clean("ITU-T", "ITU-T Y.3800")).isEqualTo("Y.3800");
        assertThat(clean("ISO/IEC", "ISO/IEC 23837-1")).isEqualTo("23837-1");
        assertThat(clean("IETF", "IETF RFC 9340")).isEqualTo("RFC 9340");
    }

    @Test
    void stripsOrganizationNameWrittenInAnotherCaseOrWithOtherSeparators() {
        assertThat(clean("ETSI", "etsi GS QKD 014")).isEqualTo("GS QKD 014");
        assertThat(clean("ITU-T", "itu t Y.3800")).isEqualTo("Y.3800");
        assertThat(clean("ITU-T", "ITU-T: Y.3800")).isEqualTo("Y.3800");
        assertThat(clean("ISO/IEC", "ISO-IEC 23837-1")).isEqualTo("23837-1");
    }

    @Test
    void stripsOrganizationAliases() {
        assertThat(clean("ITU-T", "ITU Y.3800")).isEqualTo("Y.3800");
        assertThat(clean("IEEE", "IEEE-SA P1913")).isEqualTo("P1913");
        assertThat(clean("SCA", "OSCCA GM/T 0108")).isEqualTo("GM/T 0108");
        assertThat(clean("QED-C", "QEDC TR 01")).isEqualTo("TR 01");
    }

    @Test
    void stripsTheLongestMatchingOrganizationName() {
        assertThat(clean("ISO/IEC", "ISO/IEC JTC 1 23837-1")).isEqualTo("23837-1");
        assertThat(key("ISO/IEC", "ISO/IEC JTC 1 23837-1")).isEqualTo("23837-1");
    }

    @Test
    void stripsTheFullOrganizationName() {
        assertThat(clean("ETSI", "European Telecommunications Standards Institute GS QKD 014")).isEqualTo("GS QKD 014");
        assertThat(key("ETSI", "European Telecommunications Standards Institute GS QKD 014")).isEqualTo("gsqkd14");
    }

    @Test
    void stripsOrganizationNameOnlyAtTheStart() {
        assertThat(clean("ETSI", "GS QKD 014 ETSI")).isEqualTo("GS QKD 014 ETSI");
        assertThat(key("ETSI", "GS QKD 014 ETSI")).isEqualTo("gsqkd14etsi");
    }

    @Test
    void doesNotStripAWordThatOnlyBeginsLikeTheOrganization() {
        assertThat(clean("ETSI", "ETSIGS QKD 014")).isEqualTo("ETSIGS QKD 014");
        assertThat(key("ETSI", "ETSIGS QKD 014")).isEqualTo("etsigsqkd14");
    }

    @Test
    void doesNotStripANumberThatOnlyBeginsLikeTheOrganizationsNumber() {
        // alias "JTC 1" must not eat "JTC 17"
        assertThat(key("ISO/IEC", "JTC 17/23837")).isEqualTo("jtc17-23837");
    }

    @Test
    void doesNotStripAnotherOrganizationsName() {
        assertThat(clean("ETSI", "ITU-T Y.3800")).isEqualTo("ITU-T Y.3800");
        assertThat(key("ETSI", "ITU-T Y.3800")).isNotEqualTo(key("ITU-T", "ITU-T Y.3800"));
    }

    @Test
    void keepsAnIdentifierThatIsOnlyTheOrganizationName() {
        assertThat(clean("ETSI", "ETSI")).isEqualTo("ETSI");
        assertThat(key("ETSI", "ETSI")).isEqualTo("etsi");
        assertThat(clean("IETF", " ietf ")).isEqualTo("ietf");
    }

    @Test
    void cleanKeepsTheSpellingOfTheIdentifier() {
        assertThat(clean("ITU-T", "Y.Sup70")).isEqualTo("Y.Sup70");
        assertThat(clean("ETSI", "gs-qkd-014")).isEqualTo("gs-qkd-014");
        assertThat(clean("ITU-T", "X.1712 Corrigendum 1")).isEqualTo("X.1712 Corrigendum 1");
    }

    @Test
    void cleanTrimsAndCollapsesWhitespace() {
        assertThat(clean("ETSI", "  GS   QKD\t014  ")).isEqualTo("GS QKD 014");
        assertThat(clean("ETSI", "ETSI   GS \n QKD 014 ")).isEqualTo("GS QKD 014");
        assertThat(IdentifierNormalizer.clean("  RFC\t\t9340 ", List.of())).isEqualTo("RFC 9340");
    }

    @Test
    void cleanOfNothingIsEmpty() {
        assertThat(IdentifierNormalizer.clean(null, List.of("ETSI"))).isEmpty();
        assertThat(IdentifierNormalizer.clean("   ", List.of("ETSI"))).isEmpty();
    }

    @Test
    void cleanedIdentifierHasTheSameKeyAsTheRawOne() {
        for (Map.Entry<String, String> e : Map.of(
                "ETSI", "ETSI GS QKD 014",
                "ITU-T", "ITU-T Y.Sup70",
                "ISO/IEC", "ISO/IEC JTC 1 23837-1",
                "IEEE", "IEEE P 1913",
                "CCSA", "CCSA YD/T 3907.2").entrySet()) {
            String organization = e.getKey();
            String raw = e.getValue();
            assertThat(key(organization, clean(organization, raw))).as(raw).isEqualTo(key(organization, raw));
            assertThat(IdentifierNormalizer.key(clean(organization, raw))).as(raw).isEqualTo(key(organization, raw));
        }
    }

    // ---- Unicode

    @Test
    void findsIdentifierWrittenWithFullWidthCharacters() {
        assertSame("ITU-T", "Y.3800", "Ｙ．３８００", "Ｙ３８００");
        assertSame("SCA", "GM/T 0108", "ＧＭ／Ｔ ０１０８");
        assertSame("ETSI", "GS QKD 014", "ＧＳ ＱＫＤ ０１４", "ＥＴＳＩ ＧＳ ＱＫＤ ０１４");
    }

    @Test
    void cleanFoldsFullWidthCharacters() {
        assertThat(clean("SCA", "ＧＭ／Ｔ ０１０８")).isEqualTo("GM/T 0108");
        assertThat(clean("ETSI", "ＥＴＳＩ ＧＳ ＱＫＤ ０１４")).isEqualTo("GS QKD 014");
    }

    @Test
    void keepsFullWidthNumbersApartLikeAsciiNumbers() {
        assertThat(key("ITU-T", "Ｙ．３８００")).isNotEqualTo(key("ITU-T", "Ｙ．３８０１"));
    }

    // ---- the organization names actually seeded

    @Test
    void everySeededOrganizationNameIsStrippedBeforeAnIdentifier() {
        for (Map.Entry<String, List<String>> org : organizationNames.entrySet()) {
            for (String name : org.getValue()) {
                String raw = name + " X.1";
                assertThat(IdentifierNormalizer.key(raw, org.getValue()))
                        .as("%s under %s", raw, org.getKey())
                        .isEqualTo("x1");
            }
        }
    }

    @Test
    void organizationNamesAreReadFromTheSeed() {
        Collection<String> itu = names("ITU-T");
        assertThat(itu).contains("ITU-T", "itu-t", "ITU");
        assertThat(names("ISO/IEC")).contains("ISO/IEC", "iso-iec", "JTC 1");
    }
}
