package org.qitdb.coordination.store;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import org.qitdb.common.JsonColumnConverter;

/** A list of {@link StoredAnswer} as a JSON array column. */
@Converter
public class AnswerListConverter extends JsonColumnConverter<StoredAnswer> {

    public AnswerListConverter() {
        super(new TypeReference<List<StoredAnswer>>() {
        });
    }
}
