package org.qitdb.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/**
 * Stores a short list (aliases, keywords, relations) as JSON in one column: such lists are read with their row and
 * never queried element by element.
 */
public abstract class JsonColumnConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TypeReference<List<T>> type;

    protected JsonColumnConverter(TypeReference<List<T>> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("list cannot be written as JSON", e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not valid JSON", e);
        }
    }
}
