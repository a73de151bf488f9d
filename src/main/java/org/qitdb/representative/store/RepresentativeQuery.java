package org.qitdb.representative.store;

import java.util.List;

/** A parsed {@code GET /representatives}: canonical codes, which appointments, and the page. */
public record RepresentativeQuery(String organization, List<GroupKey> groups, Activity activity, int page, int size) {

    /** Which appointments a list shows, by their {@code until} compared with today. */
    public enum Activity { ACTIVE, ENDED, ALL }

    public record GroupKey(String organization, String code) {
    }
}
