package org.qitdb.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Builds the RFC 8288 {@code Link} header of a paged list: first, prev, next and last, keeping every other parameter. */
public final class PageLinks {

    private PageLinks() {
    }

    public static String header(UriInfo uriInfo, PageInfo page) {
        int last = Math.max(page.totalPages() - 1, 0);
        List<String> links = new ArrayList<>();
        links.add(link(uriInfo, 0, "first"));
        if (page.number() > 0) {
            links.add(link(uriInfo, Math.min(page.number() - 1, last), "prev"));
        }
        if (page.number() < last) {
            links.add(link(uriInfo, page.number() + 1, "next"));
        }
        links.add(link(uriInfo, last, "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uriInfo, int page, String rel) {
        String uri = uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
