package org.qitdb.report.render;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.qitdb.report.api.Report;

/**
 * The report as CommonMark (with GitHub-style tables), for SDOs to edit as a contribution: the same headings as the
 * HTML form (ATX headings, so that a Markdown renderer gives them back), narratives as paragraphs, tables as pipe
 * tables and each chart as an embedded SVG image, so that the file is self-contained.
 */
@ApplicationScoped
public class MarkdownReportRenderer {

    /** ASCII punctuation that means something inline in CommonMark; a backslash makes any of it literal. */
    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|#~!])");
    /** What would start a list, heading, quote or block at the start of a line. */
    private static final Pattern LINE_START = Pattern.compile("^(\\s*)([-+=>]|\\d+[.)])");

    public byte[] render(Report report) {
        StringBuilder md = new StringBuilder(32 * 1024);
        for (Block block : ReportLayout.blocks(report)) {
            append(md, block);
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder md, Block block) {
        if (block instanceof Block.Heading h) {
            md.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
        } else if (block instanceof Block.Meta m) {
            m.lines().forEach(line -> md.append(paragraph(line)).append("  \n"));
            md.append('\n');
        } else if (block instanceof Block.Paragraph p) {
            md.append(paragraph(p.text())).append("\n\n");
        } else if (block instanceof Block.Note n) {
            md.append('*').append(inline(n.text())).append("*\n\n");
        } else if (block instanceof Block.Narrative n) {
            n.paragraphs().forEach(text -> md.append("> ").append(paragraph(text).replace("\n", "\n> ")).append("\n>\n"));
            md.append("> *").append(inline(n.signature())).append("*\n\n");
        } else if (block instanceof Block.Table t) {
            table(md, t);
        } else if (block instanceof Block.Figure f) {
            String label = ReportLayoutText.figureLabel(f.number(), f.caption());
            String data = Base64.getEncoder().encodeToString(f.svg().getBytes(StandardCharsets.UTF_8));
            md.append("<a id=\"figure-").append(f.number()).append("\"></a>\n\n");
            md.append("![").append(inline(label)).append("](data:image/svg+xml;base64,").append(data).append(")\n\n");
            md.append('*').append(inline(label)).append("*\n\n");
        } else if (block instanceof Block.Contents c) {
            md.append("## ").append(ReportLayoutText.CONTENTS).append("\n\n");
            for (Block.Heading h : c.sections()) {
                md.append("- [").append(inline(h.text())).append("](#").append(h.id()).append(")\n");
            }
            md.append("\n## ").append(ReportLayoutText.FIGURES).append("\n\n");
            for (Block.Figure f : c.figures()) {
                md.append("- [").append(inline(ReportLayoutText.figureLabel(f.number(), f.caption()))).append("](#figure-")
                        .append(f.number()).append(")\n");
            }
            md.append('\n');
        }
    }

    private static void table(StringBuilder md, Block.Table t) {
        if (t.caption() != null) {
            md.append("**").append(inline(t.caption())).append("**\n\n");
        }
        row(md, t.headers());
        md.append('|');
        for (int i = 0; i < t.headers().size(); i++) {
            md.append(t.numeric()[i] ? " ---: |" : " --- |");
        }
        md.append('\n');
        t.rows().forEach(r -> row(md, r));
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell.isEmpty() ? " " : inline(cell.replace('\n', ' '))).append(" |");
        }
        md.append('\n');
    }

    /** Running text: inline escapes, and nothing at the start of a line that would make it another block. */
    private static String paragraph(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            String escaped = inline(line);
            out.append(LINE_START.matcher(escaped).replaceFirst(m -> m.group(1).replace("\\", "\\\\")
                    + escapeLast(m.group(2))));
        }
        return out.toString();
    }

    private static String escapeLast(String marker) {
        String quoted = marker.substring(0, marker.length() - 1) + "\\" + marker.charAt(marker.length() - 1);
        return quoted.replace("\\", "\\\\").replace("$", "\\$");
    }

    static String inline(String text) {
        return INLINE_SPECIAL.matcher(text).replaceAll("\\\\$1");
    }
}
