package org.factiongraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code ../shared/gold} beside the repository, walking up from the working directory. */
final class GoldPath {
    private GoldPath() {
    }

    static Path gold() {
        Path p = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && p != null; i++, p = p.getParent()) {
            Path g = p.resolveSibling("shared").resolve("gold");
            if (Files.isDirectory(g.resolve("docs"))) {
                return g;
            }
        }
        return null;
    }

    static Path docs() {
        Path g = gold();
        return g == null ? null : g.resolve("docs");
    }
}
