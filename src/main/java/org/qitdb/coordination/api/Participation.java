package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where one organization stands with the coordination group, and each of its groups: what the secretariat looks at
 * before a meeting. Computed from the register, the representatives directory and the database's entries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Participation", description = "One organization's participation: its inclusion answer, representatives, meetings, "
        + "contributions, answers and entries, in total and per group")
public record Participation(
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(required = true) String name,
        @Schema(required = true, description = "The host organization of the coordination group: its entries are always public") boolean host,
        @Schema(required = true) Inclusion inclusion,
        @Schema(required = true, description = "Active representatives of its groups (public view)") List<Representative> representatives,
        @Schema(required = true, description = "Its groups without an active representative") List<String> groupsWithoutRepresentative,
        @Schema(required = true, description = "Codes of the meetings it or one of its groups was invited to") List<String> meetingsInvited,
        @Schema(required = true, description = "Codes of the meetings it or one of its groups attended") List<String> meetingsAttended,
        @Schema(required = true, description = "Meeting documents it or its groups submitted") int documents,
        @Schema(required = true, description = "Coordination questions it or its groups answered") int questionsAnswered,
        @Schema(description = "Its entries in the database; absent when the reader may not see them (inclusion policy)") Long entries,
        @Schema(required = true, description = "Liaison statements past their deadline: ours awaiting its reply, or its own awaiting ours")
        List<OverdueLiaison> overdueLiaisons,
        @Schema(required = true, description = "The same per group (only the group asked for, with the group filter)") List<GroupParticipation> groups) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ParticipationInclusion", description = "Whether the organization agreed to have its work included in the database")
    public record Inclusion(
            @Schema(required = true, enumeration = {"agreed", "declined", "none"},
                    description = "Its latest answer (by the answering statement's date, then registration); none until one arrives")
            String status,
            @Schema(required = true, description = "Outgoing statements that invited it (addressed to it, or to every organization but the sender's)")
            List<StatementRef> invitedBy,
            @Schema(description = "The incoming statement with its latest answer") StatementRef answer) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ParticipationRepresentative", description = "An active representative, public view (never email or notes)")
    public record Representative(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ISG QKD") String group,
            @Schema(required = true) String name,
            String role,
            String affiliation,
            LocalDate since) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ParticipationOverdueLiaison", description = "A liaison statement past its deadline")
    public record OverdueLiaison(
            @Schema(required = true) UUID id,
            @Schema(required = true) String reference,
            @Schema(required = true, enumeration = {"incoming", "outgoing"},
                    description = "outgoing: ours, awaiting its reply; incoming: its own, awaiting our answer") String direction,
            @Schema(required = true) LocalDate deadline) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GroupParticipation", description = "One group's participation")
    public record GroupParticipation(
            @Schema(required = true, examples = "ISG QKD") String group,
            @Schema(required = true) String name,
            @Schema(required = true) List<Representative> representatives,
            @Schema(required = true) List<String> meetingsInvited,
            @Schema(required = true) List<String> meetingsAttended,
            @Schema(required = true) int documents,
            @Schema(required = true) int questionsAnswered,
            @Schema(description = "Absent when the reader may not see the organization's entries") Long entries) {
    }
}
