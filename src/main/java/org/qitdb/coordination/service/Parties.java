package org.qitdb.coordination.service;

import static org.qitdb.common.ClientValues.blank;
import static org.qitdb.common.ClientValues.shorten;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import org.qitdb.common.FieldError;
import org.qitdb.coordination.api.Party;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;

/** Reads organizations and groups named in register records against the reference data. */
@ApplicationScoped
public class Parties {

    @Inject
    ReferenceCatalog catalog;

    /** A party in canonical form; null (with errors) when it names no known organization or group. */
    public PartyData resolve(Party party, String field, List<FieldError> errors) {
        if (party == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return resolve(party.organization(), party.group(), field + ".organization", field + ".group", errors);
    }

    public PartyData resolve(String organizationName, String groupCode, String organizationField, String groupField,
            List<FieldError> errors) {
        if (blank(organizationName)) {
            errors.add(new FieldError(organizationField, "is required"));
            return null;
        }
        Organization organization = catalog.organization(organizationName.strip()).orElse(null);
        if (organization == null) {
            errors.add(new FieldError(organizationField, "unknown organization '" + shorten(organizationName) + "'"));
            return null;
        }
        if (blank(groupCode)) {
            return new PartyData(organization.code(), null);
        }
        Group group = catalog.group(organization.code(), groupCode.strip()).orElse(null);
        if (group == null) {
            errors.add(new FieldError(groupField, "'" + shorten(groupCode) + "' is not a group of " + organization.code()));
            return null;
        }
        return new PartyData(organization.code(), group.code());
    }

    /** A list of parties without repeats, at most {@code max}. */
    public List<PartyData> resolveAll(List<Party> parties, String field, int max, List<FieldError> errors) {
        LinkedHashSet<PartyData> resolved = new LinkedHashSet<>();
        List<Party> bounded = FieldRules.bounded(parties, field, max, errors);
        for (int i = 0; i < bounded.size(); i++) {
            PartyData party = resolve(bounded.get(i), field + "[" + i + "]", errors);
            if (party != null) {
                resolved.add(party);
            }
        }
        return List.copyOf(resolved);
    }

    public List<Organization> organizations() {
        return catalog.organizations();
    }

    public List<Group> groups() {
        return catalog.groups();
    }
}
