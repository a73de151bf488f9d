package org.qitdb.report.render;

import java.util.List;

/**
 * The report as a sequence of blocks, the same for every printed form: {@link ReportLayout} decides what is said,
 * the HTML and Markdown renderers only how it looks, so that their headings, tables and figures are the same.
 */
public sealed interface Block {

    /** A heading: level 1 is the title, 2 a numbered section (or the contents), 3 a numbered subsection. */
    record Heading(int level, String id, String text) implements Block {
    }

    /** Running text. */
    record Paragraph(String text) implements Block {
    }

    /** The coordinators' narrative: paragraphs of plain text, and who wrote which revision. */
    record Narrative(List<String> paragraphs, String signature) implements Block {
    }

    /** A remark on what the section could not compute (e.g. a register that is not recorded). */
    record Note(String text) implements Block {
    }

    /** A table; {@code numeric} marks the columns aligned to the right. */
    record Table(String caption, List<String> headers, List<List<String>> rows, boolean[] numeric) implements Block {
    }

    /** A chart with its number and caption. */
    record Figure(int number, String caption, String svg) implements Block {
    }

    /** The table of contents: the sections and the figures. */
    record Contents(List<Heading> sections, List<Figure> figures) implements Block {
    }

    /** Metadata lines under the title. */
    record Meta(List<String> lines) implements Block {
    }
}
