package org.qitdb.submission.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** An NDJSON body's lines are numbered as a split at "\r?\n" numbers them: row errors name these line numbers. */
class SubmissionLinesTest {

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars("ab{}\r\n ").ofMaxLength(60);
    }

    @Property(tries = 1000)
    void linesAreThoseOfASplitAtOptionalCarriageReturnAndLineFeed(@ForAll("bodies") String body) {
        assertThat(SubmissionParser.lines(body)).containsExactly(body.split("\r?\n", -1));
    }

    @Test
    void aLoneCarriageReturnStaysInItsLineAndAFinalLineFeedEndsWithAnEmptyLine() {
        assertThat(SubmissionParser.lines("a\rb\r\nc\n")).isEqualTo(List.of("a\rb", "c", ""));
        assertThat(SubmissionParser.lines("")).isEqualTo(List.of(""));
    }
}
