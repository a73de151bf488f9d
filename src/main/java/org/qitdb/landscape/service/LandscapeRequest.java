package org.qitdb.landscape.service;

import java.util.List;
import org.qitdb.standard.service.StandardQuery;

/**
 * A validated landscape request: the root of the topic subtree and the entry filters, all in canonical form.
 * {@code entries} holds the filters as the list of standards takes them, each value once, the reader's restriction
 * (inclusion policy) included; its topic, text, sort and paging play no part. {@link #key()} names the request for the
 * entity tag and the cache: two requests that mean the same have the same key.
 */
public record LandscapeRequest(String topic, StandardQuery entries) {

    /** The raw query parameters, each possibly repeated. */
    public record Parameters(List<String> topic, List<String> organization, List<String> group, List<String> status,
            List<String> documentType, List<String> publishedFrom, List<String> publishedTo) {
    }

    /** Whether the reader may see the organization's entries. */
    public boolean visible(String organization) {
        return entries.visibleOrganizations() == null || entries.visibleOrganizations().contains(organization);
    }

    public String key() {
        StandardQuery c = entries;
        return String.join("\n", "topic=" + topic,
                "organization=" + sorted(c.organizations()),
                "group=" + sorted(c.groups().stream().map(g -> g.organization() + "\u0000" + g.code()).toList()),
                "status=" + sorted(c.statuses()),
                "documentType=" + sorted(c.documentTypes()),
                "publishedFrom=" + c.publishedFrom(),
                "publishedTo=" + c.publishedTo(),
                // the reader's restriction: readers who may see different organizations get different analyses and tags
                "visible=" + (c.visibleOrganizations() == null ? "*" : sorted(List.copyOf(c.visibleOrganizations()))));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().distinct().sorted().toList();
    }
}
