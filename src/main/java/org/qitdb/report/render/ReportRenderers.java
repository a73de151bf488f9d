package org.qitdb.report.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qitdb.report.api.Report;

/** One report in the form asked for: the four renderers behind one call. */
@ApplicationScoped
public class ReportRenderers {

    @Inject
    JsonReportRenderer json;

    @Inject
    HtmlReportRenderer html;

    @Inject
    PdfReportRenderer pdf;

    @Inject
    MarkdownReportRenderer markdown;

    public byte[] render(Report report, ReportForm form) {
        return switch (form) {
            case JSON -> json.render(report);
            case HTML -> html.render(report);
            case PDF -> pdf.render(report);
            case MARKDOWN -> markdown.render(report);
        };
    }
}
