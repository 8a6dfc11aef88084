package org.factiongraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    private Path file(String relative) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "text of " + relative);
    }

    private List<String> relative(InputFiles in) {
        return in.files().stream().map(p -> dir.relativize(p).toString()).toList();
    }

    @Test
    void foldersExpandRecursivelyInNameOrderSkippingHiddenEntries() throws Exception {
        file("b.txt");
        file("a/z.txt");
        file("a/c/d.txt");
        file("c.txt");
        file(".hidden.txt");
        file(".git/config");
        file("a/.cache/x.txt");
        InputFiles in = InputFiles.expand(List.of(dir));
        assertEquals(List.of("a/c/d.txt", "a/z.txt", "b.txt", "c.txt"), relative(in));
        assertEquals(List.of(), in.failures());
    }

    @Test
    void orderIsTheSameWhateverOrderFilesWereCreatedIn() throws Exception {
        for (String n : List.of("m.txt", "B.txt", "a.txt", "10.txt", "2.txt")) {
            file("one/" + n);
        }
        for (String n : List.of("2.txt", "a.txt", "10.txt", "m.txt", "B.txt")) {
            file("two/" + n);
        }
        List<String> one = InputFiles.expand(List.of(dir.resolve("one"))).files().stream().map(p -> p.getFileName().toString()).toList();
        List<String> two = InputFiles.expand(List.of(dir.resolve("two"))).files().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("10.txt", "2.txt", "B.txt", "a.txt", "m.txt"), one);
        assertEquals(one, two);
        assertEquals(InputFiles.expand(List.of(dir)).files(), InputFiles.expand(List.of(dir)).files());
    }

    @Test
    void symlinkLoopEnds() throws Exception {
        file("tree/a.txt");
        file("tree/sub/b.txt");
        Files.createSymbolicLink(dir.resolve("tree/sub/loop"), dir.resolve("tree"));
        InputFiles in = InputFiles.expand(List.of(dir.resolve("tree")));
        assertEquals(List.of("tree/a.txt", "tree/sub/b.txt"), relative(in));
    }

    @Test
    void aFolderOutsideTheTreeLinkedTwiceIsWalkedOnce() throws Exception {
        file("outside/x.txt");
        Files.createDirectories(dir.resolve("tree"));
        file("tree/own.txt");
        Files.createSymbolicLink(dir.resolve("tree/link1"), dir.resolve("outside"));
        Files.createSymbolicLink(dir.resolve("tree/link2"), dir.resolve("outside"));
        InputFiles in = InputFiles.expand(List.of(dir.resolve("tree")));
        assertEquals(List.of("tree/link1/x.txt", "tree/own.txt"), relative(in));
    }

    @Test
    void aFileNamedTwiceIsListedOnce() throws Exception {
        Path a = file("a.txt");
        assertEquals(List.of(a), InputFiles.expand(List.of(a, dir, a)).files());
    }

    @Test
    void missingPathsAndBrokenLinksAreFailuresWithReasons() throws Exception {
        file("ok.txt");
        Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("nowhere"));
        Path missing = dir.resolve("missing.txt");
        InputFiles in = InputFiles.expand(List.of(missing, dir));
        assertEquals(List.of("ok.txt"), relative(in));
        assertEquals(List.of(new InputFiles.Failure(missing, "no such file or folder"),
                new InputFiles.Failure(broken, "broken symbolic link")), in.failures());
    }

    @Test
    void hiddenFileNamedExplicitlyIsKept() throws Exception {
        Path h = file(".notes.txt");
        assertEquals(List.of(h), InputFiles.expand(List.of(h)).files());
    }

    @Test
    void namesWithSpacesAndArabicLettersAreListedAndRead() throws Exception {
        Path f = file("تقارير/تقرير حلب.txt");
        InputFiles in = InputFiles.expand(List.of(dir));
        assertEquals(List.of(f), in.files());
        assertTrue(new DocumentReaders(ReadLimits.defaults()).read(in.files().get(0)).text().startsWith("text of"));
    }
}
