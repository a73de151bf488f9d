package org.qitdb.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Small builders for the answers resources give most often: records with their strong ETag, 304, 201 with Location. */
public final class Responses {

    /** RFC 7396 merge patch, which every PATCH of a record takes. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private Responses() {
    }

    /** 201 with a {@code Location} header. */
    public static <T> RestResponse<T> created(String location, T body) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body).build();
    }

    /** 201 with a {@code Location} header and the new record's strong ETag. */
    public static <T> RestResponse<T> created(String location, T body, long revision) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body).header(HttpHeaders.ETAG, EntityTags.of(revision))
                .build();
    }

    /** The record with its strong ETag (its revision). */
    public static <T> RestResponse<T> withETag(T body, long revision, int status) {
        return RestResponse.ResponseBuilder.<T>create(status).entity(body).header(HttpHeaders.ETAG, EntityTags.of(revision)).build();
    }

    /** 304 when {@code If-None-Match} names the revision (a malformed one is a 400 problem), else 200 with the ETag. */
    public static <T> RestResponse<T> readWithETag(T body, long revision, String ifNoneMatch) {
        if (ifNoneMatch != null && EntityTags.parse(ifNoneMatch, HttpHeaders.IF_NONE_MATCH).matchesWeakly(revision)) {
            return RestResponse.ResponseBuilder.<T>notModified().header(HttpHeaders.ETAG, EntityTags.of(revision)).build();
        }
        return withETag(body, revision, 200);
    }

    /** The answer, marked as depending on the caller's token (what it shows depends on who reads it). */
    public static <T> RestResponse<T> varyingOnToken(RestResponse<T> response) {
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        return response;
    }

    /** A merge-patch body as a JSON tree (null when empty); malformed JSON is a 400 problem through the mapper. */
    public static JsonNode mergePatch(String body, ObjectMapper json) throws JsonProcessingException {
        return body == null || body.isBlank() ? null : json.readTree(body);
    }
}
