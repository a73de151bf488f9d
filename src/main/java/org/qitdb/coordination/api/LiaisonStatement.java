package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LiaisonStatement", description = "A liaison statement, incoming or outgoing; values not recorded are absent")
public record LiaisonStatement(
        @Schema(required = true, description = "Server-assigned, stable") UUID id,
        @Schema(required = true, examples = "JCA-QKDN-LS1") String reference,
        @Schema(required = true, enumeration = {"incoming", "outgoing"}) String direction,
        @Schema(required = true) Party from,
        @Schema(required = true) List<Party> to,
        @Schema(required = true, description = "Addressed to every organization other than the sender's") boolean broadcast,
        String audience,
        LocalDate date,
        @Schema(required = true) String subject,
        @Schema(enumeration = {"action", "comment", "information"}) String purpose,
        LocalDate deadline,
        @Schema(required = true, enumeration = {"sent", "received", "answered", "closed"}) String status,
        @Schema(required = true, description = "The deadline has passed and the statement is still sent or received (not answered or closed)")
        boolean overdue,
        @Schema(description = "The reference of the statement this one answers", examples = "JCA-QKDN-LS1") String inReplyTo,
        @Schema(description = "The id of the statement this one answers") UUID inReplyToId,
        @Schema(enumeration = {"agreed", "declined"}, description = "Incoming: the sender organization's answer to an invitation to inclusion")
        String inclusion,
        @Schema(required = true, description = "Outgoing: invites the addressees to include their work in the database") boolean invitesInclusion,
        @Schema(required = true) List<String> urls,
        @Schema(required = true) StatementConcerns concerns,
        @Schema(required = true, description = "Registered statements that answer this one, oldest first") List<StatementRef> replies,
        @Schema(required = true, description = "Outgoing: the addressed organizations (codes) from which no statement in reply has been registered; "
                + "empty for incoming statements") List<String> awaitingReplyFrom,
        @Schema(required = true, description = "Which token last wrote it", examples = "admin") String provenance,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Starts at 1, grows by 1 on every real change; the ETag", examples = "1") long revision) {
}
