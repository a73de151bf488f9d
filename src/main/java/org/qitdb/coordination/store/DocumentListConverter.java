package org.qitdb.coordination.store;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import org.qitdb.common.JsonColumnConverter;

/** A list of {@link StoredDocument} as a JSON array column. */
@Converter
public class DocumentListConverter extends JsonColumnConverter<StoredDocument> {

    public DocumentListConverter() {
        super(new TypeReference<List<StoredDocument>>() {
        });
    }
}
