package org.factiongraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factiongraph.model.Citation;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Grade;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;
import org.factiongraph.store.AuditEntry;
import org.factiongraph.store.ClaimQuery;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factiongraph review accept|reject|correct|add|list}: analysts' review of claims. Every change is a new
 * review event or a new claim, recorded in the audit log under {@code --user}; nothing is overwritten.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review claims: accept, reject or correct them, add manual claims citing a stored document or a web page, "
                + "list claims by review status.", "Every change is recorded in the audit log ('factiongraph audit')."},
        subcommands = {ReviewCommand.Accept.class, ReviewCommand.Reject.class, ReviewCommand.Correct.class,
                ReviewCommand.Add.class, ReviewCommand.ListClaims.class})
final class ReviewCommand implements Runnable {

    /** Method of claims entered or corrected by an analyst. */
    static final String MANUAL = "manual";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: accept, reject, correct, add or list (see --help)");
    }

    /** What {@code review accept} and {@code review reject} share: a claim id, a note and who acts. */
    abstract static class StatusChange implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Mixin
        UserOption user;
        @Parameters(index = "0", paramLabel = "CLAIM_ID", description = "The claim's id.")
        String claimId;
        @Option(names = "--note", paramLabel = "N", description = "Why: recorded with the review.")
        String note;
        @Spec
        CommandSpec spec;

        /** The status the command sets. */
        abstract ReviewStatus status();

        @Override
        public Integer call() {
            return setStatus(spec, store, user, claimId, status(), note);
        }
    }

    /** {@code review accept CLAIM_ID [--note N]}. */
    @Command(name = "accept", mixinStandardHelpOptions = true, description = "Mark a claim accepted.")
    static final class Accept extends StatusChange {
        @Override
        ReviewStatus status() {
            return ReviewStatus.ACCEPTED;
        }
    }

    /** {@code review reject CLAIM_ID [--note N]}. */
    @Command(name = "reject", mixinStandardHelpOptions = true,
            description = "Mark a claim rejected (it stays stored and readable with its history).")
    static final class Reject extends StatusChange {
        @Override
        ReviewStatus status() {
            return ReviewStatus.REJECTED;
        }
    }

    private static int setStatus(CommandSpec spec, StoreOption store, UserOption user, String claimId,
                                 ReviewStatus status, String note) {
        try (ClaimStore s = store.openExisting()) {
            if (s.claim(claimId).isEmpty()) {
                throw CliException.badInput("no claim with id '" + claimId + "'");
            }
            AuditEntry e = s.review(claimId, status, user.name(), note);
            PrintWriter out = spec.commandLine().getOut();
            out.println("claim " + claimId + " " + status.wire() + " (audit entry " + e.id() + ")");
            out.flush();
            return 0;
        }
    }

    /** {@code review correct CLAIM_ID [--relation R] [--subject NAME] [--object NAME] [dates] [--negated]}. */
    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = {"Correct a claim: store a new claim with the given changes that supersedes it.",
                    "The old claim stays stored. Give 'none' as a date to remove it. Prints the new claim's id."})
    static final class Correct implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Mixin
        UserOption user;
        @Parameters(index = "0", paramLabel = "CLAIM_ID", description = "The claim to correct.")
        String claimId;
        @Option(names = "--relation", paramLabel = "R", description = "The right relation (e.g. member_of).")
        String relation;
        @Option(names = "--subject", paramLabel = "NAME", description = "The right subject entity (a name or id).")
        String subject;
        @Option(names = "--object", paramLabel = "NAME", description = "The right object entity (a name or id).")
        String object;
        @Option(names = "--literal", description = "Take --object as literal text, not an entity (e.g. an ideology).")
        boolean literal;
        @Option(names = "--start", paramLabel = "D", description = "Start date (YYYY, YYYY-MM, YYYY-MM-DD or none).")
        String start;
        @Option(names = "--end", paramLabel = "D", description = "End date (YYYY, YYYY-MM, YYYY-MM-DD or none).")
        String end;
        @Option(names = "--at", paramLabel = "D", description = "Point date (YYYY, YYYY-MM, YYYY-MM-DD or none).")
        String at;
        @Option(names = "--negated", negatable = true, description = "The text says it did not happen "
                + "(--no-negated: it did).")
        Boolean negated;
        @Option(names = "--note", paramLabel = "N", description = "Why: recorded in the audit log.")
        String note;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (relation == null && subject == null && object == null && start == null && end == null && at == null
                    && negated == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "nothing to correct: give at least one"
                        + " of --relation, --subject, --object, --start, --end, --at, --negated");
            }
            Relation r = relation == null ? null : parseRelation(spec, relation);
            PartialDate st = date(spec, start);
            PartialDate en = date(spec, end);
            PartialDate a = date(spec, at);
            try (ClaimStore s = store.openExisting()) {
                Claim old = s.claim(claimId).orElseThrow(
                        () -> CliException.badInput("no claim with id '" + claimId + "'"));
                List<Claim> newer = s.supersededBy(claimId);
                if (!newer.isEmpty()) {
                    throw CliException.badInput("claim " + claimId + " is already corrected by "
                            + newer.get(newer.size() - 1).id() + "; correct that one");
                }
                Relation rel = r == null ? old.relation() : r;
                Ref subj = subject == null ? old.subject()
                        : Ref.of(ShowCommand.resolve(s, subject), old.subject().mention());
                Ref obj;
                if (!rel.hasObject()) {
                    if (object != null) {
                        throw CliException.badInput(rel.wire() + " takes no object");
                    }
                    obj = null;
                } else if (object != null) {
                    String mention = old.object() == null ? object : old.object().mention();
                    obj = literal ? Ref.literal(object) : Ref.of(ShowCommand.resolve(s, object), mention);
                } else if (old.object() != null) {
                    obj = old.object();
                } else {
                    throw CliException.badInput(rel.wire() + " needs an object: give --object");
                }
                Claim fix = old.correctedTo(subj, rel, obj,
                        start == null ? old.start() : st, end == null ? old.end() : en, at == null ? old.at() : a,
                        negated == null ? old.negated() : negated, MANUAL);
                Optional<AuditEntry> e = s.appendClaim(fix, user.name(), note);
                PrintWriter out = spec.commandLine().getOut();
                out.println("claim " + fix.id() + " corrects " + claimId
                        + e.map(x -> " (audit entry " + x.id() + ")").orElse(" (already stored)"));
                out.flush();
                return 0;
            }
        }
    }

    /**
     * {@code review add --subject NAME --relation R [--object NAME] [dates] (--document DOC | --url URL [--grade G])
     * --quote "…"}.
     */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a manual claim citing a stored document or a web page. With --document the quote "
                    + "must occur in the document's text (spacing may differ); the evidence offsets are taken from "
                    + "where it occurs. With --url the page is stored as a document of format 'citation' whose text "
                    + "is the quote (as the web UI and the REST API store it).",
                    "The claim is stored accepted. Prints the new claim's id."})
    static final class Add implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Mixin
        UserOption user;
        @Option(names = "--subject", required = true, paramLabel = "NAME", description = "The subject entity.")
        String subject;
        @Option(names = "--relation", required = true, paramLabel = "R", description = "The relation (e.g. fought).")
        String relation;
        @Option(names = "--object", paramLabel = "NAME", description = "The object entity (a name or id).")
        String object;
        @Option(names = "--literal", description = "Take --object as literal text, not an entity (e.g. an ideology).")
        boolean literal;
        @Option(names = "--start", paramLabel = "D", description = "Start date (YYYY, YYYY-MM or YYYY-MM-DD).")
        String start;
        @Option(names = "--end", paramLabel = "D", description = "End date.")
        String end;
        @Option(names = "--at", paramLabel = "D", description = "Point date.")
        String at;
        @Option(names = "--negated", description = "The source says it did not happen.")
        boolean negated;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;
        @Option(names = "--grade", paramLabel = "G", description = "With --url: the page's Admiralty grade, "
                + "source reliability A-F then information credibility 1-6 (e.g. B2). A stored document keeps "
                + "its own grade.")
        String grade;
        @Option(names = "--quote", required = true, paramLabel = "TEXT",
                description = "The passage that states the claim (at most " + Citation.MAX_QUOTE + " characters).")
        String quote;
        @Option(names = "--note", paramLabel = "N", description = "Why: recorded in the audit log.")
        String note;
        @Spec
        CommandSpec spec;

        /** Exactly one of a stored document and a web page. */
        static final class Source {
            @Option(names = "--document", required = true, paramLabel = "DOC",
                    description = "The cited stored document: its id, a unique id prefix, or its file name.")
            String document;
            @Option(names = "--url", required = true, paramLabel = "URL",
                    description = "The cited web page: an http or https address (at most " + Citation.MAX_URL
                            + " characters).")
            String url;
        }

        @Override
        public Integer call() {
            Relation rel = parseRelation(spec, relation);
            PartialDate st = date(spec, start);
            PartialDate en = date(spec, end);
            PartialDate a = date(spec, at);
            String q = quote.strip();
            if (q.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--quote must not be blank");
            }
            if (q.length() > Citation.MAX_QUOTE) {
                throw CliException.badInput("the quote is longer than " + Citation.MAX_QUOTE + " characters");
            }
            Grade g = null;
            if (grade != null) {
                if (source.url == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--grade goes with --url: a stored document keeps its own grade");
                }
                try {
                    g = Grade.parse(grade);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--grade: " + e.getMessage());
                }
            }
            URI page = null;
            if (source.url != null) {
                try {
                    page = Citation.webPage(source.url);
                } catch (IllegalArgumentException e) {
                    throw CliException.badInput("--url: " + e.getMessage());
                }
            }
            try (ClaimStore s = store.openExisting()) {
                Document doc;
                Evidence ev;
                Document citation = null;
                if (page == null) {
                    doc = resolveDocument(s, source.document);
                    ev = locate(doc, q);
                    g = doc.grade();
                } else {
                    citation = Citation.document(page, q, g);
                    doc = citation;
                    ev = Citation.evidence(citation);
                }
                Entity subj = ShowCommand.resolve(s, subject);
                Ref obj = null;
                if (rel.hasObject()) {
                    if (object == null) {
                        throw CliException.badInput(rel.wire() + " needs an object: give --object");
                    }
                    obj = literal ? Ref.literal(object) : Ref.of(ShowCommand.resolve(s, object), object);
                } else if (object != null) {
                    throw CliException.badInput(rel.wire() + " takes no object");
                }
                Claim c = new Claim(null, Ref.of(subj, subject), rel, obj, st, en, a, negated, false, 1.0, ev,
                        MANUAL, g, ReviewStatus.ACCEPTED, null, null);
                if (citation != null && s.document(citation.id()).isEmpty()) {
                    s.saveDocument(citation, List.of(), List.of());
                }
                Optional<AuditEntry> e = s.appendClaim(c, user.name(), note);
                PrintWriter out = spec.commandLine().getOut();
                out.println("claim " + c.id() + " added, citing " + (citation != null ? citation.url()
                        : doc.name() + " [" + ev.start() + ", " + ev.end() + ")")
                        + e.map(x -> " (audit entry " + x.id() + ")").orElse(" (already stored)"));
                out.flush();
                return 0;
            }
        }
    }

    /** {@code review list [--status S] [--entity NAME] [--all]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List current claims with their review status, optionally only of one status or entity.")
    static final class ListClaims implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Option(names = "--status", paramLabel = "S", description = "Only claims whose current status is S: "
                + "unreviewed, accepted, rejected or corrected.")
        String status;
        @Option(names = "--entity", paramLabel = "NAME", description = "Only claims about this entity.")
        String entity;
        @Option(names = "--all", description = "Include superseded claims.")
        boolean all;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ReviewStatus st;
            try {
                st = status == null ? null : ReviewStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown status '" + status
                        + "' (one of unreviewed, accepted, rejected, corrected)");
            }
            try (ClaimStore s = store.openExisting()) {
                String id = entity == null ? null : ShowCommand.resolve(s, entity).id();
                Table t = new Table(50, "ID", "STATUS", "SUBJECT", "RELATION", "OBJECT", "DATES", "DOCUMENT");
                for (Claim c : s.claims(new ClaimQuery(id, null, null, all, st))) {
                    t.row(c.id(), c.reviewStatus().wire(), c.subject().name(),
                            (c.negated() ? "NOT " : "") + c.relation().wire(),
                            c.object() == null ? "" : c.object().name(), dates(c),
                            c.evidence() == null ? "" : c.evidence().documentName());
                }
                PrintWriter out = spec.commandLine().getOut();
                t.print(out);
                out.println(t.size() + " claims");
                out.flush();
                return 0;
            }
        }
    }

    static String dates(Claim c) {
        StringBuilder sb = new StringBuilder();
        if (c.start() != null) {
            sb.append("from ").append(c.start()).append(' ');
        }
        if (c.end() != null) {
            sb.append("until ").append(c.end()).append(' ');
        }
        if (c.at() != null) {
            sb.append("at ").append(c.at());
        }
        return sb.toString().strip();
    }

    static Relation parseRelation(CommandSpec spec, String text) {
        try {
            return Relation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A date option: null when not given or {@code none}; a usage error when malformed. */
    static PartialDate date(CommandSpec spec, String text) {
        if (text == null || text.strip().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A stored document by id, by unique id prefix (6 characters or more) or by file name. */
    static Document resolveDocument(ClaimStore s, String ref) {
        Optional<Document> byId = s.document(ref);
        if (byId.isPresent()) {
            return byId.get();
        }
        List<DocumentSummary> hits = s.documents().stream().filter(d -> d.name().equals(ref)).toList();
        if (hits.isEmpty() && ref.length() >= 6) {
            hits = s.documents().stream().filter(d -> d.id().startsWith(ref)).toList();
        }
        if (hits.isEmpty()) {
            throw CliException.badInput("no stored document '" + ref + "' (see 'factiongraph documents')");
        }
        if (hits.size() > 1) {
            throw CliException.badInput("'" + ref + "' names " + hits.size() + " documents; use an id");
        }
        return s.document(hits.get(0).id()).orElseThrow();
    }

    /** Where {@code quote} occurs in the document (runs of whitespace match any whitespace), as evidence. */
    static Evidence locate(Document doc, String quote) {
        return Citation.locate(doc, quote).orElseThrow(
                () -> CliException.badInput("the quote does not occur in document " + doc.name()));
    }
}
