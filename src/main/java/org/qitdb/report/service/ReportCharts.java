package org.qitdb.report.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws the report's charts as standalone SVG documents: stacked bars (vertical, by year or period) and horizontal
 * stacked bars (one per organization), with axis, labels and a legend. Pure: the same data gives the same bytes, so
 * an edition stores its charts as they were drawn. Only the series with the largest totals get their own colour; the
 * rest are drawn together as "other".
 */
public final class ReportCharts {

    /** Colour-blind-safe palette (Okabe–Ito, then Tol's muted), in series order. */
    private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#332288", "#88CCEE", "#44AA99");
    private static final String OTHER_COLOUR = "#9E9E9E";
    private static final Map<String, String> STATUS_COLOURS = Map.of("planned", "#BDBDBD", "in-development", "#E69F00",
            "published", "#0072B2", "superseded", "#56B4E9", "withdrawn", "#D55E00");
    public static final String OTHER = "other";
    private static final int MAX_SERIES = 8;
    private static final int WIDTH = 720;
    private static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";

    private ReportCharts() {
    }

    /** One bar per category (e.g. a year), stacked by series (e.g. organizations); values[series][category]. */
    public static String stackedColumns(String title, List<String> categories, Map<String, double[]> series, String unit,
            boolean percent) {
        Map<String, double[]> shown = topSeries(series, categories.size());
        int height = 320;
        int left = 48;
        int right = 150;
        int top = 30;
        int bottom = 40;
        int plotWidth = WIDTH - left - right;
        int plotHeight = height - top - bottom;
        double max = percent ? 100 : 0;
        if (!percent) {
            for (int c = 0; c < categories.size(); c++) {
                double total = 0;
                for (double[] v : shown.values()) {
                    total += v[c];
                }
                max = Math.max(max, total);
            }
        }
        double scaleMax = niceMax(max);
        StringBuilder svg = open(WIDTH, height, title);
        axisAndGrid(svg, left, top, plotWidth, plotHeight, scaleMax, percent ? "%" : unit);
        int n = Math.max(1, categories.size());
        double slot = (double) plotWidth / n;
        double barWidth = Math.max(2, Math.min(36, slot * 0.7));
        int labelEvery = (int) Math.ceil(n / (plotWidth / 34.0));
        for (int c = 0; c < categories.size(); c++) {
            double x = left + c * slot + (slot - barWidth) / 2;
            double y = top + plotHeight;
            int s = 0;
            for (Map.Entry<String, double[]> e : shown.entrySet()) {
                double value = e.getValue()[c];
                if (value > 0) {
                    double h = value / scaleMax * plotHeight;
                    y -= h;
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
                            + "<title>%s %s: %s</title></rect>", x, y, barWidth, h, colour(e.getKey(), s),
                            escape(categories.get(c)), escape(e.getKey()), number(value) + (percent ? " %" : "")));
                }
                s++;
            }
            if (c % Math.max(1, labelEvery) == 0) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" %s>%s</text>",
                        left + c * slot + slot / 2, top + plotHeight + 14, FONT, escape(categories.get(c))));
            }
        }
        legend(svg, WIDTH - right + 12, top, new ArrayList<>(shown.keySet()), false);
        return svg.append("</svg>").toString();
    }

    /** One horizontal bar per row (e.g. an organization), stacked by status; values[status][row]. */
    public static String statusBars(String title, List<String> rows, Map<String, double[]> statuses) {
        int rowHeight = 20;
        int left = 110;
        int right = 130;
        int top = 30;
        int shownRows = Math.min(rows.size(), 24);
        int height = top + shownRows * rowHeight + 40;
        int plotWidth = WIDTH - left - right;
        double max = 0;
        for (int r = 0; r < shownRows; r++) {
            double total = 0;
            for (double[] v : statuses.values()) {
                total += v[r];
            }
            max = Math.max(max, total);
        }
        double scaleMax = niceMax(max);
        StringBuilder svg = open(WIDTH, height, title);
        int plotHeight = shownRows * rowHeight;
        for (int i = 0; i <= 4; i++) {
            double x = left + plotWidth * i / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#E0E0E0\"/>", x, top, x,
                    top + plotHeight));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" %s>%s</text>", x,
                    top + plotHeight + 14, FONT, number(scaleMax * i / 4)));
        }
        for (int r = 0; r < shownRows; r++) {
            int y = top + r * rowHeight + 3;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\" %s>%s</text>", left - 6,
                    y + 12, FONT, escape(rows.get(r))));
            double x = left;
            for (Map.Entry<String, double[]> e : statuses.entrySet()) {
                double value = e.getValue()[r];
                if (value > 0) {
                    double w = value / scaleMax * plotWidth;
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                            + "<title>%s %s: %s</title></rect>", x, y, w, rowHeight - 6,
                            STATUS_COLOURS.getOrDefault(e.getKey(), OTHER_COLOUR), escape(rows.get(r)), escape(e.getKey()), number(value)));
                    x += w;
                }
            }
        }
        legend(svg, WIDTH - right + 12, top, new ArrayList<>(statuses.keySet()), true);
        return svg.append("</svg>").toString();
    }

    /** The series with the largest totals, the rest summed as "other"; insertion order of the input breaks ties. */
    static Map<String, double[]> topSeries(Map<String, double[]> series, int length) {
        List<Map.Entry<String, double[]>> entries = new ArrayList<>(series.entrySet());
        entries.sort((a, b) -> Double.compare(sum(b.getValue()), sum(a.getValue())));
        Map<String, double[]> shown = new LinkedHashMap<>();
        double[] other = new double[length];
        boolean hasOther = false;
        for (int i = 0; i < entries.size(); i++) {
            if (i < MAX_SERIES && !OTHER.equals(entries.get(i).getKey())) {
                shown.put(entries.get(i).getKey(), entries.get(i).getValue());
            } else {
                double[] v = entries.get(i).getValue();
                for (int c = 0; c < length; c++) {
                    other[c] += v[c];
                }
                hasOther = true;
            }
        }
        if (hasOther) {
            shown.put(OTHER, other);
        }
        return shown;
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>");
        svg.append("<text x=\"8\" y=\"18\" font-size=\"13\" font-weight=\"bold\" ").append(FONT).append('>').append(escape(title))
                .append("</text>");
        return svg;
    }

    private static void axisAndGrid(StringBuilder svg, int left, int top, int plotWidth, int plotHeight, double max, String unit) {
        for (int i = 0; i <= 4; i++) {
            double y = top + plotHeight - plotHeight * i / 4.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#E0E0E0\"/>", left, y,
                    left + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\" %s>%s</text>", left - 4,
                    y + 3, FONT, number(max * i / 4)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#616161\"/>", left,
                top + plotHeight, left + plotWidth, top + plotHeight));
        if (unit != null && !unit.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" %s>%s</text>", 4, top - 6, FONT, escape(unit)));
        }
    }

    private static void legend(StringBuilder svg, int x, int y, List<String> names, boolean statuses) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String fill = statuses ? STATUS_COLOURS.getOrDefault(name, OTHER_COLOUR) : colour(name, i);
            int rowY = y + i * 18;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", x, rowY, fill));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" %s>%s</text>", x + 18, rowY + 10, FONT,
                    escape(name)));
        }
    }

    private static String colour(String series, int index) {
        return OTHER.equals(series) ? OTHER_COLOUR : PALETTE.get(index % PALETTE.size());
    }

    /** 1, 2 or 5 times a power of ten, at or above the value (at least 1). */
    static double niceMax(double value) {
        if (value <= 1) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text in SVG (XML) content and attributes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
