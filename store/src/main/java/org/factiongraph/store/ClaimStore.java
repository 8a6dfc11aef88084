package org.factiongraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.ReviewStatus;

/**
 * The store of documents, entities and claims. Claims are append-only: nothing ever updates or deletes a stored
 * claim; a correction is a new claim that {@linkplain Claim#supersedes() supersedes} the old one, which stays
 * stored and is reported as superseded by a query.
 *
 * <p>Every failure is a {@link StoreException} whose message names the operation and the kind of failure but no
 * document text and no bound values.
 *
 * <p>Thread-safety: an instance is safe for use by several threads (its methods are synchronized on one
 * connection). Several instances and several processes may open the same SQLite file; writes are serialised by
 * SQLite's write lock (WAL mode, 10 s busy timeout, and the write transaction is retried when the database stays
 * busy).
 */
public interface ClaimStore extends AutoCloseable {

    /** The order the store lists claims in (document name, evidence start, relation, names, id). */
    java.util.Comparator<Claim> CLAIM_ORDER = java.util.Comparator
            .comparing((Claim c) -> c.evidence() == null ? "" : orEmpty(c.evidence().documentName()))
            .thenComparingInt(c -> c.evidence() == null ? -1 : c.evidence().start())
            .thenComparing(c -> c.relation().wire())
            .thenComparing(c -> orEmpty(c.subject().name()))
            .thenComparing(c -> c.object() == null ? "" : orEmpty(c.object().name()))
            .thenComparing(Claim::id);

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Opens (creating it and its parent directories if needed) the SQLite store at {@code file} and migrates its
     * schema to the newest version this code knows. Refuses with a {@link StoreException} when an applied
     * migration was changed since it was applied or when the store is newer than this code.
     */
    static ClaimStore openSqlite(Path file) {
        return JdbcClaimStore.open(new SqliteDialect(file), Migrations.bundled());
    }

    /**
     * Saves one document with the entities and claims extracted from it in one transaction: if anything fails,
     * nothing of the document remains. If a document with the same id (content hash) is already stored, nothing
     * changes and {@link SaveOutcome#UNCHANGED} is returned. Entities are upserted by id: names not yet stored
     * are added to an existing entity; its canonical name, kind and stored names are kept. Claims with the same
     * id are stored once (the first wins). Every entity a claim refers to must be among {@code entities} or
     * already stored.
     */
    SaveOutcome saveDocument(Document doc, List<Entity> entities, List<Claim> claims);

    /** Upserts entities outside any document (for manual claims), with the rules of {@link #saveDocument}. */
    void saveEntities(List<Entity> entities);

    boolean hasDocument(String id);

    /** Every stored document without text, ordered by name then id. */
    List<DocumentSummary> documents();

    /** The full document: metadata, text and fields in their original order. */
    Optional<Document> document(String id);

    /** Entities of one kind (all when {@code kindOrNull} is null), ordered by canonical name then id, with names. */
    List<Entity> entities(EntityKind kindOrNull);

    Optional<Entity> entity(String id);

    /**
     * The entities one of whose names (or whose canonical name) has the same {@link NameNormalizer#key} as
     * {@code name}, ordered by canonical name then id. No prefix or substring matching; an empty key matches
     * nothing.
     */
    List<Entity> findEntities(String name);

    /**
     * The claims matching {@code q}, each with its current review status and its evidence's document name,
     * ordered by document name, evidence start, relation, subject name, object name and id (claims without
     * evidence first).
     */
    List<Claim> claims(ClaimQuery q);

    /** One claim by id, superseded or not, with its current review status. */
    Optional<Claim> claim(String id);

    /**
     * The claims that supersede the given claim and are not currently rejected, oldest first; empty when it is
     * current. A claim is superseded exactly when this list is not empty (a rejected correction stays readable
     * through {@link #claim} and {@link ClaimQuery#everything()}).
     */
    List<Claim> supersededBy(String claimId);

    /**
     * Appends a correction or a manual claim, audited with an unknown user: the same as
     * {@code appendClaim(c, null, null)}.
     */
    void appendClaim(Claim c);

