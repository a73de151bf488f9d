package org.qitdb.submission.service;

import java.util.Locale;
import java.util.Optional;

/** The body formats a liaison submission may come in. */
public enum SubmissionFormat {
    JSON("application/json"), NDJSON("application/x-ndjson"), CSV("text/csv");

    private final String mediaType;

    SubmissionFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** By content type, ignoring parameters such as {@code charset}. */
    public static Optional<SubmissionFormat> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (SubmissionFormat format : values()) {
            if (format.mediaType.equals(type)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
