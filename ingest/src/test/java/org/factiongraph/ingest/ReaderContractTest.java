package org.factiongraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factiongraph.model.Document;
import org.factiongraph.model.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every format's reader promises. Each subclass supplies one tiny fixture of its format; the contract is the
 * same for all of them.
 */
abstract class ReaderContractTest {

    /** The file name the fixture is stored under (its extension may choose the reader). */
    abstract String fileName();

    abstract byte[] fixture();

    abstract String expectedFormat();

    /** A sentence the fixture's text must contain verbatim. */
    abstract String expectedSentence();

    abstract String expectedTitle();

    @TempDir
    Path dir;

    final DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());

    Document readFromFile() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("some folder").resolve("deeper"));
        Path file = Files.write(sub.resolve(fileName()), fixture());
        return readers.read(file);
    }

    @Test
    void idIsSha256OfTheRawBytes() throws Exception {
        assertEquals(Hashing.sha256Hex(fixture()), readFromFile().id());
    }

    @Test
    void nameIsTheFileNameWithoutFolders() throws Exception {
        assertEquals(fileName(), readFromFile().name());
    }

    @Test
    void formatNamesTheReader() throws Exception {
        assertEquals(expectedFormat(), readFromFile().format());
    }

    @Test
    void titleIsFound() throws Exception {
        assertEquals(expectedTitle(), readFromFile().title());
    }

    @Test
    void textHoldsTheContentVerbatim() throws Exception {
        String text = readFromFile().text();
        assertTrue(text.contains(expectedSentence()), () -> "missing sentence in: " + text);
        assertFalse(text.contains("\r"), "line endings are normalised to \\n");
    }

    @Test
    void gradeIsLeftToTheExtractor() throws Exception {
        assertNull(readFromFile().grade());
    }

    @Test
    void readingFromBytesEqualsReadingTheFile() throws Exception {
        assertEquals(readFromFile(), readers.read(fileName(), fixture()));
    }

    @Test
    void readingTwiceGivesEqualDocuments() throws Exception {
        assertEquals(readers.read(fileName(), fixture()), readers.read(fileName(), fixture()));
    }

    @Test
    void contentOverTheByteLimitIsRefusedWithSizesInTheMessage() throws Exception {
        DocumentReaders small = new DocumentReaders(new ReadLimits(fixture().length - 1, 512, 1_000_000));
        Path file = Files.write(dir.resolve(fileName()), fixture());
        TooLargeException e = assertThrows(TooLargeException.class, () -> small.read(file));
        assertTrue(e.getMessage().matches("[0-9.]+ MB exceeds the limit of [0-9.]+ MB"), e.getMessage());
        assertFalse(e.getMessage().contains(fileName()), "the caller prefixes the file name");
    }

    @Test
    void textOverTheCharacterLimitIsRefused() {
        DocumentReaders small = new DocumentReaders(new ReadLimits(1_000_000, 512, 20));
        TooLargeException e = assertThrows(TooLargeException.class, () -> small.read(fileName(), fixture()));
        assertTrue(e.getMessage().contains("exceeds the limit of 20 characters"), e.getMessage());
    }
}
