package org.qitdb.common;

import java.util.Locale;

/** Reading {@code Accept-Encoding} (RFC 9110 §12.5.3) for a response the service holds gzip-compressed already. */
public final class ContentCodings {

    private ContentCodings() {
    }

    /**
     * Whether the client accepts {@code gzip}: named with a non-zero weight, or covered by {@code *} when gzip is not
     * named. No header, or one that does not allow gzip, means the identity coding.
     */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        Boolean gzip = null;
        Boolean any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip().toLowerCase(Locale.ROOT);
            boolean acceptable = weight(fields) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? acceptable : gzip || acceptable;
            } else if (coding.equals("*")) {
                any = acceptable;
            }
        }
        return gzip != null ? gzip : any != null && any;
    }

    /** The {@code q} of a coding, 1 when absent; a malformed one counts as 0 (not acceptable). */
    private static double weight(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String parameter = fields[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
