package org.qitdb.submission.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qitdb.common.ClientValues;
import org.qitdb.common.FieldError;
import org.qitdb.common.JsonConfiguration;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;

/**
 * Reads a submission body into rows. A body that is not well-formed (broken JSON, an unterminated CSV quote) is a
 * 400 problem naming the line; a row that is well-formed but not a valid entry (a wrong type, an unknown field)
 * becomes a row error, so that the rest of the batch is still reported.
 */
@ApplicationScoped
public class SubmissionParser {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "qitdb.submissions.max-rows", defaultValue = "200000")
    int maxRows;

    private final CsvMapper csv = new CsvMapper();

    /** The rows of a body in the format, each read as the kind's input. */
    public List<ParsedRow> parse(SubmissionKind kind, SubmissionFormat format, byte[] body) {
        return switch (format) {
            case JSON -> parseJson(kind, body);
            case NDJSON -> parseNdjson(kind, body);
            case CSV -> parseCsv(kind, body);
        };
    }

    private List<ParsedRow> parseJson(SubmissionKind kind, byte[] body) {
        List<ParsedRow> rows = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                // {"entries": [...]}: find the array, reject any other member
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (!"entries".equals(name)) {
                        throw malformed("the JSON body must be an array of entries or {\"entries\": [...]}; unexpected member '"
                                + name + "'", parser.currentLocation());
                    }
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw malformed("\"entries\" must be an array", parser.currentLocation());
                    }
                    readArray(kind, parser, rows);
                }
            } else if (first == JsonToken.START_ARRAY) {
                readArray(kind, parser, rows);
                if (parser.nextToken() != null) {
                    throw malformed("unexpected content after the array", parser.currentLocation());
                }
            } else {
                throw malformed("the JSON body must be an array of entries or {\"entries\": [...]}", parser.currentLocation());
            }
        } catch (JsonParseException e) {
            throw malformed("the body is not valid JSON", e.getLocation());
        } catch (IOException e) {
            throw malformed("the body cannot be read as JSON", null);
        }
        return rows;
    }

    private void readArray(SubmissionKind kind, JsonParser parser, List<ParsedRow> rows) throws IOException {
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                return;
            }
            if (token == null) {
                throw malformed("the array of entries is not closed", parser.currentLocation());
            }
            int line = parser.currentTokenLocation().getLineNr();
            JsonNode node = json.readTree(parser);
            rows.add(row(kind, rows.size() + 1, line, node, () -> node));
            checkRowCount(rows.size());
        }
    }

    private List<ParsedRow> parseNdjson(SubmissionKind kind, byte[] body) {
        List<ParsedRow> rows = new ArrayList<>();
        String text = new String(stripBom(body), StandardCharsets.UTF_8);
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JsonProcessingException e) {
                throw new Refused(Refusal.MalformedBody.atLine("line " + (i + 1) + " is not valid JSON", i + 1));
            }
            // the line, not its tree, is what the row keeps for error reports
            rows.add(row(kind, rows.size() + 1, i + 1, node, () -> reread(line)));
            checkRowCount(rows.size());
        }
        return rows;
    }

    /**
     * The lines of a body, as {@code text.split("\r?\n", -1)} has them (a final empty line included), without the
     * regular expression: on a 50 000-row body that split was a quarter of a re-load's CPU.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(text.substring(start));
                return lines;
            }
            int cut = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, cut));
            start = end + 1;
        }
    }

    private List<ParsedRow> parseCsv(SubmissionKind kind, byte[] body) {
        List<ParsedRow> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(stripBom(body)), StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> iterator = csv.readerForMapOf(String.class).with(schema)
                        .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS).without(CsvParser.Feature.ALLOW_TRAILING_COMMA)
                        .readValues(reader)) {
            CsvParser parser = (CsvParser) iterator.getParser();
            boolean headerChecked = false;
            while (true) {
                int line;
                Map<String, String> cells;
                try {
                    if (!iterator.hasNextValue()) {
                        break;
                    }
                    cells = iterator.nextValue();
                    // after a record is read, the token location is where the record began
                    line = parser.currentTokenLocation().getLineNr();
                } catch (RuntimeException | IOException e) {
                    JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : parser.currentLocation();
                    throw malformed("the CSV cannot be read (check quotes and the number of cells per line)", at);
                }
                if (!headerChecked) {
                    checkHeader(kind, parser.getSchema());
                    headerChecked = true;
                }
                Map<String, String> byColumn = new LinkedHashMap<>();
                cells.forEach((header, value) -> byColumn.put(kind.column(header), value));
                List<FieldError> errors = new ArrayList<>();
                // as for JSON bodies (JsonConfiguration): no text may hold NUL, which PostgreSQL cannot store
                byColumn.forEach((column, value) -> {
                    if (value != null && value.indexOf('\0') >= 0) {
                        errors.add(new FieldError(column, JsonConfiguration.NUL_MESSAGE));
                    }
                });
                Object input = kind.fromCsv(byColumn, errors);
                ObjectNode raw = json.createObjectNode();
                byColumn.forEach((column, value) -> raw.put(column, value));
                rows.add(new ParsedRow(rows.size() + 1, line, input, label(raw, kind.labelField()), () -> raw, errors));
                checkRowCount(rows.size());
            }
            if (!headerChecked) {
                checkHeader(kind, parser.getSchema());
            }
        } catch (IOException e) {
            throw malformed("the CSV cannot be read", null);
        }
        return rows;
    }

    private static void checkHeader(SubmissionKind kind, CsvSchema schema) {
        List<String> unknown = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (CsvSchema.Column column : schema) {
            String name = kind.column(column.getName());
            if (name == null) {
                unknown.add(column.getName());
            } else if (seen.contains(name)) {
                throw new Refused(new Refusal.MalformedBody("column '" + name + "' appears twice in the header", null, null, name));
            } else {
                seen.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new Refused(new Refusal.UnknownColumns(unknown, kind.columns()));
        }
        if (kind.headerMarkers().stream().noneMatch(seen::contains)) {
            throw new Refused(Refusal.MalformedBody.atLine(
                    "the first line must be a header naming the columns (see the CSV template of submissions)", 1));
        }
    }

    /** A JSON value as one row of the kind; wrong types and unknown fields become errors of this row. */
    private ParsedRow row(SubmissionKind kind, int number, int line, JsonNode node, Supplier<JsonNode> raw) {
        String label = label(node, kind.labelField());
        if (!node.isObject()) {
            return new ParsedRow(number, line, null, label, raw, List.of(new FieldError("", "each entry must be a JSON object")));
        }
        try {
            return new ParsedRow(number, line, json.treeToValue(node, kind.inputType()), label, raw, List.of());
        } catch (UnrecognizedPropertyException e) {
            return new ParsedRow(number, line, null, label, raw, List.of(new FieldError(e.getPropertyName(), "unknown field")));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? "" : e.getPath().get(0).getFieldName();
            String message = e instanceof JsonConfiguration.NulCharacterException ? JsonConfiguration.NUL_MESSAGE : "has the wrong JSON type";
            return new ParsedRow(number, line, null, label, raw, List.of(new FieldError(field == null ? "" : field, message)));
        } catch (JsonProcessingException e) {
            return new ParsedRow(number, line, null, label, raw, List.of(new FieldError("", "cannot be read as an entry")));
        }
    }

    /** A line already read once as JSON, read again for an error report. */
    private JsonNode reread(String line) {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a line that was read as JSON could not be read again", e);
        }
    }

    /** What names a row in the report: its label member as sent (the identifier of an entry, a statement's reference). */
    static String label(JsonNode raw, String labelField) {
        JsonNode label = raw == null || !raw.isObject() ? null : raw.get(labelField);
        if (label == null || label.isNull() || label.isContainerNode()) {
            return null;
        }
        return label.asText().isBlank() ? null : ClientValues.shorten(label.asText().strip(), ParsedRow.MAX_VALUE_LENGTH);
    }

    private void checkRowCount(int rows) {
        if (rows > maxRows) {
            throw new Refused(new Refusal.TooManyRows(maxRows));
        }
    }

    private static Refused malformed(String detail, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return Refused.malformedBody(detail);
        }
        return new Refused(Refusal.MalformedBody.atLine(detail + " (line " + location.getLineNr() + ")", location.getLineNr()));
    }

    private static byte[] stripBom(byte[] body) {
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            return java.util.Arrays.copyOfRange(body, 3, body.length);
        }
        return body;
    }

}
