package org.factiongraph.ingest;

import static org.factiongraph.ingest.Pdfs.HELVETICA;
import static org.factiongraph.ingest.Pdfs.HELVETICA_BOLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.factiongraph.model.Document;
import org.factiongraph.model.PartialDate;
import org.junit.jupiter.api.Test;

/** PDFs made by the test with PDFBox, read through {@link DocumentReaders} as any upload is. */
class PdfReaderTest {
    private static final byte[] REPORT = Pdfs.report();
    private final DocumentReaders readers = new DocumentReaders(ReadLimits.defaults());

    @Test
    void reportTextIsInReadingOrderWithParagraphsAndWithoutPageFurniture() throws Exception {
        Document d = readers.read("report.pdf", REPORT);
        assertEquals(Pdfs.REPORT_TEXT, d.text());
        assertEquals("pdf", d.format());
    }

    @Test
    void wordHyphenatedAcrossALineEndIsJoined() throws Exception {
        String text = readers.read("report.pdf", REPORT).text();
        assertTrue(text.contains("talks between the organizations, mediated"), text);
        assertFalse(text.contains("organi-"), text);
        assertTrue(text.contains("Ahrar al-Sham clashed"), "a hyphen before a capital stays: " + text);
        assertTrue(text.contains("the anti-government coalition"), "the text spells anti-government so: " + text);
    }

    @Test
    void runningHeaderAndPageNumbersAreRemoved() throws Exception {
        String text = readers.read("report.pdf", REPORT).text();
        assertFalse(text.contains(Pdfs.HEADER), text);
        assertFalse(text.contains("Page 1") || text.contains("Page 2") || text.contains("of 2"), text);
    }

    @Test
    void paragraphGoesOnAcrossThePageBreak() throws Exception {
        String text = readers.read("report.pdf", REPORT).text();
        assertTrue(text.contains("factions then withdrew to the north of the town, residents said."), text);
    }

    @Test
    void titleComesFromTheDocumentInformation() throws Exception {
        assertEquals(Pdfs.TITLE, readers.read("report.pdf", REPORT).title());
    }

    @Test
    void publicationDateIsTheDateInTheTextNotTheCreationDate() throws Exception {
        assertEquals(PartialDate.ofDay(2016, 3, 12), readers.read("report.pdf", REPORT).published());
    }

    @Test
    void organisationAsAuthorIsThePublisher() throws Exception {
        assertEquals("Syria Conflict Monitor", readers.read("report.pdf", REPORT).publisher());
    }

    @Test
    void creationDateIsUsedOnlyWhenTheTextHasNoDate() throws Exception {
        byte[] pdf = onePage("Untitled", "jsmith", "Microsoft® Word for Microsoft 365",
                "Armed groups met in the north and agreed to share checkpoints.");
        Document d = readers.read("note.pdf", pdf);
        assertEquals(PartialDate.ofDay(2016, 5, 1), d.published());
    }

    @Test
    void personSoftwareAndJunkTitleAreNotMetadata() throws Exception {
        byte[] pdf = onePage("Microsoft Word - draft3.docx", "John Smith", "Microsoft® Word for Microsoft 365",
                "Armed groups met in the north and agreed to share checkpoints.");
        Document d = readers.read("note.pdf", pdf);
        assertNull(d.publisher());
        assertEquals("Armed groups met in the north and agreed to share checkpoints.", d.text());
    }

