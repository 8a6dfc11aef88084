package org.factiongraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.factiongraph.store.ClaimStore;
import org.factiongraph.store.DocumentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs through the real ingest command: text and claims reach the store, and PDFBox never talks to the user. */
class PdfIngestTest {
    private static final String SENTENCE =
            "Fighters of Ahrar al-Sham clashed with the Islamic State in Aleppo on 3 March 2014.";

    @TempDir
    Path dir;

    /**
     * Three pages, each with the sentence in a proper font and one more line in a font its resources do not
     * define: PDFBox reads the page and warns about the missing font, once per page.
     */
    private static byte[] pdfWithAMissingFontOnEveryPage() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                PDResources res = new PDResources();
                res.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
                page.setResources(res);
                String body = i == 0 ? SENTENCE : "Page " + "AB".charAt(i - 1) + " of the report goes on.";
                String content = "BT /F1 11 Tf 72 700 Td (" + body + ") Tj ET\n"
                        + "BT /Missing 9 Tf 72 650 Td (Note in another font) Tj ET\n";
                page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))));
                doc.addPage(page);
            }
            doc.getDocumentInformation().setTitle("Clashes in Aleppo");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void pdfIsIngestedWithItsTextTitleAndClaimsAndPdfBoxStaysSilent() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.write(docs.resolve("aleppo.pdf"), pdfWithAMissingFontOnEveryPage());
        String db = dir.resolve("p.db").toString();
        PrintStream realErr = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Cli.Result r;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            r = Cli.run("ingest", "--db", db, "--threads", "1", docs.toString());
        } finally {
            System.setErr(realErr);
        }
        assertEquals(0, r.code(), r.err());
        String leaked = stderr.toString(StandardCharsets.UTF_8);
        assertFalse(leaked.contains("Missing") || leaked.contains("font") || leaked.toLowerCase().contains("pdfbox"),
                "PDFBox logged to the user: " + leaked);
        assertFalse(r.err().contains("Missing") || r.err().contains("WARN"), r.err());
        try (ClaimStore s = ClaimStore.openSqlite(Path.of(db))) {
            List<DocumentSummary> stored = s.documents();
            assertEquals(1, stored.size());
            DocumentSummary d = stored.get(0);
            assertEquals("pdf", d.format());
            assertEquals("Clashes in Aleppo", d.title());
            assertEquals("2014-03-03", d.published().toString());
            assertTrue(s.document(d.id()).orElseThrow().text().startsWith(SENTENCE), s.document(d.id()).orElseThrow().text());
            assertTrue(d.claimCount() > 0, "claims from the PDF's text");
        }
    }

    @Test
    void pdfBoxLogsAreOffInTheCommandLine() {
        for (String name : List.of("org.apache.pdfbox.pdfparser.COSParser", "org.apache.pdfbox.contentstream.PDFStreamEngine",
                "org.apache.fontbox.ttf.TTFParser")) {
            Log log = LogFactory.getLog(name);
            assertFalse(log.isWarnEnabled() || log.isErrorEnabled(), name + " would print through " + log.getClass());
        }
    }

    @Test
    void thePageCapIsConfigurable() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("pages"));
        Files.write(docs.resolve("three-pages.pdf"), pdfWithAMissingFontOnEveryPage());
        Cli.Result r = Cli.run("ingest", "--db", dir.resolve("c.db").toString(), "--max-pdf-pages", "2", docs.toString());
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.contains("three-pages.pdf") && l.contains("3 pages exceed the limit of 2 pages")),
                r.err());
        assertEquals(Main.USAGE, Cli.run("ingest", "--db", dir.resolve("c.db").toString(), "--max-pdf-pages", "0",
                docs.toString()).code());
    }
}
