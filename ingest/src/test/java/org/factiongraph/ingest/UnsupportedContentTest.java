package org.factiongraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsupportedContentTest {
    private final DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());

    @TempDir
    Path dir;

    @Test
    void brokenPdfIsMalformedWithOneClearLineNotRefusedAsUnsupported() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("malformed PDF: truncated (no end-of-file marker)",
                assertThrows(MalformedDocumentException.class, () -> readers.read("report.bin", pdf)).getMessage());
        assertEquals("malformed PDF: no PDF header",
                assertThrows(MalformedDocumentException.class, () -> readers.read("r.pdf", "x".getBytes())).getMessage());
    }

    @Test
    void docxIsRefused() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertEquals("DOCX is not supported yet",
                assertThrows(UnsupportedDocumentException.class, () -> readers.read("memo.docx", zip)).getMessage());
    }

    @Test
    void xmlWithAnExternalEntityIsRefusedAndNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<r>&x;</r>";
        UnsupportedDocumentException e = assertThrows(UnsupportedDocumentException.class,
                () -> readers.read("feed.xml", xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("XML is not supported"), e.getMessage());
        assertThrows(UnsupportedDocumentException.class, () -> readers.read("feed.dat", xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fileOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(60L * 1024 * 1024);    // sparse: nothing is written, and nothing must be read
        }
        TooLargeException e = assertThrows(TooLargeException.class, () -> readers.read(big));
        assertEquals("60 MB exceeds the limit of 50 MB", e.getMessage());
    }

    @Test
    void missingFileIsAnIngestExceptionWithoutTheName() {
        IngestException e = assertThrows(IngestException.class, () -> readers.read(dir.resolve("gone.txt")));
        assertEquals("no such file", e.getMessage());
    }

    @Test
    void folderIsNotADocument() {
        assertThrows(UnsupportedDocumentException.class, () -> readers.read(dir));
    }

    @Test
    void fileNamesWithSpacesAndArabicLettersAreRead() throws Exception {
        Path f = Files.writeString(dir.resolve("تقرير حلب 2016.txt"), "Report on Aleppo\n\nText.");
        assertEquals("تقرير حلب 2016.txt", readers.read(f).name());
    }
}
