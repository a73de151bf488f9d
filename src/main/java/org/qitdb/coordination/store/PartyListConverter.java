package org.qitdb.coordination.store;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;
import org.qitdb.common.JsonColumnConverter;

/** A list of {@link StoredParty} as a JSON array column. */
@Converter
public class PartyListConverter extends JsonColumnConverter<StoredParty> {

    public PartyListConverter() {
        super(new TypeReference<List<StoredParty>>() {
        });
    }
}
