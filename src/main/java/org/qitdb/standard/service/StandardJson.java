package org.qitdb.standard.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.qitdb.common.Digests;

/**
 * One entry of a page as the JSON of its {@link StandardView}, written by this service's own mapper when the entry was
 * indexed: a page answered from the search index sends these bytes as they are instead of reading each entry back into
 * a view and writing it again (that round trip was a fifth of a page's time).
 */
@JsonSerialize(using = StandardJson.Writer.class)
public final class StandardJson {

    private final byte[] utf8;

    /** @param utf8 the JSON of a view as this service's mapper writes it; not copied, not to be changed after */
    public StandardJson(byte[] utf8) {
        this.utf8 = utf8;
    }

    public byte[] utf8() {
        return utf8;
    }

    /**
     * A digest of the fields of {@link StandardView} (names and types, nested records included): the stored JSON is
     * only what a view would be written as while this stays the same, so the search index's layout names it and an
     * index of another shape is rebuilt.
     */
    public static final String SHAPE = Digests.sha256Hex(List.of(shapeOf(StandardView.class))).substring(0, 12);

    static String shapeOf(Class<?> record) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            parts.add(c.getName() + ":" + c.getGenericType().getTypeName());
            nestedRecord(c.getGenericType()).ifPresent(nested -> parts.add("{" + shapeOf(nested) + "}"));
        }
        return String.join(",", parts);
    }

    private static java.util.Optional<Class<?>> nestedRecord(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return nestedRecord(p.getActualTypeArguments()[0]);
        }
        return type instanceof Class<?> c && c.isRecord() ? java.util.Optional.of(c) : java.util.Optional.empty();
    }

    /** Writes the stored bytes as the item's value. */
    public static final class Writer extends JsonSerializer<StandardJson> {
        @Override
        public void serialize(StandardJson value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeRawValue(new String(value.utf8(), StandardCharsets.UTF_8));
        }
    }
}
