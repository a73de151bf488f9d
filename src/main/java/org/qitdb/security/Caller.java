package org.qitdb.security;

import java.util.Set;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;

/**
 * Who is writing: a token's name, whether it is an admin, and which organizations an editor may write.
 * The organization scope is checked here, by the write paths of standards and representatives; the same scope
 * decides who may read a representative's personal data.
 */
public record Caller(String name, boolean admin, Set<String> organizations) {

    public static final String ADMIN_ROLE = "admin";
    public static final String EDITOR_ROLE = "editor";

    public boolean mayWrite(String organizationCode) {
        return admin || organizations.contains(organizationCode);
    }

    /** Personal data of an organization's representatives is for those who may maintain them. */
    public boolean mayReadPersonalDataOf(String organizationCode) {
        return mayWrite(organizationCode);
    }

    public void requireOrganization(String organizationCode) {
        if (!mayWrite(organizationCode)) {
            throw new Refused(new Refusal.OutOfScope(name, organizationCode));
        }
    }
}