    @Test
    void withoutAnInfoTitleTheLargeHeadingOnPageOneIsTheTitle() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            p.page();
            p.line(HELVETICA, 10, 72, 780, "Briefing note");
            p.line(HELVETICA_BOLD, 18, 72, 740, "Jaysh al-Fatah takes Idlib");
            p.body(700, "The coalition entered the city on 28 March 2015 after four days of fighting.",
                    "Its member groups divided the city's administration.");
            pdf = p.bytes();
        }
        Document d = readers.read("idlib.pdf", pdf);
        assertEquals("Jaysh al-Fatah takes Idlib", d.title());
        assertEquals(PartialDate.ofDay(2015, 3, 28), d.published());
    }

    @Test
    void ligaturesAndOddSpacesAreNormalised() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            p.page();
            PDFont lib = p.liberation();
            p.line(lib, 11, 72, 700, "The \uFB01ghters left the \uFB01eld and the\u00A0town\u2009on foot.");
            pdf = p.bytes();
        }
        assertEquals("The fighters left the field and the town on foot.", readers.read("f.pdf", pdf).text());
    }

    @Test
    void lineAtThePageTopOnOnlyOnePageIsKept() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            for (int i = 1; i <= 3; i++) {
                p.page();
                p.line(HELVETICA, 9, 72, 800, Pdfs.HEADER);
                if (i == 2) {
                    p.line(HELVETICA_BOLD, 14, 72, 770, "Background");
                }
                p.body(740, "Paragraph " + "one two three".split(" ")[i - 1] + " of the body text.");
                p.line(HELVETICA, 9, 280, 40, String.valueOf(i));
            }
            pdf = p.bytes();
        }
        assertEquals("Paragraph one of the body text.\n\nBackground\n\nParagraph two of the body text.\n\n"
                + "Paragraph three of the body text.", readers.read("three.pdf", pdf).text());
    }

    @Test
    void titleOnPageOneIsKeptWhenItIsTheRunningHeaderOfTheOtherPages() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            p.page();
            p.line(HELVETICA_BOLD, 24, 72, 780, "Shared Command Structures");
            p.body(740, "Five factions agreed on a joint command in Hama.");
            for (int i = 2; i <= 3; i++) {
                p.page();
                p.line(HELVETICA, 9, 72, 800, "Shared Command Structures");
                p.body(760, "Section " + i + " describes the command in more detail.");
            }
            pdf = p.bytes();
        }
        Document d = readers.read("shared.pdf", pdf);
        assertEquals("Shared Command Structures\n\nFive factions agreed on a joint command in Hama.\n\n"
                + "Section 2 describes the command in more detail.\n\nSection 3 describes the command in more detail.",
                d.text());
        assertEquals("Shared Command Structures", d.title());
    }

    @Test
    void pagesThatAreAllAlikeKeepTheirTextRatherThanBecomingEmpty() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            p.page().body(700, "Checkpoint list of the Levant Front.");
            p.page().body(700, "Checkpoint list of the Levant Front.");
            pdf = p.bytes();
        }
        assertEquals("Checkpoint list of the Levant Front.\n\nCheckpoint list of the Levant Front.",
                readers.read("same.pdf", pdf).text());
    }

    @Test
    void encryptedPdfIsRefusedWithOneLine() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            p.page().body(700, "Secret text about the Levant Front.");
            pdf = p.encrypt("owner-secret", "user-secret").bytes();
        }
        UnsupportedDocumentException e = assertThrows(UnsupportedDocumentException.class,
                () -> readers.read("locked.pdf", pdf));
        assertEquals("encrypted PDF: a password is needed to read it", e.getMessage());
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            p.page().body(700, "Open text about the Levant Front.");
            pdf = p.encrypt("owner-secret", "").bytes();
        }
        assertEquals("Open text about the Levant Front.", readers.read("open.pdf", pdf).text());
    }

    @Test
    void truncatedPdfIsMalformedWithAShortReason() {
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class,
                () -> readers.read("cut.pdf", Pdfs.truncatedReport()));
        assertEquals("malformed PDF: truncated (no end-of-file marker)", e.getMessage());
    }

    @Test
    void garbageBetweenHeaderAndEndMarkerIsMalformedInOneLine() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        byte[] pdf = concat("%PDF-1.7\n".getBytes(), junk, "\n%%EOF\n".getBytes());
        MalformedDocumentException e = assertThrows(MalformedDocumentException.class, () -> readers.read("x.pdf", pdf));
        assertTrue(e.getMessage().startsWith("malformed PDF: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().length() <= 140, e.getMessage());
    }

    @Test
    void pdfExtensionWithoutAPdfHeaderIsMalformed() {
        assertEquals("malformed PDF: no PDF header", assertThrows(MalformedDocumentException.class,
                () -> readers.read("r.pdf", "just some words".getBytes())).getMessage());
    }

    @Test
    void pdfContentIsRecognisedWhateverTheFileName() throws Exception {
        assertEquals(Pdfs.REPORT_TEXT, readers.read("download.bin", REPORT).text());
    }

    @Test
    void textThatQuotesAPdfHeaderNearItsTopStaysText() throws Exception {
        Document d = readers.read("notes.txt",
                "Forensics notes\n\nThe leaked file began with %PDF-1.7 and named the Levant Front.".getBytes());
        assertEquals("text", d.format());
    }

    @Test
    void pdfNamedSoMayHaveJunkBeforeItsHeader() throws Exception {
        byte[] junk = "junk before the header\n".getBytes();
        byte[] pdf = concat(junk, REPORT);
        assertEquals(Pdfs.REPORT_TEXT, readers.read("mail-attachment.pdf", pdf).text());
    }

    @Test
    void scannedPageWithoutTextIsRefusedAsNoTextLayer() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            pdf = p.page().picture().bytes();
        }
        EmptyDocumentException e = assertThrows(EmptyDocumentException.class, () -> readers.read("scan.pdf", pdf));
        assertEquals("no text layer (scanned PDF?)", e.getMessage());
    }

    @Test
    void morePagesThanTheLimitAreRefusedBeforeReading() {
        DocumentReaders onePage = new DocumentReaders(new ReadLimits(1_000_000, 512, 1_000_000, 1));
        TooLargeException e = assertThrows(TooLargeException.class, () -> onePage.read("report.pdf", REPORT));
        assertEquals("2 pages exceed the limit of 1 page", e.getMessage());
    }

    @Test
    void fontThatDecodesToMoreThanTheCapIsRefusedWithoutBeingHeldInMemory() throws Exception {
        byte[] pdf = Pdfs.fontBomb(80);
        assertTrue(pdf.length < 1024 * 1024, "a small file: " + pdf.length);
        TooLargeException e = assertThrows(TooLargeException.class, () -> readers.read("bomb.pdf", pdf));
        assertEquals("an embedded font decodes to more than 64 MB", e.getMessage());
    }

    @Test
    void extractionStopsEarlyOnFarTooMuchText() throws Exception {
        byte[] pdf;
        try (Pdfs p = new Pdfs()) {
            for (int i = 0; i < 20; i++) {
                p.page();
                float y = 800;
                for (int l = 0; l < 50; l++) {
                    p.line(HELVETICA, 10, 40, y, "Line " + l + " of page " + i + " says the same thing again.");
                    y -= 15;
                }
            }
            pdf = p.bytes();
        }
        DocumentReaders small = new DocumentReaders(new ReadLimits(10_000_000, 512, 1_000));
        TooLargeException e = assertThrows(TooLargeException.class, () -> small.read("long.pdf", pdf));
        assertEquals("text of more than 2000 characters exceeds the limit of 1000 characters", e.getMessage());
        Document d = readers.read("long.pdf", pdf);
        assertTrue(d.text().length() > 20 * 50 * 40, "the same PDF is read in full under the default limits");
    }

    @Test
    void oneReaderServesManyThreadsWithTheSameResult() throws Exception {
        Document expected = readers.read("report.pdf", REPORT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Document>> fs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                fs.add(pool.submit(() -> readers.read("report.pdf", REPORT)));
            }
            for (Future<Document> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] onePage(String title, String author, String producer, String sentence) throws IOException {
        try (Pdfs p = new Pdfs()) {
            p.info(title, author, producer, Pdfs.day(2016, 5, 1));
            p.page().body(700, sentence);
            return p.bytes();
        }
    }

    private static byte[] concat(byte[]... parts) {
        byte[] out = new byte[Arrays.stream(parts).mapToInt(b -> b.length).sum()];
        int at = 0;
        for (byte[] b : parts) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        return out;
    }
}
