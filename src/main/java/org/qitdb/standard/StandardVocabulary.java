package org.qitdb.standard;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The closed vocabularies of standards as named schemas of the contract, so that generated clients get enums for
 * them (in bodies and in query parameters alike). Only the OpenAPI document uses these types; the service reads the
 * values as text and answers a 400 problem naming the field or parameter for anything else.
 */
public final class StandardVocabulary {

    private StandardVocabulary() {
    }

    @Schema(name = "Status", type = SchemaType.STRING, description = "The canonical status of an entry",
            enumeration = {"planned", "in-development", "published", "superseded", "withdrawn"})
    public interface Status {
    }

    @Schema(name = "DocumentType", type = SchemaType.STRING, description = "The kind of document",
            enumeration = {"recommendation", "supplement", "amendment", "corrigendum", "technical-report", "technical-specification",
                    "group-specification", "group-report", "international-standard", "national-standard", "ieee-standard", "rfc",
                    "internet-draft", "white-paper", "other"})
    public interface DocumentType {
    }

    @Schema(name = "Facet", type = SchemaType.STRING, description = "A field whose values GET /standards can count",
            enumeration = {"organization", "status", "topic", "documentType", "group", "year"})
    public interface Facet {
    }

    @Schema(name = "StandardSort", type = SchemaType.STRING, description = "A sort order of GET /standards; `-` sorts descending. "
            + "`relevance` needs `q`, which sorts by relevance when no sort is given.",
            enumeration = {"identifier", "-identifier", "organization", "-organization", "title", "-title", "publicationDate",
                    "-publicationDate", "updatedAt", "-updatedAt", "relevance"})
    public interface Sort {
    }

    @Schema(name = "RelationType", type = SchemaType.STRING, enumeration = {"supersedes", "superseded-by", "equivalent", "references", "related"})
    public interface RelationType {
    }
}
