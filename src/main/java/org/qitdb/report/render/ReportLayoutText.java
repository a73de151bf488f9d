package org.qitdb.report.render;

/** Fixed wording that every printed form shares. */
final class ReportLayoutText {

    static final String CONTENTS = "Contents";
    static final String FIGURES = "Figures";

    private ReportLayoutText() {
    }

    static String figureLabel(int number, String caption) {
        return "Figure " + number + ": " + caption;
    }
}
