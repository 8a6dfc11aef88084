package org.factiongraph.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factiongraph.model.Claim;
import org.factiongraph.model.Document;
import org.factiongraph.model.Entity;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.Evidence;
import org.factiongraph.model.Field;
import org.factiongraph.model.Grade;
import org.factiongraph.model.Name;
import org.factiongraph.model.NameNormalizer;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;

/**
 * The {@link ClaimStore} over JDBC: one connection, every public method synchronized on this instance, the
 * dialect-specific parts in a {@link Dialect}. Claims are only ever inserted.
 */
final class JdbcClaimStore implements ClaimStore {

    private static final int OPEN_ATTEMPTS = 5;

    /** The current review status of claim {@code c}: its latest review, else the status it was stored with. */
    private static final String CURRENT_STATUS = currentStatus("c");

    /**
     * Claim {@code c} is superseded when a claim that is not currently rejected supersedes it: rejecting a
     * correction (or undoing it) makes the corrected claim current again.
     */
    private static final String SUPERSEDED = "EXISTS (SELECT 1 FROM claims s WHERE s.supersedes = c.id AND "
            + currentStatus("s") + " <> 'rejected')";

    private static final String CLAIM_COLUMNS = "c.id, c.subject_id, c.subject_name, c.subject_mention,"
            + " c.subject_kind, c.relation, c.object_id, c.object_name, c.object_mention, c.object_kind,"
            + " c.start_date, c.end_date, c.at_date, c.negated, c.hedged, c.confidence, c.document_id,"
            + " c.evidence_start, c.evidence_end, c.sentence, c.method, c.source_grade, c.supersedes, c.created_at,"
            + " d.name AS document_name, " + CURRENT_STATUS + " AS current_status";

    /** The current review status of the claim with table alias {@code alias}. */
    private static String currentStatus(String alias) {
        return "COALESCE((SELECT r.status FROM claim_reviews r WHERE r.claim_id = " + alias + ".id"
                + " ORDER BY r.seq DESC LIMIT 1), " + alias + ".review_status)";
    }

    private static final String CLAIM_FROM = " FROM claims c LEFT JOIN documents d ON d.id = c.document_id";

    private static final String INSERT_CLAIM = "INSERT INTO claims (id, subject_id, subject_name, subject_mention,"
            + " subject_kind, relation, object_id, object_name, object_mention, object_kind, start_date, end_date,"
            + " at_date, negated, hedged, confidence, document_id, evidence_start, evidence_end, sentence, method,"
            + " source_grade, review_status, supersedes, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO NOTHING";


    private static final Comparator<Entity> ENTITY_ORDER =
            Comparator.comparing(Entity::canonicalName).thenComparing(Entity::id);

    private static final Comparator<DocumentSummary> DOCUMENT_ORDER =
            Comparator.comparing(DocumentSummary::name).thenComparing(DocumentSummary::id);

    private final Dialect dialect;
    private final Connection conn;
    private final Accounts accounts;
    private boolean closed;

