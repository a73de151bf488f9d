package org.qitdb.report.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.helper.W3CDom;
import org.qitdb.report.api.Report;

/**
 * The report as PDF: the print-ready HTML form laid out by openhtmltopdf (PDFBox), the SVG charts drawn by Batik.
 * Text is real text (the standard PDF fonts, and Liberation Sans, which PDFBox ships, for characters they lack), so
 * it can be searched and extracted.
 */
@ApplicationScoped
public class PdfReportRenderer {

    /** A font for every character the standard PDF fonts lack; PDFBox ships it (SIL Open Font License). */
    private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    @Inject
    HtmlReportRenderer html;

    public byte[] render(Report report) {
        org.w3c.dom.Document page = new W3CDom().fromJsoup(html.document(report));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> {
                InputStream font = PdfReportRenderer.class.getResourceAsStream(FALLBACK_FONT);
                if (font == null) {
                    throw new IllegalStateException("the fallback font is missing from the class path");
                }
                return font;
            }, "Liberation Sans");
            builder.withProducer("qitdb");
            builder.withW3cDocument(page, "/");
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report cannot be printed as PDF", e);
        }
        return pdf.toByteArray();
    }
}
