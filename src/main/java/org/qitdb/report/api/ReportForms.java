package org.qitdb.report.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.qitdb.common.ClientValues;
import org.qitdb.common.Refused;
import org.qitdb.report.render.ReportForm;

/**
 * Which form a request asks for: {@code format=html|pdf|md|json} when given, else the first type of {@code Accept}
 * (by quality) that is one of the four, JSON for {@code *}{@code /*} or no {@code Accept}. A request whose
 * {@code Accept} names none of them never gets here: the framework answers 406 from the {@code @Produces} list.
 */
final class ReportForms {

    static final String PDF = "application/pdf";
    static final String MARKDOWN = "text/markdown";

    private ReportForms() {
    }

    static ReportForm choose(List<String> format, HttpHeaders headers) {
        if (format != null && !format.isEmpty()) {
            if (format.size() > 1) {
                throw Refused.invalidParameter("format", "format may be given once only");
            }
            String value = format.get(0) == null ? "" : format.get(0);
            return ReportForm.ofParameter(value).orElseThrow(() -> Refused.invalidParameter("format",
                    "format must be html, pdf, md or json; got '" + ClientValues.shorten(value.strip()) + "'"));
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return ReportForm.JSON;
            }
            if (type.isWildcardSubtype()) {
                Optional<ReportForm> first = List.of(ReportForm.values()).stream()
                        .filter(f -> f.mediaType().startsWith(type.getType() + "/")).findFirst();
                if (first.isPresent()) {
                    return first.get();
                }
                continue;
            }
            Optional<ReportForm> exact = ReportForm.ofMediaType(type.getType() + "/" + type.getSubtype());
            if (exact.isPresent()) {
                return exact.get();
            }
        }
        return ReportForm.JSON;
    }
}
