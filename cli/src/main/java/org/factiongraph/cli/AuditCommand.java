package org.factiongraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.factiongraph.model.PartialDate;
import org.factiongraph.store.AuditAction;
import org.factiongraph.store.AuditEntry;
import org.factiongraph.store.AuditQuery;
import org.factiongraph.store.ClaimStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factiongraph audit [--who W] [--action A] [--since D]}: the audit log of analysts' changes; and
 * {@code factiongraph audit undo ID}, which undoes one change by a new, recorded change.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"List the audit log: every review, manual or corrected claim, merge and unmerge, with who "
                + "made it and when.", "'factiongraph audit undo ID' undoes one entry's change by a new change."},
        subcommands = AuditCommand.Undo.class)
final class AuditCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StoreOption store;

    @Option(names = "--who", paramLabel = "W", description = "Only changes by this user.")
    String who;

    @Option(names = "--action", paramLabel = "A",
            description = "Only this action: review, add_claim, correct_claim, merge or unmerge.")
    String action;

    @Option(names = "--since", paramLabel = "D",
            description = "Only changes at or after D: a date (YYYY, YYYY-MM, YYYY-MM-DD, UTC) or an instant "
                    + "(2024-05-01T12:00:00Z).")
    String since;

    @Option(names = "--target", paramLabel = "ID", description = "Only changes to this claim id or merge id.")
    String target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditAction a;
        try {
            a = action == null ? null : AuditAction.parse(action);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Instant from = since == null ? null : instant(spec, since);
        try (ClaimStore s = store.openExisting()) {
            AuditQuery q = new AuditQuery(who, a, null, target, from, null);
            Table t = new Table(60, "ID", "WHEN", "WHO", "ACTION", "TARGET", "CHANGE", "NOTE");
            for (AuditEntry e : s.audit(q)) {
                t.row(e.id(), e.at().truncatedTo(ChronoUnit.SECONDS), e.who(), e.action().wire(),
                        e.targetType() + " " + e.targetId(), change(e), e.note());
            }
            PrintWriter out = spec.commandLine().getOut();
            t.print(out);
            out.println(t.size() + " entries");
            out.flush();
            return 0;
        }
    }

    /** A short description of what the entry changed. */
    static String change(AuditEntry e) {
        String undo = e.undoes() == null ? "" : "undoes " + e.undoes() + ": ";
        try {
            JsonNode before = e.beforeJson() == null ? null : JSON.readTree(e.beforeJson());
            JsonNode after = e.afterJson() == null ? null : JSON.readTree(e.afterJson());
            return undo + switch (e.action()) {
                case REVIEW -> text(before, "status") + " -> " + text(after, "status");
                case ADD_CLAIM -> "new " + text(after, "relation") + " claim";
                case CORRECT_CLAIM -> "supersedes " + text(before, "id");
                case MERGE, UNMERGE -> text(after, "merged_id") + (e.action() == AuditAction.MERGE ? " into " : " out of ")
                        + text(after, "kept_id");
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            return undo;
        }
    }

    private static String text(JsonNode n, String field) {
        return n == null || n.get(field) == null || n.get(field).isNull() ? "?" : n.get(field).asText();
    }

    static Instant instant(CommandSpec spec, String text) {
        try {
            return PartialDate.parse(text).firstDay().atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (IllegalArgumentException notADate) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "not a date or instant: " + text
                        + " (YYYY, YYYY-MM, YYYY-MM-DD or 2024-05-01T12:00:00Z)");
            }
        }
    }

    /** {@code factiongraph audit undo ID}. */
    @Command(name = "undo", mixinStandardHelpOptions = true,
            description = {"Undo the change of one audit entry by a new change, itself recorded: a review goes back "
                    + "to the previous status, a manual or corrected claim is rejected, a merge is unmerged, an "
                    + "unmerge is merged again.", "Nothing is deleted."})
    static final class Undo implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Mixin
        UserOption user;
        @Parameters(index = "0", paramLabel = "ID", description = "The audit entry to undo.")
        long id;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (ClaimStore s = store.openExisting()) {
                AuditEntry e = s.undo(id, user.name());
                PrintWriter out = spec.commandLine().getOut();
                out.println("audit entry " + id + " undone by entry " + e.id() + " (" + e.action().wire() + " "
                        + e.targetType() + " " + e.targetId() + ": " + change(e) + ")");
                out.flush();
                return 0;
            }
        }
    }
}
