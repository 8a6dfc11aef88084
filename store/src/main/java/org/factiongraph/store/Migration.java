package org.factiongraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factiongraph.model.Hashing;

/**
 * One versioned schema migration: {@code V<version>__<description>.sql}. Its checksum is the SHA-256 of its SQL
 * with line endings normalised, so a checkout with CRLF line endings does not count as a change.
 */
record Migration(int version, String description, String sql) {

    private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");

    Migration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
    }

    /** Parses a file name such as {@code V2__claim_reviews.sql} into a migration with that SQL. */
    static Migration fromFile(String fileName, String sql) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a migration file name (V<n>__<description>.sql): " + fileName);
        }
        return new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql);
    }

    String checksum() {
        return Hashing.sha256Hex(sql.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** The statements of the SQL, split at semicolons outside quotes and comments; comments removed. */
    List<String> statements() {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                cur.append('\n');
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated comment in migration V" + version);
                }
                i = close + 1;
                cur.append(' ');
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (true) {
                    if (j >= n) {
                        throw new IllegalArgumentException("unterminated quote in migration V" + version);
                    }
                    if (sql.charAt(j) == c) {
                        if (j + 1 < n && sql.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                cur.append(sql, i, j + 1);
                i = j;
            } else if (c == ';') {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }
}
