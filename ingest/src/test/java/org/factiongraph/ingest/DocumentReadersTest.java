package org.factiongraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factiongraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {
    private final DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void uploadNamesLoseTheirFolders() throws Exception {
        assertEquals("b.txt", readers.read("uploads/a/b.txt", "Some text here".getBytes(StandardCharsets.UTF_8)).name());
        assertEquals("c.txt", readers.read("C:\\in\\c.txt", "Some text here".getBytes(StandardCharsets.UTF_8)).name());
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameResults() throws Exception {
        List<byte[]> inputs = List.of(
                WikiPageReaderTest.PAGE.getBytes(StandardCharsets.UTF_8),
                "Headline of a report here\n\n28 January 2015\n\nBody.".getBytes(StandardCharsets.UTF_8),
                "<html><body><article><p>Para.</p></article></body></html>".getBytes(StandardCharsets.UTF_8));
        List<Document> expected = new ArrayList<>();
        for (byte[] in : inputs) {
            expected.add(readers.read("d.txt", in));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> futures = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                byte[] in = inputs.get(i % inputs.size());
                futures.add(pool.submit(() -> readers.read("d.txt", in)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % inputs.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unreadableFileIsAnIngestExceptionWithAReason() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "running as root: permissions are not enforced; skipping");
        Path f = Files.writeString(dir.resolve("locked.txt"), "secret text");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        IngestException e = assertThrows(IngestException.class, () -> readers.read(f));
        assertEquals("cannot be read: permission denied", e.getMessage());
        assertEquals(List.of(new InputFiles.Failure(f, "cannot be read: permission denied")),
                InputFiles.expand(List.of(f)).failures());
    }
}
