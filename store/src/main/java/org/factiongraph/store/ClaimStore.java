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
     * The claims that supersede the given claim, oldest first; empty when it is current. A claim is superseded
     * exactly when this list is not empty.
     */
    List<Claim> supersededBy(String claimId);

    /**
     * Appends a correction or a manual claim. If {@code c.supersedes()} is not null, that claim must exist; it
     * stays stored unchanged and is from now on reported as superseded. Entities and the evidence document it
     * refers to must exist. Appending a claim whose id is already stored changes nothing. {@code createdAt} is
     * set to now when null.
     */
    void appendClaim(Claim c);

    /**
     * Records a review of a claim (accepted, rejected …) as a new review event; the claim row is not changed.
     * The latest review is the claim's current status as reported by {@link #claims} and {@link #claim}.
     */
    void review(String claimId, ReviewStatus status, String reviewer, String note);

    /** The reviews of one claim, oldest first. */
    List<ClaimReview> reviews(String claimId);

    /** Row counts. */
    StoreStats stats();

    /** The version of the newest applied migration. */
    int schemaVersion();

    @Override
    void close();
}
