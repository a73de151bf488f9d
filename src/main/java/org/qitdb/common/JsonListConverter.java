package org.qitdb.common;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Converter;
import java.util.List;

/** A list of strings (aliases, keywords, organization codes) as a JSON array column. */
@Converter
public class JsonListConverter extends JsonColumnConverter<String> {

    public JsonListConverter() {
        super(new TypeReference<List<String>>() {
        });
    }
}