    /**
     * Appends a correction or a manual claim and, in the same transaction, an audit entry by {@code who}
     * ({@link AuditAction#CORRECT_CLAIM} with the old claim as before, or {@link AuditAction#ADD_CLAIM}). If
     * {@code c.supersedes()} is not null, that claim must exist; it stays stored unchanged and is from now on
     * reported as superseded, unless this claim is later rejected. Entities and the evidence document it refers
     * to must exist. Appending a claim whose id is already stored changes nothing and returns empty.
     * {@code createdAt} is set to now when null.
     */
    Optional<AuditEntry> appendClaim(Claim c, String who, String note);

    /**
     * Records a review of a claim (accepted, rejected …) as a new review event, and an audit entry by
     * {@code reviewer} with the status before and after, in one transaction; the claim row is not changed. The
     * latest review is the claim's current status as reported by {@link #claims} and {@link #claim}. A rejected
     * correction no longer supersedes the claim it corrected.
     */
    AuditEntry review(String claimId, ReviewStatus status, String reviewer, String note);

    /** The reviews of one claim, oldest first. */
    List<ClaimReview> reviews(String claimId);

    /** Merges {@code mergedId} into {@code keepId}: {@code merge(keepId, mergedId, null, who, reason)}. */
    MergeRecord merge(String keepId, String mergedId, String who, String reason);

    /**
     * Records that {@code mergedId} names the same entity as {@code keepId}, with an audit entry, in one
     * transaction. No claim, entity or name is changed: from now on reads resolve the merged entity to the
     * surviving one — {@link #entities} leaves it out, {@link #entity} of its id returns the surviving entity (with
     * the surviving id), {@link #findEntities} finds the survivor under its names, the survivor's names include
     * the merged entity's, {@link #claims} for the survivor include the merged entity's claims, and claims' sides
     * carry the survivor's id, canonical name and kind (their mention stays as written). Merges chain: A into B and
     * B into C resolve A to C. While the merge is active the survivor is shown under {@code canonicalName} when it
     * is not null. Refused, changing nothing, when the two ids are the same, either entity is not stored, the
     * merged entity is already merged, or the merge would make a cycle.
     */
    MergeRecord merge(String keepId, String mergedId, String canonicalName, String who, String reason);

    /**
     * Undoes an active merge by recording its undo (the merge record stays), with an audit entry; afterwards
     * everything reads as it did before the merge. Refused when no such merge exists or it is already undone.
     */
    void unmerge(long mergeId, String who, String reason);

    /** Every merge ever made, undone ones included, oldest first. */
    List<MergeRecord> merges();

    /** The audit entries matching {@code q}, oldest first. */
    List<AuditEntry> audit(AuditQuery q);

    /**
     * Undoes the change of one audit entry by a new change and a new audit entry (whose {@code undoes} names it);
     * nothing is deleted. A review is undone by a review back to the status before it (refused when the claim's
     * status has changed since); a manual or corrected claim by a {@code rejected} review of it (a rejected
     * correction no longer supersedes the claim it corrected); a merge by an unmerge; an unmerge by merging again.
     * Returns the new entry.
     */
    AuditEntry undo(long auditId, String who);

    /**
     * Writes a consistent copy of the whole store to {@code target} with the database's online backup, while the
     * store stays usable. The copy is written next to {@code target} and moved into place atomically, replacing
     * an existing file; it is a single self-contained file.
     */
    void backup(Path target);

    /**
     * Replaces the store at {@code target} with the backup at {@code backup}, after checking that the backup is an
     * intact FactionGraph store no newer than this code; the copy is written next to {@code target} and moved
     * into place atomically. Refused, leaving {@code target} unchanged, when the check fails or when
     * {@code target} has a write-ahead log (it is open, or was not closed cleanly). The restored store is migrated
     * when it is next opened.
     */
    static void restore(Path backup, Path target) {
        SqliteDialect.restore(backup, target, Migrations.bundled());
    }

    /** The user accounts, login sessions and API tokens kept in this store (same connection and lock). */
    Accounts accounts();

    /** Row counts. */
    StoreStats stats();

    /** The version of the newest applied migration. */
    int schemaVersion();

    @Override
    void close();
}
