package org.qitdb.reference.service;

import java.util.List;
import org.qitdb.reference.api.GroupRepresentative;

/**
 * The representatives of a group, as the reference data needs them: the group view lists the active ones, and a
 * group someone represents cannot be deleted. The representatives feature implements it, so that reference data
 * does not depend on that feature.
 */
public interface GroupRepresentatives {

    /** How many representatives refer to a group: all of them, and those still active today. */
    record Usage(long total, long active) {
    }

    /** The active representatives of the group, ordered by name, in their public view. */
    List<GroupRepresentative> activeRepresentatives(String organizationCode, String groupCode);

    Usage usage(String organizationCode, String groupCode);
}
