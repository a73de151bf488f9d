package org.qitdb.standard.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import org.qitdb.standard.api.Relation;

/** Relations are read with their entry and never queried one by one: one JSON column holds them. */
@Converter
public class RelationListConverter implements AttributeConverter<List<Relation>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Relation>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Relation> relations) {
        try {
            return JSON.writeValueAsString(relations == null ? List.of() : relations);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("relations cannot be written as JSON", e);
        }
    }

    @Override
    public List<Relation> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored relations are not valid JSON", e);
        }
    }
}
