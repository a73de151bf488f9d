package org.qitdb.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A weak {@code ETag} on the pages of the paged lists, and 304 to an {@code If-None-Match} that names the page as it
 * is: a client polling a list pays for the body only when the page changed. The tag is a digest of the page's JSON,
 * so it needs no knowledge of how the page was computed (or cached) and names exactly one content.
 */
public class ListPageTags {

    /** The answers tagged: the pages of GET /standards, /representatives and /submissions. */
    public interface Page {
    }

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void tagPage(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || response.getStatus() != 200 || !(response.getEntity() instanceof Page page)) {
            return;
        }
        byte[] body = json.writeValueAsBytes(page);
        String tag = "W/\"" + Digests.sha256Hex(body).substring(0, 24) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        } else {
            // the bytes already written: the page is not serialized a second time
            response.setEntity(body, null, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** Weak comparison (RFC 9110 §8.8.3.2): {@code *}, or any listed tag with the same opaque value. */
    static boolean matches(String ifNoneMatch, String tag) {
        String opaque = tag.substring(2);
        for (String part : ifNoneMatch.split(",")) {
            String candidate = part.strip();
            if (candidate.equals("*") || candidate.equals(opaque) || (candidate.startsWith("W/") && candidate.substring(2).equals(opaque))) {
                return true;
            }
        }
        return false;
    }
}
