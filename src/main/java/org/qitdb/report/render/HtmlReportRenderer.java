package org.qitdb.report.render;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.qitdb.report.api.Report;

/**
 * The report as one print-ready HTML page: numbered sections each starting on a new page, a table of contents with
 * the list of figures, figures with captions, page numbers in the margin (for print and PDF). Self-contained: the
 * style sheet and the SVG charts are inline. Built as a jsoup tree, so every text is escaped by the library.
 */
@ApplicationScoped
public class HtmlReportRenderer {

    static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: Helvetica, Arial, sans-serif;
                font-size: 8pt; color: #555; } }
            html { font-family: Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 10pt; color: #1a1a1a; line-height: 1.4; }
            body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
            h1 { font-size: 22pt; margin: 0 0 0.4rem 0; }
            h2 { font-size: 15pt; margin: 1.4rem 0 0.6rem 0; border-bottom: 1px solid #bbb; padding-bottom: 0.2rem; }
            h3 { font-size: 12pt; margin: 1.1rem 0 0.4rem 0; }
            .meta { color: #444; margin: 0.1rem 0; }
            .report-section { page-break-before: always; }
            nav.contents ol, nav.contents ul { list-style: none; padding-left: 0.4rem; }
            nav.contents a { color: #0b4f8a; text-decoration: none; }
            .narrative { border-left: 3px solid #0072B2; background: #f3f7fb; padding: 0.4rem 0.8rem; margin: 0.6rem 0; }
            .narrative .signature { color: #555; font-size: 8.5pt; margin: 0.2rem 0 0 0; }
            .note { color: #555; font-style: italic; }
            table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 0.9rem 0; font-size: 8.5pt; }
            caption { text-align: left; font-weight: bold; padding: 0.2rem 0; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th, td { border: 1px solid #ccc; padding: 0.15rem 0.35rem; text-align: left; vertical-align: top; }
            th { background: #eef1f4; }
            td.num, th.num { text-align: right; }
            figure { margin: 0.8rem 0; page-break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-size: 9pt; color: #333; margin-top: 0.2rem; }
            @media print { body { max-width: none; padding: 0; } a { color: inherit; } }
            """;

    /** The page as UTF-8 bytes. */
    public byte[] render(Report report) {
        return document(report).outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** The page as a jsoup document (the PDF is printed from it). */
    public Document document(Report report) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        page.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        page.selectFirst("html").attr("lang", "en");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(report.title());
        // no icon to fetch: the page stands alone wherever it is saved
        head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        Element body = page.body();
        Element current = body.appendElement("header").addClass("cover");
        for (Block block : ReportLayout.blocks(report)) {
            if (block instanceof Block.Heading h && h.level() == 2) {
                current = body.appendElement("section").addClass("report-section").attr("aria-labelledby", h.id());
            }
            append(current, block);
        }
        return page;
    }

    private static void append(Element into, Block block) {
        if (block instanceof Block.Heading h) {
            into.appendElement("h" + h.level()).id(h.id()).text(h.text());
        } else if (block instanceof Block.Meta m) {
            m.lines().forEach(line -> into.appendElement("p").addClass("meta").text(line));
        } else if (block instanceof Block.Paragraph p) {
            into.appendElement("p").text(p.text());
        } else if (block instanceof Block.Note n) {
            into.appendElement("p").addClass("note").text(n.text());
        } else if (block instanceof Block.Narrative n) {
            Element box = into.appendElement("div").addClass("narrative");
            n.paragraphs().forEach(text -> box.appendElement("p").text(text));
            box.appendElement("p").addClass("signature").text(n.signature());
        } else if (block instanceof Block.Table t) {
            table(into, t);
        } else if (block instanceof Block.Figure f) {
            figure(into, f);
        } else if (block instanceof Block.Contents c) {
            contents(into, c);
        }
    }

    private static void contents(Element into, Block.Contents c) {
        Element nav = into.appendElement("nav").addClass("contents").attr("aria-labelledby", "contents");
        nav.appendElement("h2").id("contents").text(ReportLayoutText.CONTENTS);
        Element sections = nav.appendElement("ol").addClass("toc");
        for (Block.Heading h : c.sections()) {
            sections.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(h.text());
        }
        nav.appendElement("h2").id("figures").text(ReportLayoutText.FIGURES);
        Element figures = nav.appendElement("ul").addClass("figure-list");
        for (Block.Figure f : c.figures()) {
            figures.appendElement("li").appendElement("a").attr("href", "#figure-" + f.number())
                    .text(ReportLayoutText.figureLabel(f.number(), f.caption()));
        }
    }

    private static void table(Element into, Block.Table t) {
        Element table = into.appendElement("table");
        if (t.caption() != null) {
            table.appendElement("caption").text(t.caption());
        }
        Element headRow = table.appendElement("thead").appendElement("tr");
        for (int i = 0; i < t.headers().size(); i++) {
            Element th = headRow.appendElement("th").attr("scope", "col").text(t.headers().get(i));
            if (t.numeric()[i]) {
                th.addClass("num");
            }
        }
        Element tbody = table.appendElement("tbody");
        for (List<String> row : t.rows()) {
            Element tr = tbody.appendElement("tr");
            for (int i = 0; i < row.size(); i++) {
                Element td = tr.appendElement("td").text(row.get(i));
                if (t.numeric()[i]) {
                    td.addClass("num");
                }
            }
        }
    }

    /** The SVG is parsed as XML, so that its attribute names keep their case ({@code viewBox}) in the page and the PDF. */
    private static void figure(Element into, Block.Figure f) {
        Element figure = into.appendElement("figure").id("figure-" + f.number());
        for (Node node : Parser.xmlParser().parseInput(f.svg(), "").childNodes()) {
            figure.appendChild(node.clone());
        }
        figure.appendElement("figcaption").text(ReportLayoutText.figureLabel(f.number(), f.caption()));
    }
}
