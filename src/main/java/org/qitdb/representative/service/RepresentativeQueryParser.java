package org.qitdb.representative.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.qitdb.common.ClientValues;
import org.qitdb.common.QueryValues;
import org.qitdb.common.Refused;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.representative.store.RepresentativeQuery;
import org.qitdb.standard.service.StandardQueryParser;

/**
 * Turns the query parameters of {@code GET /representatives} into a {@link RepresentativeQuery}, naming the
 * parameter of every bad value in a 400 problem. Paging follows {@code GET /standards}: same names, default and limit.
 */
@ApplicationScoped
public class RepresentativeQueryParser {

    public static final List<String> ACTIVITIES = List.of("true", "false", "all");

    @Inject
    ReferenceCatalog catalog;

    /** Raw values as sent; each parameter may be given once. */
    public record Parameters(List<String> organization, List<String> group, List<String> active, List<String> page,
            List<String> size) {
    }

    public RepresentativeQuery parse(Parameters p) {
        String organizationName = QueryValues.single("organization", p.organization());
        Organization organization = null;
        if (organizationName != null) {
            organization = catalog.organization(organizationName).orElseThrow(() -> Refused.invalidParameter("organization",
                    "unknown organization '" + ClientValues.shorten(organizationName) + "'"));
        }
        String groupCode = QueryValues.single("group", p.group());
        List<RepresentativeQuery.GroupKey> groups = List.of();
        if (groupCode != null) {
            if (organization != null) {
                String org = organization.code();
                Group group = catalog.group(org, groupCode).orElseThrow(() -> Refused.invalidParameter("group",
                        "'" + ClientValues.shorten(groupCode) + "' is not a group of " + org));
                groups = List.of(new RepresentativeQuery.GroupKey(group.organization(), group.code()));
            } else {
                groups = catalog.groupsWithCode(groupCode).stream()
                        .map(g -> new RepresentativeQuery.GroupKey(g.organization(), g.code())).toList();
                if (groups.isEmpty()) {
                    throw Refused.invalidParameter("group", "unknown group '" + ClientValues.shorten(groupCode) + "'");
                }
            }
        }
        return new RepresentativeQuery(organization == null ? null : organization.code(), groups,
                activity(QueryValues.single("active", p.active())),
                StandardQueryParser.integer("page", QueryValues.single("page", p.page()), 0, 0, 1_000_000),
                StandardQueryParser.integer("size", QueryValues.single("size", p.size()), StandardQueryParser.DEFAULT_SIZE, 1,
                        StandardQueryParser.MAX_SIZE));
    }

    private static RepresentativeQuery.Activity activity(String value) {
        if (value == null) {
            return RepresentativeQuery.Activity.ACTIVE;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> RepresentativeQuery.Activity.ACTIVE;
            case "false" -> RepresentativeQuery.Activity.ENDED;
            case "all" -> RepresentativeQuery.Activity.ALL;
            default -> throw Refused.invalidParameter("active", "active must be one of " + String.join(", ", ACTIVITIES)
                    + " (true: appointments that last, false: ended ones, all: both)");
        };
    }
}
