package org.factiongraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The files to read, expanded from the files and folders a user named, and the inputs that failed with a reason.
 *
 * <p>Folders are walked recursively, depth first, entries sorted by name (code-unit order, independent of locale
 * and of the order the file system lists them), so the same tree always gives the same list. Hidden entries (names
 * starting with a dot, or hidden by the file system) inside folders are skipped; a hidden file named explicitly is
 * kept. Symbolic links are followed, but every folder is walked at most once (by its real path), so link loops end
 * and a folder reached through two links is not read twice; a file reached twice (listed twice, or through links)
 * appears once. Failures: missing paths, broken links, unreadable files and folders, special files. Immutable,
 * thread-safe.
 */
public final class InputFiles {

    /** An input that cannot be read, with a one-line reason that does not repeat the path. */
    public record Failure(Path path, String reason) {
        public Failure {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private final List<Path> files;
    private final List<Failure> failures;

    private InputFiles(List<Path> files, List<Failure> failures) {
        this.files = List.copyOf(files);
        this.failures = List.copyOf(failures);
    }

    /** Expands files and folders into the files to read, in a deterministic order, and the failures. */
    public static InputFiles expand(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        Walk walk = new Walk();
        for (Path input : inputs) {
            walk.input(Objects.requireNonNull(input, "input"));
        }
        return new InputFiles(walk.files, walk.failures);
    }

    /** The files to read, in order. */
    public List<Path> files() {
        return files;
    }

    /** The inputs that could not be expanded or read, in order. */
    public List<Failure> failures() {
        return failures;
    }

    /** One expansion's mutable state; confined to the calling thread. */
    private static final class Walk {
        private final List<Path> files = new ArrayList<>();
        private final List<Failure> failures = new ArrayList<>();
        private final Set<Path> seenFiles = new HashSet<>();
        private final Set<Path> seenFolders = new HashSet<>();

        void input(Path input) {
            if (Files.isDirectory(input)) {
                folder(input);
            } else {
                file(input);
            }
        }

        private void file(Path p) {
            if (!Files.exists(p)) {
                boolean link = Files.isSymbolicLink(p);
                failures.add(new Failure(p, link ? "broken symbolic link" : "no such file or folder"));
                return;
            }
            if (!Files.isRegularFile(p)) {
                failures.add(new Failure(p, "not a regular file"));
                return;
            }
            if (!Files.isReadable(p)) {
                failures.add(new Failure(p, "cannot be read: permission denied"));
                return;
            }
            Path real;
            try {
                real = p.toRealPath();
            } catch (IOException e) {
                failures.add(new Failure(p, "cannot be read: " + reason(e)));
                return;
            }
            if (seenFiles.add(real)) {
                files.add(p);
            }
        }

        /**
         * Walks a folder depth first without recursion: entries are pushed in reverse name order, so files and
         * sub-folders come out in name order and a sub-folder is walked where its name sorts.
         */
        private void folder(Path root) {
            Deque<Path> todo = new ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                Path p = todo.pop();
                if (!Files.isDirectory(p)) {
                    file(p);
                    continue;
                }
                Path real;
                try {
                    real = p.toRealPath();
                } catch (IOException e) {
                    failures.add(new Failure(p, "folder cannot be read: " + reason(e)));
                    continue;
                }
                if (!seenFolders.add(real)) {
                    continue;    // a link loop, or a folder already walked through another link
                }
                List<Path> entries = new ArrayList<>();
                try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
                    for (Path e : ds) {
                        if (!hidden(e)) {
                            entries.add(e);
                        }
                    }
                } catch (IOException | SecurityException e) {
                    failures.add(new Failure(p, "folder cannot be read: " + reason(e)));
                    continue;
                }
                entries.sort(Comparator.comparing((Path e) -> e.getFileName().toString()));
                for (int i = entries.size() - 1; i >= 0; i--) {
                    todo.push(entries.get(i));
                }
            }
        }

        private static boolean hidden(Path p) {
            Path name = p.getFileName();
            if (name != null && name.toString().startsWith(".")) {
                return true;
            }
            try {
                return Files.isHidden(p);
            } catch (IOException e) {
                return false;
            }
        }

        private static String reason(Exception e) {
            if (e instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof FileSystemException f && f.getReason() != null) {
                return f.getReason();
            }
            return e.getClass().getSimpleName();
        }
    }
}
