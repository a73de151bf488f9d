package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A liaison statement as clients write it (POST, PUT, the result of a merge patch, a row of a submission of kind
 * {@code liaison-statements}). Server-owned and derived fields of a fetched statement are accepted and ignored.
 */
@JsonIgnoreProperties(value = {"id", "revision", "createdAt", "updatedAt", "provenance", "overdue", "inReplyToId", "replies",
        "awaitingReplyFrom"}, allowGetters = false)
@Schema(name = "LiaisonStatementInput", description = "A liaison statement to register or replace. Server-owned and derived fields "
        + "(id, revision, createdAt, updatedAt, provenance, overdue, inReplyToId, replies, awaitingReplyFrom) are ignored if present.")
public record LiaisonStatementInput(
        @Schema(required = true, maxLength = 200, description = "Unique, compared without regard to case and spacing", examples = "ETSI-ISGQKD-LS-2023-07")
        String reference,
        @Schema(required = true, enumeration = {"incoming", "outgoing"}) String direction,
        @Schema(required = true, description = "The sender") Party from,
        @Schema(description = "The addressees (at most 100)") List<Party> to,
        @Schema(description = "Also addressed to every organization other than the sender's (default false); `audience` says how the statement words it")
        Boolean broadcast,
        @Schema(maxLength = 500, description = "The addressees as the statement words them",
                examples = "SDOs and groups outside ITU-T working on QKDN-related standardization") String audience,
        @Schema(format = "date", examples = "2023-07-14") String date,
        @Schema(required = true, maxLength = 1000) String subject,
        @Schema(enumeration = {"action", "comment", "information"}) String purpose,
        @Schema(format = "date", description = "When an answer is due; not before date", examples = "2023-09-30") String deadline,
        @Schema(enumeration = {"sent", "received", "answered", "closed"},
                description = "Outgoing: sent (default), answered or closed; incoming: received (default), answered or closed") String status,
        @Schema(maxLength = 200, description = "The reference of a registered statement this one answers", examples = "JCA-QKDN-LS1") String inReplyTo,
        @Schema(enumeration = {"agreed", "declined"},
                description = "Incoming only: the sender organization's answer to an invitation to include its work in the database; "
                        + "its latest answer is its inclusion status in /participation") String inclusion,
        @Schema(description = "Outgoing only: the statement invites its addressees to include their work in the database (default false)")
        Boolean invitesInclusion,
        @Schema(description = "Links to the statement's documents (http or https, at most 20)") List<String> urls,
        StatementConcernsInput concerns) {
}
