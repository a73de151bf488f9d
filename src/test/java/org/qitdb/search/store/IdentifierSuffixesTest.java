package org.qitdb.search.store;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** An infix search of identifier keys is a prefix search of their suffixes: the two must find the same keys. */
class IdentifierSuffixesTest {

    @Test
    void everySuffixDownToTheShortestSearchableKey() {
        assertThat(SearchIndex.suffixes("gsqkd014", 4)).containsExactly("gsqkd014", "sqkd014", "qkd014", "kd014", "d014");
        assertThat(SearchIndex.suffixes("y3800", 4)).containsExactly("y3800", "3800");
        assertThat(SearchIndex.suffixes("x17", 4)).isEmpty();
    }

    @Test
    void lettersBeyondTheBasicPlaneAreNotCutInHalf() {
        String key = "\uD835\uDC00" + "1234"; // a mathematical letter (two chars) and four digits
        assertThat(SearchIndex.suffixes(key, 4)).containsExactly(key, "1234");
    }

    @Property
    void aKeyOccursInsideAnIdentifierKeyExactlyWhenItStartsOneOfItsSuffixes(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 16) String identifierKey,
            @ForAll @AlphaChars @NumericChars @StringLength(min = 4, max = 6) String key) {
        boolean inside = identifierKey.contains(key);
        boolean startsASuffix = SearchIndex.suffixes(identifierKey, 4).stream().anyMatch(s -> s.startsWith(key));
        assertThat(startsASuffix).isEqualTo(inside);
    }
}
