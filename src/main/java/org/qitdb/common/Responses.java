package org.qitdb.common;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Small builders for the answers resources give most often. */
public final class Responses {

    private Responses() {
    }

    /** 201 with a {@code Location} header. */
    public static <T> RestResponse<T> created(String location, T body) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body).build();
    }
}
