package org.qitdb.coordination.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.EntityTags;

/** The answers the register's resources give: a record with its strong ETag, 304, 201 with Location. */
final class RegisterResponses {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private RegisterResponses() {
    }

    static <T> RestResponse<T> withETag(T view, long revision, int status) {
        return RestResponse.ResponseBuilder.<T>create(status).entity(view).header(HttpHeaders.ETAG, EntityTags.of(revision)).build();
    }

    /** 304 when {@code If-None-Match} names the revision (a malformed one is a 400 problem), else 200 with the ETag. */
    static <T> RestResponse<T> readWithETag(T view, long revision, String ifNoneMatch) {
        if (ifNoneMatch != null && EntityTags.parse(ifNoneMatch, HttpHeaders.IF_NONE_MATCH).matchesWeakly(revision)) {
            return RestResponse.ResponseBuilder.<T>notModified().tag(new EntityTag(String.valueOf(revision))).build();
        }
        return withETag(view, revision, 200);
    }

    static <T> RestResponse<T> created(String location, T view, long revision) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(view).header(HttpHeaders.ETAG, EntityTags.of(revision))
                .build();
    }

    /** A merge patch body as a JSON tree (null when empty); malformed JSON is a 400 problem through the mapper. */
    static JsonNode tree(String body, ObjectMapper json) throws JsonProcessingException {
        return body == null || body.isBlank() ? null : json.readTree(body);
    }
}
