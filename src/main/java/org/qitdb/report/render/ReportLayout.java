package org.qitdb.report.render;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qitdb.report.api.Report;

/**
 * What the printed forms of a report say, section by section, as {@link Block}s: the title and metadata, the
 * contents, then each numbered section with its narrative above what it computed, its tables and its figures.
 * Wording lives here only.
 */
public final class ReportLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> KIND_LABELS = Map.of("published", "Published", "started", "Work started",
            "withdrawn", "Withdrawn", "superseded", "Superseded", "added", "Added to qitdb", "removed", "Removed from qitdb");
    private static final Map<String, String> GAP_LABELS = Map.of("no-work", "nothing published, planned or in development",
            "in-development-only", "only work in development or planned", "single-organization", "a single organization");
    private static final Map<String, String> SOURCE_LABELS = Map.of("submission", "liaison submissions (bulk loads)",
            "api", "single writes of sync tools and editors", "seed", "qitdb's sample data");

    private ReportLayout() {
    }

    public static List<Block> blocks(Report report) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "title", report.title()));
        blocks.add(new Block.Meta(meta(report)));
        List<Block.Heading> sections = new ArrayList<>();
        for (String key : Report.SECTIONS) {
            sections.add(sectionHeading(report, key));
        }
        List<Block.Figure> figures = report.figures().stream()
                .map(f -> new Block.Figure(f.number(), f.caption(), f.svg())).toList();
        blocks.add(new Block.Contents(sections, figures));
        scope(report, blocks);
        numbers(report, blocks);
        changes(report, blocks);
        overlap(report, blocks);
        gaps(report, blocks);
        trends(report, blocks);
        coordination(report, blocks);
        return blocks;
    }

    private static List<String> meta(Report r) {
        List<String> lines = new ArrayList<>();
        lines.add((Report.EDITION.equals(r.kind()) ? "Edition " + r.id() : "Draft, computed live from the database")
                + (r.meeting() == null ? "" : " \u00b7 for " + r.meeting()));
        lines.add("Topic: " + r.topic().label() + " (" + r.topic().slug() + ") and its sub-topics \u00b7 changes since "
                + DAY.format(r.since()));
        lines.add("Generated " + MOMENT.format(r.generatedAt()) + " from data version " + r.dataVersion());
        return lines;
    }

    private static Block.Heading sectionHeading(Report r, String key) {
        int number = Report.numberOf(key);
        String title = switch (key) {
            case "scope" -> r.scope().title();
            case "numbers" -> r.numbers().title();
            case "changes" -> r.changes().title();
            case "overlap" -> r.overlap().title();
            case "gaps" -> r.gaps().title();
            case "trends" -> r.trends().title();
            default -> r.coordination().title();
        };
        return new Block.Heading(2, "s" + number, number + " " + title);
    }

    private static void open(Report r, String key, Report.NarrativeText narrative, List<Block> blocks) {
        blocks.add(sectionHeading(r, key));
        if (narrative != null) {
            List<String> paragraphs = Arrays.stream(narrative.text().split("\\n\\s*\\n")).map(String::strip)
                    .filter(p -> !p.isEmpty()).toList();
            blocks.add(new Block.Narrative(paragraphs, "Narrative revision " + narrative.revision() + ", by " + narrative.updatedBy()
                    + ", " + MOMENT.format(narrative.updatedAt())));
        }
    }

    private static Block.Heading sub(int section, int number, String text) {
        return new Block.Heading(3, "s" + section + "-" + number, section + "." + number + " " + text);
    }

    private static void figure(Report r, int number, List<Block> blocks) {
        r.figures().stream().filter(f -> f.number() == number).findFirst()
                .ifPresent(f -> blocks.add(new Block.Figure(f.number(), f.caption(), f.svg())));
    }

    // ---- 1

    private static void scope(Report r, List<Block> blocks) {
        Report.Scope s = r.scope();
        open(r, "scope", s.narrative(), blocks);
        String how = s.bySource().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> n(e.getValue()) + " from " + SOURCE_LABELS.getOrDefault(e.getKey(), e.getKey()))
                .collect(Collectors.joining(", "));
        blocks.add(new Block.Paragraph("This report covers " + n(s.entries()) + " entries of " + s.organizations().size()
                + " organizations filed under " + r.topic().label() + " and its sub-topics" + (how.isEmpty() ? "." : ": " + how + ".")));
        List<List<String>> rows = new ArrayList<>();
        for (Report.ScopeOrganization o : s.organizations()) {
            rows.add(List.of(o.code(), o.name(), n(o.entries()), n(o.bySource().getOrDefault("submission", 0L)),
                    n(o.bySource().getOrDefault("api", 0L)), n(o.bySource().getOrDefault("seed", 0L)),
                    o.representedGroups() + " of " + o.groups(), s.participationRecorded() ? orDash(o.participation()) : "not recorded"));
        }
        blocks.add(new Block.Table("Organizations and how their entries came in",
                List.of("Organization", "Name", "Entries", "Submissions", "Single writes", "Sample data",
                        "Groups represented", "Participation"), rows,
                new boolean[] {false, false, true, true, true, true, true, false}));
        if (!s.participationRecorded()) {
            blocks.add(new Block.Note("Participation (invitations to contribute and the answers) is not recorded: this qitdb "
                    + "has no coordination register yet."));
        }
    }

    // ---- 2

    private static void numbers(Report r, List<Block> blocks) {
        Report.Numbers s = r.numbers();
        open(r, "numbers", s.narrative(), blocks);
        blocks.add(new Block.Paragraph(n(s.entries()) + " entries: " + r.statuses().stream()
                .map(st -> n(s.byStatus().getOrDefault(st, 0L)) + " " + st).collect(Collectors.joining(", ")) + "."));
        List<String> headers = new ArrayList<>(List.of("Organization", "Total"));
        headers.addAll(r.statuses());
        List<List<String>> rows = new ArrayList<>();
        for (Report.CountRow row : s.byOrganization()) {
            List<String> cells = new ArrayList<>(List.of(row.organization(), n(row.total())));
            r.statuses().forEach(st -> cells.add(n(row.byStatus().getOrDefault(st, 0L))));
            rows.add(cells);
        }
        List<String> total = new ArrayList<>(List.of("All", n(s.entries())));
        r.statuses().forEach(st -> total.add(n(s.byStatus().getOrDefault(st, 0L))));
        rows.add(total);
        blocks.add(new Block.Table("Entries by organization and status", headers, rows, numericAfter(1, headers.size())));
        figure(r, s.figure(), blocks);
        blocks.add(sub(2, 1, "By topic"));
        List<String> topicHeaders = new ArrayList<>(List.of("Topic", "Total"));
        topicHeaders.addAll(r.statuses());
        List<List<String>> topicRows = new ArrayList<>();
        for (Report.TopicCount t : s.byTopic()) {
            List<String> cells = new ArrayList<>(List.of("\u00a0\u00a0".repeat(t.depth()) + t.label(), n(t.total())));
            r.statuses().forEach(st -> cells.add(n(t.byStatus().getOrDefault(st, 0L))));
            topicRows.add(cells);
        }
        blocks.add(new Block.Table("Entries by topic (a topic counts its sub-topics) and status", topicHeaders, topicRows,
                numericAfter(1, topicHeaders.size())));
    }

    // ---- 3

    private static void changes(Report r, List<Block> blocks) {
        Report.Changes s = r.changes();
        open(r, "changes", s.narrative(), blocks);
        long all = s.counts().values().stream().mapToLong(Long::longValue).sum();
        blocks.add(new Block.Paragraph(all == 0 ? "No entry changed status since " + DAY.format(s.since()) + "."
                : "Since " + DAY.format(s.since()) + ": " + s.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> n(e.getValue()) + " " + KIND_LABELS.get(e.getKey()).toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + "."));
        if (!s.byOrganization().isEmpty()) {
            List<String> headers = new ArrayList<>(List.of("Organization"));
            s.counts().keySet().forEach(k -> headers.add(KIND_LABELS.get(k)));
            List<List<String>> rows = new ArrayList<>();
            for (Report.OrganizationChanges o : s.byOrganization()) {
                List<String> cells = new ArrayList<>(List.of(o.organization()));
                s.counts().keySet().forEach(k -> cells.add(n(o.counts().getOrDefault(k, 0L))));
                rows.add(cells);
            }
            blocks.add(new Block.Table("Changes by organization", headers, rows, numericAfter(1, headers.size())));
        }
        int number = 1;
        for (Report.ChangeList list : s.lists()) {
            if (list.count() == 0) {
                continue;
            }
            blocks.add(sub(3, number++, KIND_LABELS.get(list.kind()) + " (" + n(list.count()) + ")"));
            List<List<String>> rows = new ArrayList<>();
            for (Report.ChangedEntry e : list.entries()) {
                rows.add(List.of(e.organization(), e.identifier(), orDash(e.title()),
                        (e.from() == null ? "new" : e.from()) + " \u2192 " + (e.to() == null ? "removed" : e.to()),
                        DAY.format(e.at().atZone(ZoneOffset.UTC))));
            }
            blocks.add(new Block.Table(null, List.of("Organization", "Identifier", "Title", "Status", "Recorded"), rows,
                    new boolean[5]));
            if (list.unlisted() > 0) {
                blocks.add(new Block.Note("and " + n(list.unlisted()) + " more, not listed here (see the JSON form or GET "
                        + "/standards)."));
            }
        }
    }

    // ---- 4

    private static void overlap(Report r, List<Block> blocks) {
        Report.Overlap s = r.overlap();
        open(r, "overlap", s.narrative(), blocks);
        blocks.add(sub(4, 1, "Similar documents of different organizations"));
        blocks.add(new Block.Paragraph("Pairs of documents of different organizations whose title, summary and keywords are "
                + "alike (" + method(s.method()) + ", score from 0 to 1, pairs from " + s.minimumScore() + " on). A pair marked "
                + "equivalent or related is already linked in qitdb; the others may be worth a look for duplication."));
        if (s.pairs().isEmpty()) {
            blocks.add(new Block.Note("No pair reaches the minimum score."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Report.SimilarPair p : s.pairs()) {
                rows.add(List.of(String.format(Locale.ROOT, "%.2f", p.score()), doc(p.first()), doc(p.second()),
                        String.join(", ", p.sharedTerms()), orDash(p.linked())));
            }
            blocks.add(new Block.Table("Most similar pairs", List.of("Score", "Document", "Document", "Shared words", "Linked"),
                    rows, new boolean[] {true, false, false, false, false}));
            if (s.unlistedPairs() > 0) {
                blocks.add(new Block.Note("and " + n(s.unlistedPairs()) + " more pairs at or above the minimum score."));
            }
        }
        blocks.add(sub(4, 2, "Topics several organizations work on"));
        if (s.topics().isEmpty()) {
            blocks.add(new Block.Note("No topic has published or in-development work of two or more organizations."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Report.TopicOverlap t : s.topics()) {
                rows.add(List.of(t.label(), t.byOrganization().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")), n(t.documentCount())));
            }
            blocks.add(new Block.Table("Topics with work of several organizations (entries filed under the topic itself)",
                    List.of("Topic", "Organizations (entries)", "Documents"), rows, new boolean[] {false, false, true}));
        }
    }

    private static String method(String method) {
        return "tf-idf-cosine".equals(method) ? "cosine similarity of TF-IDF word vectors" : method;
    }

    // ---- 5

    private static void gaps(Report r, List<Block> blocks) {
        Report.Gaps s = r.gaps();
        open(r, "gaps", s.narrative(), blocks);
        if (s.gaps().isEmpty()) {
            blocks.add(new Block.Paragraph("Every topic has published work of several organizations."));
            return;
        }
        blocks.add(new Block.Paragraph("Topics (sub-topics included) with nothing published, with only work in development, "
                + "or whose work all comes from a single organization."));
        List<List<String>> rows = new ArrayList<>();
        for (Report.Gap g : s.gaps()) {
            rows.add(List.of("\u00a0\u00a0".repeat(g.depth()) + g.label(), GAP_LABELS.getOrDefault(g.kind(), g.kind())
                    + (g.organization() == null ? "" : ": " + g.organization()), n(g.published()), n(g.inDevelopment()),
                    n(g.planned())));
        }
        blocks.add(new Block.Table("Gaps", List.of("Topic", "Gap", "Published", "In development", "Planned"), rows,
                new boolean[] {false, false, true, true, true}));
    }

    // ---- 6

    private static void trends(Report r, List<Block> blocks) {
        Report.Trends s = r.trends();
        open(r, "trends", s.narrative(), blocks);
        blocks.add(sub(6, 1, "Publications per year"));
        figure(r, s.figures().get(0), blocks);
        blocks.add(yearTable("Publications per year", s.publicationsPerYear()));
        blocks.add(sub(6, 2, "Work started per year"));
        blocks.add(new Block.Paragraph("Work items recorded as planned or in development, or moved to in development, by the "
                + "year qitdb recorded it."));
        figure(r, s.figures().get(1), blocks);
        blocks.add(yearTable("Work started per year", s.startedPerYear()));
        blocks.add(sub(6, 3, "Share of each organization over time"));
        figure(r, s.figures().get(2), blocks);
        List<List<String>> rows = new ArrayList<>();
        for (Report.PeriodShare p : s.shareOfPublications()) {
            rows.add(List.of(p.period(), n(p.total()), p.percent().entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f %%", e.getValue())).collect(Collectors.joining(", "))));
        }
        blocks.add(new Block.Table("Share of the publications per five-year period", List.of("Period", "Publications", "Shares"),
                rows, new boolean[] {false, true, false}));
    }

    private static Block yearTable(String caption, List<Report.YearCount> years) {
        List<List<String>> rows = new ArrayList<>();
        for (Report.YearCount y : years) {
            rows.add(List.of(String.valueOf(y.year()), n(y.total()), y.byOrganization().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        }
        return new Block.Table(caption, List.of("Year", "Entries", "By organization"), rows, new boolean[] {false, true, false});
    }

    // ---- 7

    private static void coordination(Report r, List<Block> blocks) {
        Report.Coordination s = r.coordination();
        open(r, "coordination", s.narrative(), blocks);
        blocks.add(sub(7, 1, "Equivalent common texts"));
        if (s.equivalents().isEmpty()) {
            blocks.add(new Block.Note("No entries are linked as equivalent (common texts)."));
        } else {
            List<List<String>> rows = s.equivalents().stream().map(p -> List.of(doc(p.first()), doc(p.second()))).toList();
            blocks.add(new Block.Table("Entries linked as equivalent", List.of("Document", "Equivalent document"), rows, new boolean[2]));
            if (s.unlistedEquivalents() > 0) {
                blocks.add(new Block.Note("and " + n(s.unlistedEquivalents()) + " more pairs."));
            }
        }
        blocks.add(sub(7, 2, "Open questions and their answers"));
        if (!s.registerRecorded()) {
            blocks.add(new Block.Note("Not recorded: this qitdb has no coordination register yet."));
        } else if (s.questions().isEmpty()) {
            blocks.add(new Block.Paragraph("No coordination question is recorded."));
        } else {
            List<List<String>> rows = s.questions().stream()
                    .map(q -> List.of(q.text(), String.valueOf(q.answers()), q.open() ? "open" : "closed")).toList();
            blocks.add(new Block.Table("Coordination questions", List.of("Question", "Answers", "State"), rows,
                    new boolean[] {false, true, false}));
        }
        blocks.add(sub(7, 3, "Liaison statements awaiting an answer"));
        if (!s.registerRecorded()) {
            blocks.add(new Block.Note("Not recorded: this qitdb has no coordination register yet."));
        } else if (s.awaitingAnswer().isEmpty()) {
            blocks.add(new Block.Paragraph("No liaison statement awaits an answer."));
        } else {
            List<List<String>> rows = s.awaitingAnswer().stream().map(st -> List.of(st.reference(), st.subject(), orDash(st.to()),
                    st.date() == null ? "\u2013" : st.date().toString(), st.deadline() == null ? "\u2013" : st.deadline().toString()))
                    .toList();
            blocks.add(new Block.Table("Statements awaiting an answer", List.of("Reference", "Subject", "To", "Sent", "Deadline"),
                    rows, new boolean[5]));
        }
        blocks.add(sub(7, 4, "Organizations and groups without a representative"));
        if (s.organizationsWithoutRepresentative().isEmpty()) {
            blocks.add(new Block.Paragraph("Every organization with entries has an active representative."));
        } else {
            List<List<String>> rows = s.organizationsWithoutRepresentative().stream()
                    .map(o -> List.of(o.code(), o.name(), n(o.entries()))).toList();
            blocks.add(new Block.Table("Organizations with entries and no active representative", List.of("Organization", "Name",
                    "Entries"), rows, new boolean[] {false, false, true}));
        }
        if (!s.groupsWithoutRepresentative().isEmpty()) {
            List<List<String>> rows = s.groupsWithoutRepresentative().stream()
                    .map(g -> List.of(g.organization(), g.group(), orDash(g.name()), n(g.entries()))).toList();
            blocks.add(new Block.Table("Groups with entries and no active representative", List.of("Organization", "Group", "Name",
                    "Entries"), rows, new boolean[] {false, false, false, true}));
        }
    }

    // ---- helpers

    private static String doc(Report.Document d) {
        return d.organization() + " " + d.identifier() + (d.title() == null ? "" : ": " + d.title()) + " (" + d.status() + ")";
    }

    private static boolean[] numericAfter(int firstNumeric, int columns) {
        boolean[] numeric = new boolean[columns];
        for (int i = firstNumeric; i < columns; i++) {
            numeric[i] = true;
        }
        return numeric;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "\u2013" : value;
    }

    private static String n(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
