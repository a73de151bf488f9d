package org.qitdb.coordination.service;

import java.util.List;

/**
 * A parsed {@code GET /participation}: organizations (codes; empty: all), groups (codes, any organization's; empty:
 * all), the inclusion answer, whether rows must (true) or must not (false) have a representative for every group,
 * only rows with overdue liaison, only organizations that have not answered an outgoing statement (its reference),
 * and the page.
 */
public record ParticipationQuery(List<String> organizations, List<String> groups, String inclusion, Boolean representative,
        boolean overdueOnly, String unanswered, int page, int size) {
}
