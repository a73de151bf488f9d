package org.qitdb.report.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qitdb.report.api.Report;

/** The report as JSON for tools: the model itself, absent values omitted, charts as SVG text. */
@ApplicationScoped
public class JsonReportRenderer {

    @Inject
    ObjectMapper json;

    public byte[] render(Report report) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report cannot be written as JSON", e);
        }
    }
}
