package org.qitdb.report.service;

import java.time.LocalDate;
import java.util.List;

/**
 * What the report needs from the coordination register (meetings, liaison statements, coordination questions and
 * answers, participation). The register is another feature: it implements this interface as a CDI bean. While no
 * bean implements it, the report says these facts are not recorded instead of showing empty lists as if nothing
 * were open (see {@code ReportComposer}).
 */
public interface CoordinationFacts {

    /** An organization's (or group's, when {@code group} is given) answer to the invitation to contribute. */
    record Participation(String organization, String group, State state) {
    }

    enum State { INVITED, AGREED, DECLINED }

    /** A coordination question, how many answers it has received, and whether it is still open. */
    record Question(String text, int answers, boolean open) {
    }

    /** A liaison statement sent and not yet answered. */
    record PendingStatement(String reference, String subject, String to, LocalDate date, LocalDate deadline) {
    }

    /** Every invitation and its answer; an organization may appear once per group invited. */
    List<Participation> participation();

    /** The coordination questions in the register's order. */
    List<Question> questions();

    /** Outgoing statements that expect an answer and have none, oldest first. */
    List<PendingStatement> statementsAwaitingAnswer();
}
