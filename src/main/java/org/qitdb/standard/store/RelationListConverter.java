package org.qitdb.standard.store;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import org.qitdb.common.JsonColumnConverter;

/** An entry's relations as a JSON array column. */
@Converter
public class RelationListConverter extends JsonColumnConverter<Relation> {

    public RelationListConverter() {
        super(new TypeReference<List<Relation>>() {
        });
    }
}
