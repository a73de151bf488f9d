package org.qitdb.coordination.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The deployment's inclusion policy ({@code QITDB_INCLUSION_POLICY}): {@code all} makes every organization's entries
 * public; {@code agreed} only those of organizations whose latest answer to an invitation to inclusion is "agreed",
 * and of the host organization ({@code QITDB_INCLUSION_HOST_ORGANIZATION}), whose coordination group keeps the
 * database. Token holders (editors and admins) see every entry under either policy.
 */
@ConfigMapping(prefix = "qitdb.inclusion")
public interface InclusionConfig {

    enum Policy { ALL, AGREED }

    @WithDefault("all")
    Policy policy();

    /** Code (or any name) of the organization whose entries are public under every policy. */
    @WithDefault("ITU-T")
    String hostOrganization();
}
