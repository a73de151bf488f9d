package org.qitdb.standard.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qitdb.common.FieldError;
import org.qitdb.standard.store.Relation;
import org.qitdb.standard.store.RelationTarget;

/**
 * The CSV form of a standard, shared by import and export so that an exported file loads back unchanged.
 * One column per field; multi-valued cells hold values separated by {@code ;}; a relation is written
 * {@code type organization identifier} (e.g. {@code equivalent ISO/IEC 23837-1}).
 */
public final class StandardCsv {

    public static final List<String> COLUMNS = List.of("organization", "group", "identifier", "aliases", "title", "summary",
            "documentType", "status", "sdoStatus", "version", "publicationDate", "expectedDate", "topics", "keywords", "url",
            "relations");
    /** Columns of an exported or fetched entry that the server owns: accepted on import and ignored. */
    public static final List<String> IGNORED_COLUMNS = List.of("id", "revision", "createdAt", "updatedAt", "provenance");
    public static final String SEPARATOR = ";";

    private StandardCsv() {
    }

    /** Header cell → canonical column name (case-insensitive), or null when unknown. */
    public static String column(String header) {
        String wanted = header == null ? "" : header.strip();
        for (String column : COLUMNS) {
            if (column.equalsIgnoreCase(wanted)) {
                return column;
            }
        }
        for (String column : IGNORED_COLUMNS) {
            if (column.equalsIgnoreCase(wanted)) {
                return column;
            }
        }
        return null;
    }

    /** One row's cells by canonical column name → the standard it describes; bad relation cells are row errors. */
    public static StandardInput toInput(Map<String, String> cells, List<FieldError> errors) {
        return new StandardInput(text(cells, "organization"), text(cells, "group"), text(cells, "identifier"),
                list(cells, "aliases"), text(cells, "title"), text(cells, "summary"), text(cells, "documentType"),
                text(cells, "status"), text(cells, "sdoStatus"), text(cells, "version"), text(cells, "publicationDate"),
                text(cells, "expectedDate"), list(cells, "topics"), list(cells, "keywords"), text(cells, "url"),
                relations(cells.get("relations"), errors));
    }

    /** The cells of one entry, in {@link #COLUMNS} order. */
    public static List<String> toRow(StandardView view) {
        List<String> relations = new ArrayList<>();
        for (Relation r : view.relations()) {
            relations.add(r.type() + " " + r.target().organization() + " " + r.target().identifier());
        }
        return Arrays.asList(view.organization(), view.group(), view.identifier(), join(view.aliases()), view.title(),
                view.summary(), view.documentType(), view.status(), view.sdoStatus(), view.version(), view.publicationDate(),
                view.expectedDate(), join(view.topics()), join(view.keywords()), view.url(), String.join(SEPARATOR + " ", relations));
    }

    /** An example row for the template: every column filled the way an SDO would. */
    public static Map<String, String> exampleRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("organization", "ITU-T");
        row.put("group", "SG13");
        row.put("identifier", "Y.3800");
        row.put("aliases", "Y.QKDN-fr");
        row.put("title", "Overview on networks supporting quantum key distribution");
        row.put("summary", "");
        row.put("documentType", "recommendation");
        row.put("status", "In force");
        row.put("sdoStatus", "");
        row.put("version", "");
        row.put("publicationDate", "2019-10");
        row.put("expectedDate", "");
        row.put("topics", "qkd; qkdn-architecture");
        row.put("keywords", "QKD network; overview");
        row.put("url", "https://www.itu.int/rec/T-REC-Y.3800/");
        row.put("relations", "related ITU-T Y.3801; related ITU-T Y.3802");
        return row;
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(Map<String, String> cells, String column) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String part : value.split(SEPARATOR)) {
            if (!part.isBlank()) {
                values.add(part.strip());
            }
        }
        return values;
    }

    private static List<Relation> relations(String cell, List<FieldError> errors) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        List<Relation> relations = new ArrayList<>();
        String[] parts = cell.split(SEPARATOR);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            String[] words = part.split("\\s+", 3);
            if (words.length < 3) {
                errors.add(new FieldError("relations[" + i + "]", "write a relation as 'type organization identifier', e.g. 'equivalent ISO/IEC 23837-1'"));
                continue;
            }
            relations.add(new Relation(words[0].toLowerCase(Locale.ROOT), new RelationTarget(words[1], words[2])));
        }
        return relations;
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(SEPARATOR + " ", values);
    }
}
