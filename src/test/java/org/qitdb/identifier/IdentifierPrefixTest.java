package org.qitdb.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where an organization name ends and the identifier begins. */
class IdentifierPrefixTest {

    private static final List<String> ITU_T = List.of("ITU-T", "itu-t", "International Telecommunication Union - Telecommunication Standardization Sector", "ITU", "ITU-T SG");
    private static final List<String> IEEE = List.of("IEEE", "ieee", "IEEE Standards Association", "IEEE SA", "IEEE-SA");
    private static final List<String> ISO = List.of("ISO", "iso", "International Organization for Standardization");
    private static final List<String> CEN = List.of("CEN-CENELEC", "cen-cenelec", "CEN and CENELEC", "CEN/CENELEC", "CEN", "CENELEC");

    @Test
    void anIdentifierThatIsAnOrganizationNameIsKept() {
        assertThat(IdentifierNormalizer.clean("ITU-T", ITU_T)).isEqualTo("ITU-T");
        assertThat(IdentifierNormalizer.clean("IEEE SA", IEEE)).isEqualTo("IEEE SA");
    }

    @Test
    void aShortAliasDoesNotEatTheSeriesLetter() {
        assertThat(IdentifierNormalizer.key("ITU T.81", ITU_T)).isEqualTo("t81");
        assertThat(IdentifierNormalizer.key("ITU-T T.81", ITU_T)).isEqualTo("t81");
        assertThat(IdentifierNormalizer.key("T.81", ITU_T)).isEqualTo("t81");
    }

    @Test
    void aNameGluedToTheSeriesIsPartOfTheIdentifier() {
        assertThat(IdentifierNormalizer.clean("CEN/TS 17001", CEN)).isEqualTo("CEN/TS 17001");
        assertThat(IdentifierNormalizer.clean("ISO/IEC 23837-1", ISO)).isEqualTo("ISO/IEC 23837-1");
        assertThat(IdentifierNormalizer.clean("CEN TS 17001", CEN)).isEqualTo("TS 17001");
    }

    @Test
    void unicodeSpacesCollapse() {
        assertThat(IdentifierNormalizer.clean("GS\u3000\u3000QKD 014", List.of("ETSI"))).isEqualTo("GS QKD 014");
        assertThat(IdentifierNormalizer.clean("\u00A0Y.3800\u2003", ITU_T)).isEqualTo("Y.3800");
        assertThat(IdentifierNormalizer.clean("ITU-T\u00A0Y.3800", ITU_T)).isEqualTo("Y.3800");
    }

    @Test
    void itutRecommendationCitationsFindTheRecommendation() {
        assertThat(IdentifierNormalizer.key("ITU-T Rec. Y.3800", ITU_T)).isEqualTo(IdentifierNormalizer.key("Y.3800", ITU_T));
        assertThat(IdentifierNormalizer.key("Recommendation Y.3800", ITU_T)).isEqualTo("y3800");
        assertThat(IdentifierNormalizer.key("Rec", ITU_T)).isEqualTo("rec");
    }

    @Test
    void nameEndingInABracketIsStripped() {
        List<String> iso = List.of("ISO/IEC", "ISO/IEC Joint Technical Committees (JTC 1, JTC 3)");
        assertThat(IdentifierNormalizer.key("ISO/IEC Joint Technical Committees (JTC 1, JTC 3) 23837-1", iso)).isEqualTo("23837-1");
    }
}
