package org.factiongraph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ordered list of migrations a store is brought to. The bundled list is the resource
 * {@code db/migration/migrations.list} (one file name a line) naming SQL files in {@code db/migration/}.
 * Immutable and thread-safe.
 */
record Migrations(List<Migration> list) {

    static final String DIR = "db/migration/";
    static final String INDEX = DIR + "migrations.list";

    Migrations {
        list = List.copyOf(list);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migrations must be numbered 1, 2, 3 … without gaps; position "
                        + (i + 1) + " holds V" + list.get(i).version());
            }
        }
    }

    /** The migrations shipped with this code. */
    static Migrations bundled() {
        ClassLoader cl = Migrations.class.getClassLoader();
        List<Migration> out = new ArrayList<>();
        for (String file : lines(cl, INDEX)) {
            out.add(Migration.fromFile(file, String.join("\n", lines(cl, DIR + file)) + "\n"));
        }
        out.sort(Comparator.comparingInt(Migration::version));
        return new Migrations(out);
    }

    /** The first {@code version} migrations (to build an older store in tests and tools). */
    Migrations upTo(int version) {
        return new Migrations(list.subList(0, Math.min(version, list.size())));
    }

    int latest() {
        return list.isEmpty() ? 0 : list.get(list.size() - 1).version();
    }

    private static List<String> lines(ClassLoader cl, String resource) {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            boolean index = resource.equals(INDEX);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (index) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                }
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
