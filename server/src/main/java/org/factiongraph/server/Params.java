package org.factiongraph.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.factiongraph.model.EntityKind;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Relation;
import org.factiongraph.model.ReviewStatus;

/**
 * Parsing of query parameters. Every malformed value throws {@link IllegalArgumentException} with a message naming
 * the parameter, which the edge maps to 400. Stateless.
 */
final class Params {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    static final int MAX_QUERY_LENGTH = 200;

    private Params() {
    }

    /** The parameter trimmed (of whitespace and control characters); null when absent or empty after trimming. */
    static String string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return null;
        }
        v = v.strip().trim();
        return v.isEmpty() ? null : v;
    }

    static String required(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) {
            throw new IllegalArgumentException("missing parameter '" + name + "'");
        }
        return v;
    }

    static PartialDate date(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return PartialDate.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + name + "': " + e.getMessage());
        }
    }

    static int limit(Context ctx, int def, int max) {
        return intParam(ctx, "limit", def, 1, max);
    }

    static int offset(Context ctx) {
        return intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    }

    static int intParam(Context ctx, String name, int def, int min, int max) {
        String v = string(ctx, name);
        if (v == null) {
            return def;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be an integer: " + clip(v));
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException("parameter '" + name + "' must be between " + min + " and " + max
                    + ": " + n);
        }
        return n;
    }

    static Relation relation(Context ctx, String name) {
        String v = string(ctx, name);
        return v == null ? null : Relation.parse(v);
    }

    static ReviewStatus status(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return ReviewStatus.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be one of unreviewed, accepted, "
                    + "rejected, corrected: " + clip(v));
        }
    }

    static EntityKind kind(Context ctx, String name) {
        String v = string(ctx, name);
        return v == null ? null : EntityKind.parse(v);
    }

    static Set<Relation> relations(Context ctx, String name) {
        return list(ctx, name, Relation::parse);
    }

    static Set<EntityKind> kinds(Context ctx, String name) {
        return list(ctx, name, EntityKind::parse);
    }

    /** A comma-separated list; null when the parameter is absent or empty. */
    static <T> Set<T> list(Context ctx, String name, Function<String, T> parse) {
        String v = string(ctx, name);
        if (v == null) {
            return null;
        }
        List<T> out = new ArrayList<>();
        for (String part : v.split(",")) {
            if (!part.isBlank()) {
                out.add(parse.apply(part.trim()));
            }
        }
        return out.isEmpty() ? null : new LinkedHashSet<>(out);
    }

    static String query(Context ctx, String name) {
        String q = required(ctx, name);
        if (q.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("parameter '" + name + "' is longer than " + MAX_QUERY_LENGTH
                    + " characters");
        }
        return q;
    }

    /** A value cut short for an error message (values are echoed only in part, never whole). */
    static String clip(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