    private JdbcClaimStore(Dialect dialect, Connection conn) {
        this.dialect = dialect;
        this.conn = conn;
        this.accounts = new JdbcAccounts(this, conn, dialect);
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    /** Connects, migrates and returns the store; closes the connection again if migrating fails. */
    static JdbcClaimStore open(Dialect d, Migrations migrations) {
        return d.whileOpening(() -> openNow(d, migrations));
    }

    private static JdbcClaimStore openNow(Dialect d, Migrations migrations) {
        Connection c = connect(d);
        try {
            MigrationRunner.migrate(c, d, migrations);
            refreshNameKeys(c, d);
        } catch (RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        return new JdbcClaimStore(d, c);
    }

    /**
     * Recomputes the stored matching keys of names that {@link NameNormalizer} now reduces differently (after an
     * improvement of the normaliser), so that {@link #findEntities} keeps matching. Keys are derived data; names,
     * entities and claims are not touched.
     */
    private static void refreshNameKeys(Connection c, Dialect d) {
        List<String[]> names = new ArrayList<>();
        List<String[]> canonical = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entity_id, seq, name_text, name_key FROM entity_names");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = NameNormalizer.key(rs.getString(3));
                if (!key.equals(rs.getString(4))) {
                    names.add(new String[] {key, rs.getString(1), Integer.toString(rs.getInt(2))});
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not check the name keys of " + d.target() + ": " + d.describe(e), e);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, canonical_name, canonical_key FROM entities");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String key = NameNormalizer.key(rs.getString(2));
                if (!key.equals(rs.getString(3))) {
                    canonical.add(new String[] {key, rs.getString(1)});
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not check the name keys of " + d.target() + ": " + d.describe(e), e);
        }
        if (names.isEmpty() && canonical.isEmpty()) {
            return;
        }
        Transactions.write(c, d, "refresh the name keys of " + d.target(), conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE entity_names SET name_key = ? WHERE entity_id = ? AND seq = ?")) {
                for (String[] n : names) {
                    ps.setString(1, n[0]);
                    ps.setString(2, n[1]);
                    ps.setInt(3, Integer.parseInt(n[2]));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE entities SET canonical_key = ? WHERE id = ?")) {
                for (String[] n : canonical) {
                    ps.setString(1, n[0]);
                    ps.setString(2, n[1]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static Connection connect(Dialect d) {
        for (int attempt = 1; ; attempt++) {
            try {
                return d.connect();
            } catch (SQLException e) {
                if (!d.isBusy(e) || attempt >= OPEN_ATTEMPTS) {
                    throw new StoreException("could not open " + d.target() + ": " + d.describe(e), e);
                }
            }
        }
    }

    // ---------------------------------------------------------------- writes

    @Override
    public synchronized SaveOutcome saveDocument(Document doc, List<Entity> entities, List<Claim> claims) {
        Objects.requireNonNull(doc, "doc");
        List<Entity> ents = entities == null ? List.of() : List.copyOf(entities);
        Map<String, Claim> unique = new LinkedHashMap<>();
        for (Claim c : claims == null ? List.<Claim>of() : claims) {
            unique.putIfAbsent(Objects.requireNonNull(c, "claim").id(), c);
        }
        checkOpen();
        String what = "save document " + Transactions.label(doc.name());
        return Transactions.write(conn, dialect, what, c -> {
            if (exists(c, "SELECT 1 FROM documents WHERE id = ?", doc.id())) {
                return SaveOutcome.UNCHANGED;
            }
            long now = nowMillis();
            insertDocument(c, doc, now);
            upsertEntities(c, ents, now);
            Set<String> known = new HashSet<>();
            for (Entity e : ents) {
                known.add(e.id());
            }
            int n = 0;
            for (Claim claim : unique.values()) {
                n++;
                String problem = unknownEntity(c, claim, known);
                if (problem != null) {
                    throw new StoreException("could not " + what + ": claim " + n + " of " + unique.size() + " ("
                            + claim.id() + ") " + problem);
                }
            }
            insertClaims(c, unique.values(), now);
            return SaveOutcome.NEW;
        });
    }

    @Override
    public synchronized void saveEntities(List<Entity> entities) {
        List<Entity> ents = List.copyOf(entities);
        checkOpen();
        Transactions.write(conn, dialect, "save " + ents.size() + " entities", c -> {
            upsertEntities(c, ents, nowMillis());
            return null;
        });
    }

    @Override
    public void appendClaim(Claim claim) {
        appendClaim(claim, null, null);
    }

    @Override
    public synchronized Optional<AuditEntry> appendClaim(Claim claim, String who, String note) {
        Objects.requireNonNull(claim, "claim");
        checkOpen();
        String what = "append claim " + claim.id();
        return Transactions.write(conn, dialect, what, c -> {
            if (exists(c, "SELECT 1 FROM claims WHERE id = ?", claim.id())) {
                return Optional.empty();
            }
            Claim old = null;
            if (claim.supersedes() != null) {
                if (claim.supersedes().equals(claim.id())) {
                    throw new StoreException("could not " + what + ": a claim cannot supersede itself");
                }
                old = rawClaim(c, claim.supersedes());
                if (old == null) {
                    throw new StoreException("could not " + what + ": the claim it supersedes ("
                            + Transactions.label(claim.supersedes()) + ") is not stored");
                }
            }
            String problem = unknownEntity(c, claim, Set.of());
            if (problem != null) {
                throw new StoreException("could not " + what + ": it " + problem);
            }
            Evidence ev = claim.evidence();
            if (ev != null && ev.documentId() != null
                    && !exists(c, "SELECT 1 FROM documents WHERE id = ?", ev.documentId())) {
                throw new StoreException("could not " + what + ": its evidence document is not stored");
            }
            long now = nowMillis();
            insertClaims(c, List.of(claim), now);
            Claim stored = claim.createdAt() == null ? claim.withCreatedAt(Instant.ofEpochMilli(now)) : claim;
            return Optional.of(audit(c, who, old == null ? AuditAction.ADD_CLAIM : AuditAction.CORRECT_CLAIM,
                    AuditEntry.CLAIM, claim.id(), old == null ? null : AuditJson.claim(old), AuditJson.claim(stored),
                    note, null));
        });
    }

    @Override
    public synchronized AuditEntry review(String claimId, ReviewStatus status, String reviewer, String note) {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(status, "status");
        checkOpen();
        String what = "review claim " + Transactions.label(claimId);
        return Transactions.write(conn, dialect, what, c -> {
            ReviewStatus before = currentStatusOf(c, claimId);
            if (before == null) {
                throw new StoreException("could not " + what + ": no such claim");
            }
            return reviewIn(c, claimId, before, status, reviewer, note, null);
        });
    }

    /** Appends a review event and its audit entry; {@code before} is the claim's current status. */
    private static AuditEntry reviewIn(Connection c, String claimId, ReviewStatus before, ReviewStatus status,
                                       String who, String note, Long undoes) throws SQLException {
        int seq;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) FROM claim_reviews WHERE claim_id = ?")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                seq = rs.next() ? rs.getInt(1) + 1 : 1;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claim_reviews"
                + " (claim_id, seq, status, reviewer, note, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, claimId);
            ps.setInt(2, seq);
            ps.setString(3, status.wire());
            ps.setString(4, who);
            ps.setString(5, note);
            ps.setLong(6, nowMillis());
            ps.executeUpdate();
        }
        return audit(c, who, AuditAction.REVIEW, AuditEntry.CLAIM, claimId, AuditJson.status(before),
                AuditJson.status(status), note, undoes);
    }

    /** The claim's current review status, or null when no such claim is stored. */
    private static ReviewStatus currentStatusOf(Connection c, String claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + CURRENT_STATUS + " FROM claims c WHERE c.id = ?")) {
            ps.setString(1, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ReviewStatus.parse(rs.getString(1)) : null;
            }
        }
    }

    /** The claim as stored (not resolved through merges), with its current status; null when not stored. */
    private static Claim rawClaim(Connection c, String id) throws SQLException {
        List<Claim> found = queryClaims(c, MergeView.none(),
                "SELECT " + CLAIM_COLUMNS + CLAIM_FROM + " WHERE c.id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    // ---------------------------------------------------------------- merges

    @Override
    public MergeRecord merge(String keepId, String mergedId, String who, String reason) {
        return merge(keepId, mergedId, null, who, reason);
    }

    @Override
    public synchronized MergeRecord merge(String keepId, String mergedId, String canonicalName, String who,
                                          String reason) {
        Objects.requireNonNull(keepId, "keepId");
        Objects.requireNonNull(mergedId, "mergedId");
        checkOpen();
        String what = "merge " + Transactions.label(mergedId) + " into " + Transactions.label(keepId);
        return Transactions.write(conn, dialect, what,
                c -> mergeIn(c, what, keepId, mergedId, canonicalName, who, reason, null));
    }

    private static MergeRecord mergeIn(Connection c, String what, String keepId, String mergedId,
                                       String canonicalName, String who, String reason, Long undoes)
            throws SQLException {
        if (keepId.equals(mergedId)) {
            throw new StoreException("could not " + what + ": an entity cannot be merged into itself");
        }
        for (String id : List.of(keepId, mergedId)) {
            if (!exists(c, "SELECT 1 FROM entities WHERE id = ?", id)) {
                throw new StoreException("could not " + what + ": no entity " + Transactions.label(id));
            }
        }
        String name = canonicalName == null ? null : canonicalName.strip();
        if (name != null && name.isEmpty()) {
            throw new StoreException("could not " + what + ": the canonical name is blank");
        }
        MergeView mv = MergeView.load(c);
        if (mv.isMerged(mergedId)) {
            throw new StoreException("could not " + what + ": " + Transactions.label(mergedId)
                    + " is already merged (merge " + mv.mergeOf(mergedId) + "); unmerge that first");
        }
        if (mv.root(keepId).equals(mergedId)) {
            throw new StoreException("could not " + what + ": that would make a cycle, since "
                    + Transactions.label(keepId) + " is already merged into " + Transactions.label(mergedId));
        }
        long id = nextId(c, "entity_merges");
        long now = nowMillis();
        String actor = actor(who);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_merges (id, kept_id, merged_id,"
                + " canonical_name, who, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, keepId);
            ps.setString(3, mergedId);
            ps.setString(4, name);
            ps.setString(5, actor);
            ps.setString(6, reason);
            ps.setLong(7, now);
            ps.executeUpdate();
        }
        MergeRecord r = new MergeRecord(id, keepId, mergedId, name, actor, reason, Instant.ofEpochMilli(now),
                null, null, null);
        audit(c, actor, AuditAction.MERGE, AuditEntry.MERGE, Long.toString(id), null, AuditJson.merge(r), reason,
                undoes);
        return r;
    }

    @Override
    public synchronized void unmerge(long mergeId, String who, String reason) {
        checkOpen();
        String what = "unmerge merge " + mergeId;
        Transactions.write(conn, dialect, what, c -> unmergeIn(c, what, mergeId, who, reason, null));
    }

    private static AuditEntry unmergeIn(Connection c, String what, long mergeId, String who, String reason,
                                        Long undoes) throws SQLException {
        MergeRecord r = mergeRecord(c, mergeId);
        if (r == null) {
            throw new StoreException("could not " + what + ": no such merge");
        }
        if (!r.active()) {
            throw new StoreException("could not " + what + ": it was already undone by "
                    + Transactions.label(r.undoneBy()) + " at " + r.undoneAt());
        }
        long now = nowMillis();
        String actor = actor(who);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity_merge_undos (merge_id, who, reason, undone_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, mergeId);
            ps.setString(2, actor);
            ps.setString(3, reason);
            ps.setLong(4, now);
            ps.executeUpdate();
        }
        MergeRecord undone = new MergeRecord(r.id(), r.keptId(), r.mergedId(), r.canonicalName(), r.who(),
                r.reason(), r.createdAt(), actor, reason, Instant.ofEpochMilli(now));
        return audit(c, actor, AuditAction.UNMERGE, AuditEntry.MERGE, Long.toString(mergeId), AuditJson.merge(r),
                AuditJson.merge(undone), reason, undoes);
    }

    private static final String MERGE_SELECT = "SELECT m.id, m.kept_id, m.merged_id, m.canonical_name, m.who,"
            + " m.reason, m.created_at, u.who, u.reason, u.undone_at"
            + " FROM entity_merges m LEFT JOIN entity_merge_undos u ON u.merge_id = m.id";

    private static MergeRecord mergeRecord(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MERGE_SELECT + " WHERE m.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? mergeOf(rs) : null;
            }
        }
    }

    private static MergeRecord mergeOf(ResultSet rs) throws SQLException {
        long undoneAt = rs.getLong(10);
        boolean undone = !rs.wasNull();
        return new MergeRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Instant.ofEpochMilli(rs.getLong(7)), rs.getString(8), rs.getString(9),
                undone ? Instant.ofEpochMilli(undoneAt) : null);
    }

    @Override
    public synchronized List<MergeRecord> merges() {
        checkOpen();
        return read("list merges", c -> {
            List<MergeRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(MERGE_SELECT + " ORDER BY m.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mergeOf(rs));
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- audit

    /** Writes one audit entry in the caller's transaction. */
    private static AuditEntry audit(Connection c, String who, AuditAction action, String targetType,
                                    String targetId, String before, String after, String note, Long undoes)
            throws SQLException {
        long id = nextId(c, "audit_log");
        long now = nowMillis();
        String actor = actor(who);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (id, who, acted_at, action,"
                + " target_type, target_id, before_json, after_json, note, undoes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, actor);
            ps.setLong(3, now);
            ps.setString(4, action.wire());
            ps.setString(5, targetType);
            ps.setString(6, targetId);
            ps.setString(7, before);
            ps.setString(8, after);
            ps.setString(9, note);
            if (undoes == null) {
                ps.setNull(10, Types.BIGINT);
            } else {
                ps.setLong(10, undoes);
            }
            ps.executeUpdate();
        }
        return new AuditEntry(id, actor, Instant.ofEpochMilli(now), action, targetType, targetId, before, after,
                note, undoes);
    }

    private static final String AUDIT_SELECT = "SELECT id, who, acted_at, action, target_type, target_id,"
            + " before_json, after_json, note, undoes FROM audit_log";

    private static AuditEntry auditOf(ResultSet rs) throws SQLException {
        long undoes = rs.getLong(10);
        Long u = rs.wasNull() ? null : undoes;
        return new AuditEntry(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                AuditAction.parse(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), u);
    }

    @Override
    public synchronized List<AuditEntry> audit(AuditQuery q) {
        Objects.requireNonNull(q, "query");
        checkOpen();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.who() != null) {
            where.append(" AND who = ?");
            params.add(q.who());
        }
        if (q.action() != null) {
            where.append(" AND action = ?");
            params.add(q.action().wire());
        }
        if (q.targetType() != null) {
            where.append(" AND target_type = ?");
            params.add(q.targetType());
        }
        if (q.targetId() != null) {
            where.append(" AND target_id = ?");
            params.add(q.targetId());
        }
        if (q.since() != null) {
            where.append(" AND acted_at >= ?");
            params.add(q.since().toEpochMilli());
        }
        if (q.until() != null) {
            where.append(" AND acted_at < ?");
            params.add(q.until().toEpochMilli());
        }
        return read("read the audit log", c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(AUDIT_SELECT + where + " ORDER BY id")) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(auditOf(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public synchronized AuditEntry undo(long auditId, String who) {
        checkOpen();
        String what = "undo audit entry " + auditId;
        String note = "undo of audit entry " + auditId;
        return Transactions.write(conn, dialect, what, c -> {
            AuditEntry e;
            try (PreparedStatement ps = c.prepareStatement(AUDIT_SELECT + " WHERE id = ?")) {
                ps.setLong(1, auditId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("could not " + what + ": no such entry");
                    }
                    e = auditOf(rs);
                }
            }
            switch (e.action()) {
                case REVIEW -> {
                    ReviewStatus now = currentStatusOf(c, e.targetId());
                    ReviewStatus after = AuditJson.statusOf(e.afterJson());
                    if (now != after) {
                        throw new StoreException("could not " + what + ": claim " + Transactions.label(e.targetId())
                                + " is now " + (now == null ? "missing" : now.wire()) + ", not " + after.wire()
                                + " as the entry left it; undo the later change first");
                    }
                    return reviewIn(c, e.targetId(), now, AuditJson.statusOf(e.beforeJson()), who, note, auditId);
                }
                case ADD_CLAIM, CORRECT_CLAIM -> {
                    ReviewStatus now = currentStatusOf(c, e.targetId());
                    if (now == null || now == ReviewStatus.REJECTED) {
                        throw new StoreException("could not " + what + ": claim " + Transactions.label(e.targetId())
                                + " is already rejected");
                    }
                    return reviewIn(c, e.targetId(), now, ReviewStatus.REJECTED, who, note, auditId);
                }
                case MERGE -> {
                    return unmergeIn(c, what, mergeIdOf(e), who, note, auditId);
                }
                case UNMERGE -> {
                    MergeRecord r = mergeRecord(c, mergeIdOf(e));
                    if (r == null) {
                        throw new StoreException("could not " + what + ": its merge is not stored");
                    }
                    mergeIn(c, what, r.keptId(), r.mergedId(), r.canonicalName(), who, note, auditId);
                    return lastAudit(c);
                }
                default -> throw new StoreException("could not " + what + ": unknown action");
            }
        });
    }

    private static long mergeIdOf(AuditEntry e) {
        try {
            return Long.parseLong(e.targetId());
        } catch (NumberFormatException x) {
            throw new StoreException("audit entry " + e.id() + " names no merge");
        }
    }

    private static AuditEntry lastAudit(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AUDIT_SELECT + " ORDER BY id DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return auditOf(rs);
        }
    }

    /** The next id of a table whose ids the store assigns (inside the write transaction, so no two writers race). */
    private static long nextId(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The acting user as recorded: trimmed, {@code unknown} when not given. */
    private static String actor(String who) {
        return who == null || who.isBlank() ? "unknown" : who.strip();
    }

    // ---------------------------------------------------------------- backup

    @Override
    public synchronized void backup(Path target) {
        Objects.requireNonNull(target, "target");
        checkOpen();
        try {
            dialect.backup(conn, target);
        } catch (SQLException e) {
            throw new StoreException("could not back up " + dialect.target() + " to " + target + ": "
                    + dialect.describe(e), e);
        }
    }

    private static void insertDocument(Connection c, Document doc, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id, name, title, publisher, url,"
                + " published, format, body, grade, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, doc.id());
            ps.setString(2, doc.name());
            ps.setString(3, doc.title());
            ps.setString(4, doc.publisher());
            ps.setString(5, doc.url());
            ps.setString(6, str(doc.published()));
            ps.setString(7, doc.format());
            ps.setString(8, doc.text());
            ps.setString(9, str(doc.grade()));
            ps.setLong(10, now);
            ps.executeUpdate();
        }
        if (doc.fields().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_fields (document_id, seq, field_key,"
                + " field_value, field_start, field_end) VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Field f : doc.fields()) {
                ps.setString(1, doc.id());
                ps.setInt(2, ++seq);
                ps.setString(3, f.key());
                ps.setString(4, f.value());
                ps.setInt(5, f.start());
                ps.setInt(6, f.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Inserts entities not yet stored and adds names not yet stored to every entity. An entity listed several
     * times counts once, with the names of all its listings in order.
     */
    private static void upsertEntities(Connection c, List<Entity> listed, long now) throws SQLException {
        if (listed.isEmpty()) {
            return;
        }
        Map<String, Entity> merged = new LinkedHashMap<>();
        for (Entity e : listed) {
            merged.merge(Objects.requireNonNull(e, "entity").id(), e, (a, b) -> {
                List<Name> names = new ArrayList<>(a.names());
                for (Name n : b.names()) {
                    if (names.stream().noneMatch(x -> x.text().equals(n.text()))) {
                        names.add(n);
                    }
                }
                return names.size() == a.names().size() ? a
                        : new Entity(a.id(), a.canonicalName(), a.kind(), names);
            });
        }
        Iterable<Entity> entities = merged.values();
        try (PreparedStatement ent = c.prepareStatement("INSERT INTO entities (id, canonical_name, canonical_key,"
                + " kind, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
             PreparedStatement stored = c.prepareStatement(
                     "SELECT 1, NULL, 0 FROM entities WHERE id = ?"
                             + " UNION ALL SELECT 2, name_text, seq FROM entity_names WHERE entity_id = ?");
             PreparedStatement name = c.prepareStatement("INSERT INTO entity_names (entity_id, seq, name_text,"
                     + " name_key, script, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)"
                     + " ON CONFLICT (entity_id, name_text) DO NOTHING")) {
            for (Entity e : entities) {
                // one query tells whether the entity is stored, its names and their highest position
                boolean exists = false;
                Set<String> names = new HashSet<>();
                int seq = 0;
                stored.setString(1, e.id());
                stored.setString(2, e.id());
                try (ResultSet rs = stored.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(1) == 1) {
                            exists = true;
                        } else {
                            names.add(rs.getString(2));
                            seq = Math.max(seq, rs.getInt(3));
                        }
                    }
                }
                if (!exists) {
                    ent.setString(1, e.id());
                    ent.setString(2, e.canonicalName());
                    ent.setString(3, NameNormalizer.key(e.canonicalName()));
                    ent.setString(4, e.kind().wire());
                    ent.setLong(5, now);
                    ent.executeUpdate();
                }
                for (Name n : e.names()) {
                    if (names.contains(n.text())) {
                        continue;
                    }
                    name.setString(1, e.id());
                    name.setInt(2, seq + 1);
                    name.setString(3, n.text());
                    name.setString(4, NameNormalizer.key(n.text()));
                    name.setString(5, n.script());
                    name.setString(6, str(n.validFrom()));
                    name.setString(7, str(n.validTo()));
                    if (name.executeUpdate() > 0) {
                        seq++;
                        names.add(n.text());
                    }
                }
            }
        }
    }

    /** Why the claim's subject or object entity cannot be referenced, or null when both can. */
    private static String unknownEntity(Connection c, Claim claim, Set<String> known) throws SQLException {
        if (!entityKnown(c, claim.subject().entityId(), known)) {
            return "refers to an unknown subject entity";
        }
        if (claim.object() != null && !entityKnown(c, claim.object().entityId(), known)) {
            return "refers to an unknown object entity";
        }
        return null;
    }

    private static boolean entityKnown(Connection c, String id, Set<String> known) throws SQLException {
        if (id == null || known.contains(id)) {
            return true;
        }
        if (exists(c, "SELECT 1 FROM entities WHERE id = ?", id)) {
            if (known instanceof HashSet<String> cache) {
                cache.add(id);
            }
            return true;
        }
        return false;
    }

    private static void insertClaims(Connection c, Iterable<Claim> claims, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CLAIM)) {
            for (Claim claim : claims) {
                bindClaim(ps, claim, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindClaim(PreparedStatement ps, Claim claim, long now) throws SQLException {
        Ref s = claim.subject();
        Ref o = claim.object();
        Evidence ev = claim.evidence();
        int i = 0;
        ps.setString(++i, claim.id());
        ps.setString(++i, s.entityId());
        ps.setString(++i, s.name());
        ps.setString(++i, s.mention());
        ps.setString(++i, s.kind() == null ? null : s.kind().wire());
        ps.setString(++i, claim.relation().wire());
        ps.setString(++i, o == null ? null : o.entityId());
        ps.setString(++i, o == null ? null : o.name());
        ps.setString(++i, o == null ? null : o.mention());
        ps.setString(++i, o == null || o.kind() == null ? null : o.kind().wire());
        ps.setString(++i, str(claim.start()));
        ps.setString(++i, str(claim.end()));
        ps.setString(++i, str(claim.at()));
        ps.setBoolean(++i, claim.negated());
        ps.setBoolean(++i, claim.hedged());
        ps.setDouble(++i, claim.confidence());
        ps.setString(++i, ev == null ? null : ev.documentId());
        setInt(ps, ++i, ev == null ? null : ev.start());
        setInt(ps, ++i, ev == null ? null : ev.end());
        ps.setString(++i, ev == null ? null : ev.sentence());
        ps.setString(++i, claim.method());
        ps.setString(++i, str(claim.sourceGrade()));
        ps.setString(++i, claim.reviewStatus().wire());
        ps.setString(++i, claim.supersedes());
        ps.setLong(++i, claim.createdAt() == null ? now : claim.createdAt().toEpochMilli());
    }

    // ---------------------------------------------------------------- reads

    @Override
    public synchronized boolean hasDocument(String id) {
        checkOpen();
        return read("look up a document", c -> exists(c, "SELECT 1 FROM documents WHERE id = ?", id));
    }

    @Override
    public synchronized List<DocumentSummary> documents() {
        checkOpen();
        List<DocumentSummary> out = read("list documents", c -> {
            List<DocumentSummary> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.name, d.title, d.publisher, d.url,"
                    + " d.published, d.format, d.grade, d.ingested_at,"
                    + " (SELECT COUNT(*) FROM claims c WHERE c.document_id = d.id) AS claim_count"
                    + " FROM documents d");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), PartialDate.parseOrNull(rs.getString(6)),
                            rs.getString(7), grade(rs.getString(8)), rs.getInt(10),
                            Instant.ofEpochMilli(rs.getLong(9))));
                }
            }
            return list;
        });
        out.sort(DOCUMENT_ORDER);
        return out;
    }

    @Override
    public synchronized Optional<Document> document(String id) {
        checkOpen();
        return read("read a document", c -> {
            List<Field> fields = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT field_key, field_value, field_start, field_end"
                    + " FROM document_fields WHERE document_id = ? ORDER BY seq")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        fields.add(new Field(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, title, publisher, url, published,"
                    + " format, body, grade FROM documents WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Document(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), PartialDate.parseOrNull(rs.getString(6)),
                            rs.getString(7), rs.getString(8), grade(rs.getString(9)), fields));
                }
            }
        });
    }

    @Override
    public synchronized List<Entity> entities(EntityKind kindOrNull) {
        checkOpen();
        List<Entity> out = read("list entities", c -> {
            MergeView mv = MergeView.load(c);
            if (mv.isEmpty()) {
                String where = kindOrNull == null ? "" : " WHERE kind = ?";
                String nameWhere = kindOrNull == null ? ""
                        : " WHERE entity_id IN (SELECT id FROM entities WHERE kind = ?)";
                String[] params = kindOrNull == null ? new String[0] : new String[] {kindOrNull.wire()};
                return loadEntities(c, "SELECT id, canonical_name, kind FROM entities" + where,
                        "SELECT entity_id, name_text, script, valid_from, valid_to FROM entity_names" + nameWhere,
                        params);
            }
            List<Entity> all = mv.resolveAll(loadEntities(c, "SELECT id, canonical_name, kind FROM entities",
                    "SELECT entity_id, name_text, script, valid_from, valid_to FROM entity_names"));
            return new ArrayList<>(all.stream().filter(e -> kindOrNull == null || e.kind() == kindOrNull).toList());
        });
        out.sort(ENTITY_ORDER);
        return out;
    }

    @Override
    public synchronized Optional<Entity> entity(String id) {
        checkOpen();
        return read("read an entity", c -> {
            MergeView mv = MergeView.load(c);
            String root = mv.root(id);
            return resolvedEntities(c, mv, List.of(root)).stream().findFirst();
        });
    }

    @Override
    public synchronized List<Entity> findEntities(String name) {
        checkOpen();
        String key = NameNormalizer.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Entity> out = read("find entities by name", c -> {
            MergeView mv = MergeView.load(c);
            Set<String> roots = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM entities WHERE canonical_key = ?"
                    + " UNION SELECT entity_id FROM entity_names WHERE name_key = ?")) {
                bind(ps, key, key);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        roots.add(mv.root(rs.getString(1)));
                    }
                }
            }
            mv.canonicalNames().forEach((kept, canonical) -> {
                if (NameNormalizer.key(canonical).equals(key) && !mv.isMerged(kept)) {
                    roots.add(kept);
                }
            });
            return new ArrayList<>(resolvedEntities(c, mv, List.copyOf(roots)));
        });
        out.sort(ENTITY_ORDER);
        return out;
    }

    /** The given surviving entities as read (with their merge groups' names), in no particular order. */
    private static List<Entity> resolvedEntities(Connection c, MergeView mv, List<String> roots) throws SQLException {
        if (roots.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String r : roots) {
            ids.addAll(mv.members(r));
        }
        String in = placeholders(ids.size());
        List<Entity> loaded = loadEntities(c, "SELECT id, canonical_name, kind FROM entities WHERE id IN (" + in + ")",
                "SELECT entity_id, name_text, script, valid_from, valid_to FROM entity_names WHERE entity_id IN ("
                        + in + ")", ids.toArray(String[]::new));
        Map<String, Entity> byId = new HashMap<>();
        loaded.forEach(e -> byId.put(e.id(), e));
        List<Entity> out = new ArrayList<>();
        for (String r : roots) {
            Entity e = byId.get(r);
            if (e != null) {
                out.add(mv.resolve(e, byId));
            }
        }
        return out;
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Loads entities and their names with two queries that take the same parameters. */
    private static List<Entity> loadEntities(Connection c, String entitySql, String nameSql, String... params)
            throws SQLException {
        Map<String, List<Name>> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(nameSql + " ORDER BY entity_id, seq")) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Name(rs.getString(2),
                            rs.getString(3), PartialDate.parseOrNull(rs.getString(4)),
                            PartialDate.parseOrNull(rs.getString(5))));
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(entitySql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(new Entity(id, rs.getString(2), EntityKind.parse(rs.getString(3)),
                            names.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    @Override
    public synchronized List<Claim> claims(ClaimQuery q) {
        Objects.requireNonNull(q, "query");
        checkOpen();
        List<Claim> out = read("query claims", c -> {
            MergeView mv = MergeView.load(c);
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<String> params = new ArrayList<>();
            if (q.entityId() != null) {
                List<String> ids = mv.members(mv.root(q.entityId()));
                String in = placeholders(ids.size());
                where.append(" AND (c.subject_id IN (").append(in).append(") OR c.object_id IN (").append(in)
                        .append("))");
                params.addAll(ids);
                params.addAll(ids);
            }
            if (q.relation() != null) {
                where.append(" AND c.relation = ?");
                params.add(q.relation().wire());
            }
            if (q.documentId() != null) {
                where.append(" AND c.document_id = ?");
                params.add(q.documentId());
            }
            if (!q.includeSuperseded()) {
                where.append(" AND NOT ").append(SUPERSEDED);
            }
            if (q.status() != null) {
                where.append(" AND ").append(CURRENT_STATUS).append(" = ?");
                params.add(q.status().wire());
            }
            return queryClaims(c, mv, "SELECT " + CLAIM_COLUMNS + CLAIM_FROM + where, params.toArray(String[]::new));
        });
        out.sort(ClaimStore.CLAIM_ORDER);
        return out;
    }

    @Override
    public synchronized Optional<Claim> claim(String id) {
        checkOpen();
        return read("read a claim", c -> queryClaims(c, MergeView.load(c),
                "SELECT " + CLAIM_COLUMNS + CLAIM_FROM + " WHERE c.id = ?", id).stream().findFirst());
    }

    @Override
    public synchronized List<Claim> supersededBy(String claimId) {
        checkOpen();
        List<Claim> out = read("read the corrections of a claim", c -> queryClaims(c, MergeView.load(c),
                "SELECT " + CLAIM_COLUMNS + CLAIM_FROM + " WHERE c.supersedes = ? AND " + CURRENT_STATUS
                        + " <> 'rejected'", claimId));
        out.sort(Comparator.comparing(Claim::createdAt).thenComparing(Claim::id));
        return out;
    }

    @Override
    public synchronized List<ClaimReview> reviews(String claimId) {
        checkOpen();
        return read("read the reviews of a claim", c -> {
            List<ClaimReview> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT claim_id, status, reviewer, note, reviewed_at"
                    + " FROM claim_reviews WHERE claim_id = ? ORDER BY seq")) {
                ps.setString(1, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ClaimReview(rs.getString(1), ReviewStatus.parse(rs.getString(2)),
                                rs.getString(3), rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public synchronized StoreStats stats() {
        checkOpen();
        return read("count rows", c -> new StoreStats(count(c, "SELECT COUNT(*) FROM documents"),
                count(c, "SELECT COUNT(*) FROM document_fields"), count(c, "SELECT COUNT(*) FROM entities"),
                count(c, "SELECT COUNT(*) FROM entity_names"), count(c, "SELECT COUNT(*) FROM claims"),
                count(c, "SELECT COUNT(*) FROM claims c WHERE " + SUPERSEDED),
                count(c, "SELECT COUNT(*) FROM claim_reviews")));
    }

    @Override
    public synchronized int schemaVersion() {
        checkOpen();
        return MigrationRunner.currentVersion(conn, dialect);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("could not close " + dialect.target() + ": " + dialect.describe(e), e);
        }
    }

    /** Runs a claim query and resolves the claims' sides through the active merges. */
    private static List<Claim> queryClaims(Connection c, MergeView mv, String sql, String... params)
            throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(claimOf(rs));
                }
            }
        }
        if (mv.isEmpty() || out.isEmpty()) {
            return out;
        }
        Map<String, Entity> survivors = new HashMap<>();
        Set<String> roots = new LinkedHashSet<>();
        for (String id : mv.groupedIds()) {
            roots.add(mv.root(id));
        }
        String in = placeholders(roots.size());
        for (Entity e : loadEntities(c, "SELECT id, canonical_name, kind FROM entities WHERE id IN (" + in + ")",
                "SELECT entity_id, name_text, script, valid_from, valid_to FROM entity_names WHERE 1 = 0 AND"
                        + " entity_id IN (" + in + ")", roots.toArray(String[]::new))) {
            survivors.put(e.id(), e);
        }
        out.replaceAll(claim -> mv.rewrite(claim, survivors));
        return out;
    }

    private static Claim claimOf(ResultSet rs) throws SQLException {
        Relation relation = Relation.parse(rs.getString("relation"));
        Ref subject = new Ref(rs.getString("subject_id"), rs.getString("subject_name"),
                rs.getString("subject_mention"), kind(rs.getString("subject_kind")));
        Ref object = relation.hasObject() ? new Ref(rs.getString("object_id"), rs.getString("object_name"),
                rs.getString("object_mention"), kind(rs.getString("object_kind"))) : null;
        int evStart = rs.getInt("evidence_start");
        Evidence evidence = rs.wasNull() ? null : new Evidence(rs.getString("document_id"),
                rs.getString("document_name"), evStart, rs.getInt("evidence_end"), rs.getString("sentence"));
        return new Claim(rs.getString("id"), subject, relation, object,
                PartialDate.parseOrNull(rs.getString("start_date")), PartialDate.parseOrNull(rs.getString("end_date")),
                PartialDate.parseOrNull(rs.getString("at_date")), rs.getBoolean("negated"), rs.getBoolean("hedged"),
                rs.getDouble("confidence"), evidence, rs.getString("method"), grade(rs.getString("source_grade")),
                ReviewStatus.parse(rs.getString("current_status")), rs.getString("supersedes"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    /**
     * Runs a read in a read transaction (one snapshot across its statements); SQL failures and unreadable stored
     * values become a StoreException.
     */
    private <T> T read(String what, Transactions.Body<T> body) {
        try {
            return Transactions.read(conn, dialect, what, body);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("could not " + what + ": the store holds a value this program cannot read", e);
        }
    }

    /** Throws when the store is closed; callers hold this instance's lock. */
    void checkOpen() {
        if (closed) {
            throw new IllegalStateException(dialect.target() + " is closed");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean exists(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void bind(PreparedStatement ps, String... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setString(i + 1, params[i]);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static long nowMillis() {
        return System.currentTimeMillis();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }


    private static Grade grade(String s) {
        return s == null ? null : Grade.parse(s);
    }

    private static EntityKind kind(String s) {
        return s == null ? null : EntityKind.parse(s);
    }
}
