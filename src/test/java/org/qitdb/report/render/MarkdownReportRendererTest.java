package org.qitdb.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownReportRendererTest {

    @ParameterizedTest
    @ValueSource(strings = {"Y.3800 *draft* [v2]", "ISO/IEC 23837-1 — Part 1: <Requirements>", "a|b|c", "# not a heading",
            "snake_case_name and `code`", "![img](x)", "C:\\path\\to", "~~strike~~ ~x"})
    void escapedTextRendersAsItself(String text) {
        String markdown = MarkdownReportRenderer.inline(text);
        String rendered = TextContentRenderer.builder().build().render(Parser.builder().build().parse(markdown)).strip();
        assertThat(rendered).isEqualTo(text);
    }
}
