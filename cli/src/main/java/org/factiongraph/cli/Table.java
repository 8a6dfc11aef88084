package org.factiongraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row, columns padded to their widest cell (cells capped in width). */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final int maxWidth;

    Table(int maxWidth, String... header) {
        this.maxWidth = maxWidth;
        rows.add(header);
    }

    Table row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? "" : String.valueOf(cells[i]).replaceAll("\\s+", " ");
            r[i] = s.length() > maxWidth ? s.substring(0, maxWidth - 1) + "…" : s;
        }
        rows.add(r);
        return this;
    }

    int size() {
        return rows.size() - 1;
    }

    void print(PrintWriter out) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols && i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                String c = i < r.length ? r[i] : "";
                sb.append(c);
                if (i < cols - 1) {
                    sb.append(" ".repeat(w[i] - c.length() + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
        out.flush();
    }
}
