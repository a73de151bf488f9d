package org.qitdb.reference.service;

/**
 * How many standards refer to a piece of reference data: an organization, group or topic that entries use cannot
 * be deleted. The standards feature implements it from its own tables, so that reference data, which standards
 * build on, does not depend on that feature.
 */
public interface StandardUsage {

    long ofOrganization(String organizationCode);

    long ofGroup(String organizationCode, String groupCode);

    /** Entries filed under the topic itself (its sub-topics are counted by their own deletes). */
    long ofTopic(String slug);
}
