package org.qitdb.search.service;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SimilarStandard", description = "An entry of another organization that shares distinctive words with the given one: a candidate overlap")
public record SimilarStandard(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(required = true, examples = "GS QKD 004") String identifier,
        @Schema(required = true) String title,
        @Schema(required = true, description = "Relevance of the match (BM25 over the shared words); higher is more similar, comparable within one answer only", examples = "12.5") double score,
        @Schema(required = true, description = "The distinctive words both entries use, most distinctive first") List<String> sharedTerms) {
}
