package org.factiongraph.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds test PDFs with PDFBox itself, so no binary fixture is committed. Not thread-safe; one per PDF. */
final class Pdfs implements AutoCloseable {
    static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont HELVETICA_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    final PDDocument doc = new PDDocument();
    private PDPageContentStream page;

    Pdfs page() throws IOException {
        closePage();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        return this;
    }

    /** One line of text with its baseline at (x, y) points from the bottom left. */
    Pdfs line(PDFont font, float size, float x, float y, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
        return this;
    }

    /** Body lines in 11 pt Helvetica from {@code y} down, 14 pt apart. Returns the baseline after the last. */
    float body(float y, String... lines) throws IOException {
        for (String l : lines) {
            line(HELVETICA, 11, 72, y, l);
            y -= 14;
        }
        return y;
    }

    /** A grey picture filling most of the page, as a scanner leaves it: pixels, no text. */
    Pdfs picture() throws IOException {
        BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                img.setRGB(x, y, (x * 7 + y * 13) % 2 == 0 ? 0x404040 : 0xF0F0F0);
            }
        }
        PDImageXObject xo = LosslessFactory.createFromImage(doc, img);
        page.drawImage(xo, 50, 100, 495, 700);
        return this;
    }

    /** Liberation Sans (shipped inside PDFBox) embedded as a subset: it has the ﬁ and ﬂ ligature glyphs. */
    PDFont liberation() throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return PDType0Font.load(doc, in);
        }
    }

    Pdfs info(String title, String author, String producer, Calendar created) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer(producer);
        info.setCreationDate(created);
        return this;
    }

    Pdfs encrypt(String ownerPassword, String userPassword) throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        return this;
    }

    byte[] bytes() throws IOException {
        closePage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        doc.close();
        return out.toByteArray();
    }

    private void closePage() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
        doc.close();
    }

    static Calendar day(int year, int month, int day) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month - 1, day, 12, 0, 0);
        return c;
    }

    // ------------------------------------------------------------------ the documents the tests read

    static final String TITLE = "Armed Groups Realign in Northern Aleppo";
    static final String HEADER = "SYRIA CONFLICT MONITOR - WEEKLY BRIEF";

    /**
     * A two-page report: the title in the document information (and set large on page one), a running header on
     * both pages, "Page N of 2" footers, a word hyphenated across a line end, "al-" / "Sham" across a line end, a
     * paragraph that goes on across the page break, and a sentence with a date. Its CreationDate (2020) is not the
     * publication date.
     */
    static byte[] report() {
        try (Pdfs p = new Pdfs()) {
            p.info(TITLE, "Syria Conflict Monitor", "PDFBox test", day(2020, 1, 5));
            p.page();
            p.line(HELVETICA, 9, 72, 800, HEADER);
            p.line(HELVETICA_BOLD, 20, 72, 740, TITLE);
            float y = p.body(700,
                    "On 12 March 2016, the Levant Front announced that three brigades had joined",
                    "its command. The merger followed months of talks between the organi-",
                    "zations, mediated by local councils in Azaz.");
            y = p.body(y - 14,
                    "Fighters of Ahrar al-",
                    "Sham clashed with the Islamic State near Marea. The anti-government",
                    "factions then withdrew to the");
            p.line(HELVETICA, 9, 280, 40, "Page 1 of 2");
            p.page();
            p.line(HELVETICA, 9, 72, 800, HEADER);
            y = p.body(760,
                    "north of the town, residents said.");
            p.body(y - 14,
                    "Commanders of the anti-",
                    "government coalition met again in Kilis.");
            p.line(HELVETICA, 9, 280, 40, "Page 2 of 2");
            return p.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text {@link #report()} must give. */
    static final String REPORT_TEXT = TITLE + "\n\n"
            + "On 12 March 2016, the Levant Front announced that three brigades had joined its command. The merger"
            + " followed months of talks between the organizations, mediated by local councils in Azaz.\n\n"
            + "Fighters of Ahrar al-Sham clashed with the Islamic State near Marea. The anti-government factions then"
            + " withdrew to the north of the town, residents said.\n\n"
            + "Commanders of the anti-government coalition met again in Kilis.";

    /**
     * One page of text in an embedded Liberation Sans whose font file is then replaced by {@code mb} megabytes of
     * compressed zeros: a file of a few hundred kilobytes that decodes to far more.
     */
    static byte[] fontBomb(int mb) throws IOException {
        byte[] plain;
        try (Pdfs p = new Pdfs()) {
            p.page();
            p.line(p.liberation(), 11, 72, 700, "Fighters of Ahrar al-Sham clashed.");
            plain = p.bytes();
        }
        try (PDDocument d = org.apache.pdfbox.Loader.loadPDF(plain)) {
            COSDictionary descriptor = (COSDictionary) d.getDocument().getObjectsByType(COSName.FONT_DESC).get(0).getObject();
            COSStream file = (COSStream) descriptor.getDictionaryObject(COSName.FONT_FILE2);
            try (OutputStream raw = file.createRawOutputStream();
                 DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION))) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < mb; i++) {
                    z.write(zeros);
                }
            }
            file.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            file.removeItem(COSName.LENGTH1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    /** The first half of {@link #report()}, as a download cut short leaves it. */
    static byte[] truncatedReport() {
        byte[] whole = report();
        return Arrays.copyOf(whole, whole.length / 2);
    }
}
