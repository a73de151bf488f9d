package org.qitdb.representative.service;

import static org.qitdb.common.ClientValues.blank;
import static org.qitdb.common.ClientValues.shorten;
import static org.qitdb.common.ClientValues.trimmed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qitdb.common.ClientValues;
import org.qitdb.common.FieldError;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.representative.api.RepresentativeInput;

/**
 * Checks a written representative against every rule at once and brings it into canonical form, with field errors
 * in the shape standards use. Problem details never echo the email address or notes: they are personal data.
 */
@ApplicationScoped
public class RepresentativeValidator {

    public static final int MAX_NAME = 200;
    public static final int MAX_ROLE = 200;
    public static final int MAX_AFFILIATION = 300;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_APPOINTED_BY = 300;
    public static final int MAX_NOTES = 4000;

    @Inject
    ReferenceCatalog catalog;

    /** The outcome: canonical data when {@code errors} is empty. */
    public record Result(RepresentativeData data, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public Result validate(RepresentativeInput in) {
        if (in == null) {
            return new Result(null, List.of(new FieldError("", "a JSON object with the representative is required")));
        }
        List<FieldError> errors = new ArrayList<>();

        Organization organization = null;
        if (blank(in.organization())) {
            errors.add(new FieldError("organization", "is required"));
        } else {
            organization = catalog.organization(in.organization()).orElse(null);
            if (organization == null) {
                errors.add(new FieldError("organization", "unknown organization '" + shorten(in.organization()) + "'"));
            }
        }

        String group = null;
        if (blank(in.group())) {
            errors.add(new FieldError("group", "is required"));
        } else if (organization != null) {
            Group g = catalog.group(organization.code(), in.group()).orElse(null);
            if (g == null) {
                errors.add(new FieldError("group", "'" + shorten(in.group()) + "' is not a group of " + organization.code()));
            } else {
                group = g.code();
            }
        }

        String name = text(in.name(), "name", MAX_NAME, errors);
        if (name == null && blank(in.name())) {
            errors.add(new FieldError("name", "is required"));
        }
        String role = text(in.role(), "role", MAX_ROLE, errors);
        String affiliation = text(in.affiliation(), "affiliation", MAX_AFFILIATION, errors);
        String appointedBy = text(in.appointedBy(), "appointedBy", MAX_APPOINTED_BY, errors);
        String notes = text(in.notes(), "notes", MAX_NOTES, errors);

        String email = trimmed(in.email());
        if (email != null && !EmailAddresses.isValid(email, MAX_EMAIL)) {
            errors.add(new FieldError("email", "is not an email address: one @, a name before it, a domain with a dot after it, "
                    + "no spaces, at most " + MAX_EMAIL + " characters"));
        }

        LocalDate since = date(in.since(), "since", errors);
        LocalDate until = date(in.until(), "until", errors);
        if (since != null && until != null && until.isBefore(since)) {
            errors.add(new FieldError("until", "lies before since (" + since + ")"));
        }

        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        return new Result(new RepresentativeData(organization.code(), group, name, role, affiliation, email, since, until,
                appointedBy, notes), List.of());
    }

    /** Free text of bounded length; null when absent or blank. */
    private static String text(String value, String field, int max, List<FieldError> errors) {
        String text = trimmed(value);
        if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return text;
    }

    private static LocalDate date(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "'" + shorten(value) + "' is not a date: use YYYY-MM-DD"));
            return null;
        }
    }
}
