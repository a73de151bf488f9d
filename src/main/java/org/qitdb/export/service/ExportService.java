package org.qitdb.export.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.Refused;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.security.Caller;
import org.qitdb.standard.service.StandardIndex;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.service.StandardCsv;
import org.qitdb.standard.service.StandardMapper;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.StandardVisibility;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRepository;

/**
 * Streams every entry matching the filters straight from the database, a bounded chunk at a time, so that memory
 * stays flat whatever the size of the export. CSV uses the import's columns: an export loads back unchanged.
 */
@ApplicationScoped
public class ExportService {

    private static final int CHUNK = 500;

    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";

    public enum Format {
        CSV(CSV_TYPE, "csv"), NDJSON(NDJSON_TYPE, "ndjson"), JSON("application/json", "json");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public static Format of(String value) {
            if (value == null || value.isBlank()) {
                return JSON;
            }
            for (Format f : values()) {
                if (f.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw Refused.invalidParameter("format", "format must be csv, ndjson or json");
        }

        /** Without {@code format}: the first of CSV, NDJSON or JSON that {@code Accept} names explicitly, in its order of preference; else JSON. */
        public static Format fromAccept(List<jakarta.ws.rs.core.MediaType> acceptable) {
            for (jakarta.ws.rs.core.MediaType type : acceptable) {
                for (Format f : values()) {
                    if (!type.isWildcardType() && !type.isWildcardSubtype()
                            && f.mediaType.equals(type.getType() + "/" + type.getSubtype())) {
                        return f;
                    }
                }
            }
            return JSON;
        }
    }

    @Inject
    StandardRepository repository;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    EntityManager em;

    @Inject
    StandardVisibility visibility;

    @Inject
    ObjectMapper json;

    @Inject
    StandardIndex index;

    private final CsvMapper csv = new CsvMapper();

    /** Writes the entries matching the query that the reader may see. */
    public void write(StandardQuery request, Optional<Caller> reader, Format format, OutputStream out) {
        StandardQuery query = request.restrictedTo(visibility.visibleOrganizations(reader));
        String textKey = query.hasText() ? IdentifierNormalizer.key(query.text(), catalog.allOrganizationNames()) : null;
        try {
            Writer writer = switch (format) {
                case CSV -> new CsvWriter(out);
                case NDJSON -> new NdjsonWriter(out);
                case JSON -> new JsonArrayWriter(out);
            };
            UUID after = null;
            while (true) {
                UUID from = after;
                List<StandardView> chunk = QuarkusTransaction.requiringNew().call(() -> {
                    List<UUID> ids = index.idsAfter(query, textKey, from, CHUNK);
                    List<StandardView> views = repository.loadInOrder(ids).stream().map(StandardMapper::viewOf).toList();
                    em.clear();
                    return views;
                });
                for (StandardView view : chunk) {
                    writer.write(view);
                }
                if (chunk.size() < CHUNK) {
                    break;
                }
                after = chunk.get(chunk.size() - 1).id();
            }
            writer.close();
        } catch (IOException e) {
            // the client went away: nothing to answer to
            throw new UncheckedIOException(e);
        }
    }

    private interface Writer {
        void write(StandardView view) throws IOException;

        void close() throws IOException;
    }

    private final class CsvWriter implements Writer {
        private final CsvGenerator generator;

        CsvWriter(OutputStream out) throws IOException {
            CsvSchema.Builder schema = CsvSchema.builder();
            StandardCsv.COLUMNS.forEach(schema::addColumn);
            generator = csv.getFactory().createGenerator(out);
            generator.setSchema(schema.build().withHeader());
        }

        @Override
        public void write(StandardView view) throws IOException {
            generator.writeStartArray();
            for (String cell : StandardCsv.toRow(view)) {
                generator.writeString(Optional.ofNullable(cell).orElse(""));
            }
            generator.writeEndArray();
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }

    private final class NdjsonWriter implements Writer {
        private final OutputStream out;

        NdjsonWriter(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(StandardView view) throws IOException {
            out.write(json.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(view));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private final class JsonArrayWriter implements Writer {
        private final JsonGenerator generator;

        JsonArrayWriter(OutputStream out) throws IOException {
            generator = json.getFactory().createGenerator(out);
            generator.writeStartArray();
        }

        @Override
        public void write(StandardView view) throws IOException {
            json.writeValue(generator, view);
        }

        @Override
        public void close() throws IOException {
            generator.writeEndArray();
            generator.close();
        }
    }
}
