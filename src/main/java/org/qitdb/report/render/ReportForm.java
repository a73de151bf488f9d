package org.qitdb.report.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a report is rendered in, by the name of the {@code format} parameter and the media type. */
public enum ReportForm {
    JSON("json", "application/json"),
    HTML("html", "text/html"),
    PDF("pdf", "application/pdf"),
    MARKDOWN("md", "text/markdown");

    private final String parameter;
    private final String mediaType;

    ReportForm(String parameter, String mediaType) {
        this.parameter = parameter;
        this.mediaType = mediaType;
    }

    public String parameter() {
        return parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type with its charset, for a Content-Type header. */
    public String contentType() {
        return this == PDF ? mediaType : mediaType + ";charset=UTF-8";
    }

    public static Optional<ReportForm> ofParameter(String value) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(value.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static Optional<ReportForm> ofMediaType(String type) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(type)).findFirst();
    }
}
