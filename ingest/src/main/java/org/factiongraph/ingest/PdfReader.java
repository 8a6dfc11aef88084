package org.factiongraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.factiongraph.model.Document;
import org.factiongraph.model.PartialDate;

/**
 * Reads the text layer of a PDF with Apache PDFBox into plain text and metadata ({@code format} = {@code pdf}).
 *
 * <p>Text: words in reading order (sorted by position on the page), NFKC-normalised (ligatures such as "ﬁ" become
 * "fi", no-break and other odd spaces become plain spaces, control and zero-width characters are dropped). The
 * lines of a paragraph are joined with a space and paragraphs are separated by a blank line. A word hyphenated
 * across a line end is joined ("organi-" + "zation" = "organization"), keeping the hyphen where the next line starts
 * with a capital or a digit ("al-" + "Sham") or where the document spells the hyphenated form elsewhere
 * ("anti-government"). Running headers and footers, lines at the top or bottom edge of a page that recur there on
 * three pages or more in the same size (numbers aside in short lines, so "Page 3 of 9" recurs; two pages in a
 * document of two or three), and bare page numbers at the
 * edges are removed; a title on page one that is set larger than the running header repeating it stays. A
 * paragraph cut by a page break goes on when the next page starts in lower case.
 *
 * <p>Metadata: the title is the document information's Title unless it is a word processor's leftover
 * ({@code pdf-junk-titles.txt}); else the first line on page one set larger than the body text; else the in-text
 * title of {@link TextMetadata}. The publisher is the Author (or, failing that, the Producer) only where it reads
 * as an organisation ({@code pdf-publisher-words.txt}, or an acronym) and not as software or a user account
 * ({@code pdf-software-names.txt}); else the in-text publisher. The publication date is the in-text date of
 * {@link TextMetadata}; the file's CreationDate (when a file was made, often long after publication) is used only
 * when the text gives none.
 *
 * <p>Hostile input: a file cut short (no {@code %%EOF} near its end) or that PDFBox cannot parse is a
 * {@link MalformedDocumentException} ("malformed PDF: …"); a password-protected file an
 * {@link UnsupportedDocumentException} ("encrypted PDF …"); more pages than {@link ReadLimits#maxPdfPages()} or
 * more text than twice {@link ReadLimits#maxTextChars()} (checked while extracting) a {@link TooLargeException};
 * no text at all (a scan) an {@link EmptyDocumentException} ("no text layer (scanned PDF?)"). PDFBox buffers in at
 * most {@value #MAIN_MEMORY_BYTES} bytes of heap per document and spills to a temporary file of at most
 * {@value #MAX_STORAGE_BYTES} bytes; content streams are parsed as streams; embedded fonts and character maps, which
 * PDFBox reads whole, are refused beyond {@value #MAX_FONT_BYTES} decoded bytes (a {@link TooLargeException}), and
 * running out of memory anyway is reported as a {@link TooLargeException} too. Stateless, thread-safe: every call
 * opens its own PDFBox document.
 */
final class PdfReader {

    static final long MAIN_MEMORY_BYTES = 16L * 1024 * 1024;
    static final long MAX_STORAGE_BYTES = 512L * 1024 * 1024;
    /** The largest real fonts (full CJK sets) are about 30 MB. */
    static final long MAX_FONT_BYTES = 64L * 1024 * 1024;
    /** Where a PDF's header may start and how far from the end its last {@code %%EOF} may be (as Acrobat reads). */
    private static final int HEADER_REACH = 1024;
    private static final int EOF_REACH = 2048;
    private static final int EDGE_LINES = 3;
    private static final int NUMBERED_FURNITURE_WORDS = 6;
    /** Pages an edge line must recur on to be furniture (fewer in documents of two or three pages). */
    private static final int FURNITURE_PAGES = 3;
    private static final int TITLE_LINES = 15;
    private static final int MAX_TITLE = 200;
    private static final float HEADING_RATIO = 1.15f;
    /** PDF exists since 1993: an earlier CreationDate is a broken clock. */
    private static final int FIRST_PDF_YEAR = 1993;

    private static final List<Pattern> JUNK_TITLES = Rules.patterns("pdf-junk-titles.txt");
    private static final List<Pattern> SOFTWARE = Rules.patterns("pdf-software-names.txt");
    private static final Pattern PUBLISHER_WORDS = Pattern.compile(
            "\\b(?:" + String.join("|", Rules.lines("pdf-publisher-words.txt")) + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z&.]{1,9}");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page|p\\.|pg\\.?|seite|pagina|página)?\\s*[-–—(\\[]?\\s*\\d{1,5}\\s*[-–—)\\]]?"
                    + "(?:\\s*(?:of|/|de|von|sur)\\s*\\d{1,5})?"
                    + "|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})");
    /**
     * Control, format (zero-width space, bidi marks) and private-use characters; tab and line breaks are handled
     * apart, and the zero-width (non-)joiners stay because Persian and Kurdish spelling needs them.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}&&[^\\t\\n\\u00AD\\u200C\\u200D]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SOFT_HYPHEN_INSIDE = Pattern.compile("\u00AD(?!$)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+-\\p{L}+");
    private static final Pattern TRAILING_LETTERS = Pattern.compile("\\p{L}+$");
    private static final Pattern LEADING_LETTERS = Pattern.compile("^\\p{L}+");

    private PdfReader() {
    }

    /**
     * True when the content starts with a PDF header. (A file named {@code .pdf} may have up to a kilobyte of junk
     * before it, as Acrobat allows; content under another name must start with it, so a text that quotes
     * "%PDF-1.7" near its top stays a text.)
     */
    static boolean sniff(byte[] content) {
        return indexOf(content, "%PDF-", 0, Math.min(content.length, 5)) == 0;
    }

    static Document read(String id, String name, byte[] content, ReadLimits limits) throws IngestException {
        if (indexOf(content, "%PDF-", 0, Math.min(content.length, HEADER_REACH + 5)) < 0) {
            throw malformed("no PDF header");
        }
        int from = Math.max(0, content.length - EOF_REACH);
        if (indexOf(content, "%%EOF", from, content.length) < 0) {
            throw malformed("truncated (no end-of-file marker)");
        }
        try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES, MAX_STORAGE_BYTES).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw malformed("no pages");
            }
            if (pages > limits.maxPdfPages()) {
                throw new TooLargeException(pages + " pages exceed the limit of " + limits.maxPdfPages()
                        + (limits.maxPdfPages() == 1 ? " page" : " pages"));
            }
            checkEmbeddedFonts(pdf);
            long maxChars = 2L * limits.maxTextChars();
            Collector collector = new Collector(maxChars);
            try {
                collector.writeText(pdf, Writer.nullWriter());
            } catch (TextLimitReached e) {
                throw new TooLargeException("text of more than " + maxChars + " characters exceeds the limit of "
                        + limits.maxTextChars() + " characters");
            }
            List<List<Line>> layout = removeFurniture(collector.pages);
            String text = paragraphs(layout);
            if (text.isBlank()) {    // every line recurs on every page: nothing was furniture after all
                layout = collector.pages;
                text = paragraphs(layout);
            }
            if (text.isBlank()) {
                throw new EmptyDocumentException("no text layer (scanned PDF?)");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            TextMetadata inText = TextMetadata.of(text);
            String title = infoTitle(info);
            if (title == null) {
                title = heading(layout);
            }
            if (title == null) {
                title = inText.title();
            }
            String publisher = organisation(info.getAuthor());
            if (publisher == null) {
                publisher = organisation(info.getProducer());
            }
            if (publisher == null) {
                publisher = inText.publisher();
            }
            PartialDate published = inText.published();
            if (published == null) {
                published = creationDate(info);
            }
            return new Document(id, name, title, publisher, null, published, "pdf", text, null, List.of());
        } catch (InvalidPasswordException e) {
            throw new UnsupportedDocumentException("encrypted PDF: a password is needed to read it");
        } catch (IngestException e) {
            throw e;
        } catch (IOException e) {
            throw malformed(reason(e));
        } catch (RuntimeException e) {    // PDFBox on hostile structures: casts, nulls, bad numbers
            throw malformed(reason(e));
        } catch (StackOverflowError e) {
            throw malformed("objects nested too deeply");
        } catch (OutOfMemoryError e) {    // last resort; the document is closed and its memory free again
            throw new TooLargeException("PDF needs more memory than the reader may use");
        }
    }

    /**
     * Refuses embedded fonts and character maps that decode to more than {@value #MAX_FONT_BYTES} bytes: PDFBox
     * reads a font whole into memory, so a small file with a compressed "font" of zeros could exhaust the heap.
     * Counts the decoded bytes as a stream, without keeping them.
     */
    private static void checkEmbeddedFonts(PDDocument pdf) throws IOException, TooLargeException {
        Set<COSBase> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<COSObject> candidates = new ArrayList<>(pdf.getDocument().getObjectsByType(COSName.FONT));
        candidates.addAll(pdf.getDocument().getObjectsByType(COSName.FONT_DESC));
        for (COSObject o : candidates) {
            checkFontParts(o.getObject(), seen, 0);
        }
    }

    private static final List<COSName> FONT_PARTS = List.of(COSName.FONT_DESC, COSName.DESCENDANT_FONTS,
            COSName.TO_UNICODE, COSName.ENCODING, COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3);

    private static void checkFontParts(COSBase base, Set<COSBase> seen, int depth) throws IOException, TooLargeException {
        if (base instanceof COSObject indirect) {
            base = indirect.getObject();
        }
        if (base == null || depth > 4 || !seen.add(base)) {
            return;
        }
        if (base instanceof COSArray array) {
            for (COSBase item : array) {
                checkFontParts(item, seen, depth + 1);
            }
            return;
        }
        if (base instanceof COSStream stream) {
            checkDecodedSize(stream);
            return;
        }
        if (base instanceof COSDictionary dict) {
            for (COSName part : FONT_PARTS) {
                COSBase value = dict.getDictionaryObject(part);
                if (value != null) {
                    checkFontParts(value, seen, depth + 1);
                }
            }
        }
    }

    /**
     * Inflates a FlateDecode stream (the filter of nearly every embedded font) from its raw bytes, counting and
     * dropping the output, because PDFBox's own decoding keeps all of it in memory. Other filters cannot blow up as
     * much and are left to PDFBox.
     */
    private static void checkDecodedSize(COSStream stream) throws IOException, TooLargeException {
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        if (filter instanceof COSArray a && a.size() == 1) {
            filter = a.getObject(0);
        }
        if (!COSName.FLATE_DECODE.equals(filter) && !COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        Inflater inflater = new Inflater();
        try (InputStream in = new InflaterInputStream(stream.createRawInputStream(), inflater)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_FONT_BYTES) {
                    throw new TooLargeException("an embedded font decodes to more than "
                            + MAX_FONT_BYTES / (1024 * 1024) + " MB");
                }
            }
        } catch (java.util.zip.ZipException e) {
            // broken compression: PDFBox reads what it can of it, with no more than it inflated here
        } finally {
            inflater.end();
        }
    }

    private static MalformedDocumentException malformed(String reason) {
        return new MalformedDocumentException("malformed PDF: " + reason);
    }

    /** A short one-line reason from a PDFBox exception. */
    static String reason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = SPACES.matcher(m).replaceAll(" ").strip();
        m = m.replaceFirst("^(?i)error:\\s*", "");
        return m.length() <= 120 ? m : m.substring(0, 117).strip() + "...";
    }

    private static int indexOf(byte[] c, String ascii, int from, int to) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i + needle.length <= to; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (c[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---------------------------------------------------------------- text layer

    /** One line of a page: normalised text, the largest font size in it, and whether it starts a paragraph. */
    record Line(String text, float size, boolean paragraphStart) {
    }

    private static final class TextLimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        TextLimitReached() {
            super("text limit reached");
        }
    }

    /** Collects lines per page from PDFBox's layout analysis instead of writing a flat string. */
    private static final class Collector extends PDFTextStripper {
        final List<List<Line>> pages = new ArrayList<>();
        private final long maxChars;
        private final StringBuilder line = new StringBuilder();
        private List<Line> page;
        private float size;
        private boolean paragraphPending;
        private long chars;

        Collector(long maxChars) {
            this.maxChars = maxChars;
            setSortByPosition(true);
            setShouldSeparateByBeads(true);
        }

        @Override
        protected void writePageStart() {
            page = new ArrayList<>();
            paragraphPending = true;
        }

        @Override
        protected void writePageEnd() {
            endLine();
            if (page != null) {
                pages.add(page);
            }
            page = null;
        }

        @Override
        protected void writeParagraphStart() {
            endLine();
            paragraphPending = true;
        }

        @Override
        protected void writeParagraphEnd() {
            endLine();
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        @Override
        protected void writeWordSeparator() {
            line.append(' ');
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            line.append(text);
            chars += text.length();
            if (chars > maxChars) {
                throw new TextLimitReached();
            }
            for (TextPosition p : positions) {
                size = Math.max(size, p.getFontSizeInPt());
            }
        }

        private void endLine() {
            String t = normalise(line.toString());
            if (page != null && !t.isEmpty()) {
                page.add(new Line(t, size, paragraphPending));
                paragraphPending = false;
            }
            line.setLength(0);
            size = 0;
        }
    }

    /** NFKC, invisible characters dropped, runs of whitespace as one space, trimmed. */
    static String normalise(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        t = INVISIBLE.matcher(t).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return SOFT_HYPHEN_INSIDE.matcher(t).replaceAll("");    // one at the end marks a word cut at the line end
    }

    // ---------------------------------------------------------------- running headers and footers

    /**
     * Drops, at the top and bottom edge of every page (up to {@value #EDGE_LINES} lines each), lines that recur at
     * that edge on {@value #FURNITURE_PAGES} pages or more (two in a document of two or three pages), numbers aside
     * in short lines, in the size they usually have there, and bare page numbers. Three pages rather than most
     * pages, because books change their running header with each chapter. The size keeps a title on page one that
     * is also the running header of the others.
     */
    static List<List<Line>> removeFurniture(List<List<Line>> pages) {
        Map<String, Edge> top = edges(pages, true);
        Map<String, Edge> bottom = edges(pages, false);
        int needed = Math.min(FURNITURE_PAGES, Math.max(2, pages.size() / 2 + 1));
        List<List<Line>> out = new ArrayList<>();
        for (List<Line> page : pages) {
            int start = 0;
            int end = page.size();
            while (start < end && start < EDGE_LINES && furniture(page.get(start), top, needed)) {
                start++;
            }
            while (end > start && page.size() - end < EDGE_LINES && furniture(page.get(end - 1), bottom, needed)) {
                end--;
            }
            List<Line> kept = new ArrayList<>(page.subList(start, end));
            if (start > 0 && !kept.isEmpty() && !kept.get(0).paragraphStart()) {
                Line first = kept.get(0);
                kept.set(0, new Line(first.text(), first.size(), true));
            }
            out.add(kept);
        }
        return out;
    }

    /** How often a line (by {@link #key}) stands at one edge, on how many pages, and in which sizes (tenths of pt). */
    private static final class Edge {
        int pages;
        final Map<Integer, Integer> sizes = new HashMap<>();

        float usualSize() {
            return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey() / 10f;
        }
    }

    private static boolean furniture(Line l, Map<String, Edge> edges, int needed) {
        if (PAGE_NUMBER.matcher(l.text()).matches()) {
            return true;
        }
        Edge e = edges.get(key(l.text()));
        if (e == null || e.pages < needed) {
            return false;
        }
        float usual = e.usualSize();
        return Math.abs(l.size() - usual) <= Math.max(1f, usual * 0.1f);
    }

    private static Map<String, Edge> edges(List<List<Line>> pages, boolean top) {
        Map<String, Edge> edges = new HashMap<>();
        for (List<Line> page : pages) {
            Set<String> seen = new HashSet<>();
            int n = Math.min(EDGE_LINES, page.size());
            for (int i = 0; i < n; i++) {
                Line l = page.get(top ? i : page.size() - 1 - i);
                String k = key(l.text());
                Edge e = edges.computeIfAbsent(k, x -> new Edge());
                e.sizes.merge(Math.round(l.size() * 10), 1, Integer::sum);
                if (seen.add(k)) {
                    e.pages++;
                }
            }
        }
        return edges;
    }

    /**
     * What makes two edge lines the same: the lower-cased text, with numbers as {@code #} in short lines (up to
     * {@value #NUMBERED_FURNITURE_WORDS} words: "Page 3 of 9", "ISW | 12") so that counters match; a longer line
     * must recur word for word, so body lines that differ only in a number are not taken for furniture.
     */
    private static String key(String line) {
        String t = line.toLowerCase(Locale.ROOT);
        return t.split(" ").length > NUMBERED_FURNITURE_WORDS ? t : DIGITS.matcher(t).replaceAll("#");
    }

    // ---------------------------------------------------------------- paragraphs and hyphenation

    static String paragraphs(List<List<Line>> pages) {
        Set<String> hyphenatedForms = new HashSet<>();
        for (List<Line> page : pages) {
            for (Line l : page) {
                Matcher m = HYPHENATED.matcher(l.text());
                while (m.find()) {
                    hyphenatedForms.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (List<Line> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                Line l = page.get(i);
                boolean newParagraph = l.paragraphStart();
                if (i == 0 && para.length() > 0 && continuesAcrossPage(para, l.text())) {
                    newParagraph = false;
                }
                if (newParagraph && para.length() > 0) {
                    out.add(para.toString());
                    para.setLength(0);
                }
                join(para, l.text(), hyphenatedForms);
            }
        }
        if (para.length() > 0) {
            out.add(para.toString());
        }
        return String.join("\n\n", out);
    }

    /** A page that starts in lower case, after a page that did not end a sentence, goes on with its paragraph. */
    private static boolean continuesAcrossPage(CharSequence para, String next) {
        char last = para.charAt(para.length() - 1);
        return ".!?:;\"”»)".indexOf(last) < 0 && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
    }

    private static void join(StringBuilder para, String next, Set<String> hyphenatedForms) {
        int n = para.length();
        if (n == 0) {
            para.append(next);
            return;
        }
        char last = para.charAt(n - 1);
        boolean hyphen = last == '-' || last == '\u2010' || last == '\u00AD';
        if (hyphen && n >= 2 && Character.isLetter(para.charAt(n - 2)) && !next.isEmpty()
                && Character.isLetter(next.codePointAt(0))) {
            if (last == '\u00AD' || Character.isLowerCase(next.codePointAt(0))
                    && !hyphenatedForms.contains(hyphenatedForm(para, next))) {
                para.setLength(n - 1);    // organi- + zation
            } else if (last == '\u2010') {
                para.setCharAt(n - 1, '-');
            }
            para.append(next);            // al- + Sham, anti- + government when the text spells it so
            return;
        }
        if (last == '\u00AD') {
            para.setLength(n - 1);
        }
        para.append(' ').append(next);
    }

    private static String hyphenatedForm(CharSequence para, String next) {
        Matcher before = TRAILING_LETTERS.matcher(para.subSequence(0, para.length() - 1));
        Matcher after = LEADING_LETTERS.matcher(next);
        String a = before.find() ? before.group() : "";
        String b = after.find() ? after.group() : "";
        return (a + "-" + b).toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- metadata

    private static String infoTitle(PDDocumentInformation info) {
        String t = info.getTitle() == null ? "" : normalise(info.getTitle());
        if (t.isEmpty() || t.length() > MAX_TITLE || matchesAny(JUNK_TITLES, t)) {
            return null;
        }
        return t;
    }

    /**
     * The first run of lines on page one, within its first {@value #TITLE_LINES} lines, set in the largest size
     * when that size is clearly larger than the document's body text (the size most characters are set in).
     */
    static String heading(List<List<Line>> pages) {
        List<Line> first = null;
        for (List<Line> p : pages) {
            if (!p.isEmpty()) {
                first = p;
                break;
            }
        }
        if (first == null) {
            return null;
        }
        Map<Integer, Integer> charsBySize = new HashMap<>();
        for (List<Line> p : pages) {
            for (Line l : p) {
                charsBySize.merge(Math.round(l.size() * 10), l.text().length(), Integer::sum);
            }
        }
        int body = charsBySize.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<Line> top = first.subList(0, Math.min(TITLE_LINES, first.size()));
        float max = 0;
        for (Line l : top) {
            max = Math.max(max, l.size());
        }
        if (max * 10 < body * HEADING_RATIO) {
            return null;
        }
        StringBuilder title = new StringBuilder();
        for (Line l : top) {
            if (Math.abs(l.size() - max) < 0.5f) {
                if (title.length() > 0) {
                    title.append(' ');
                }
                title.append(l.text());
            } else if (title.length() > 0) {
                break;
            }
        }
        String t = title.toString().strip();
        return t.isEmpty() || t.length() > MAX_TITLE || !t.codePoints().anyMatch(Character::isLetter) ? null : t;
    }

    /** The value when it names an organisation: not software or an account, and an organisation word or acronym. */
    static String organisation(String value) {
        if (value == null) {
            return null;
        }
        String v = normalise(value);
        if (v.length() < 2 || v.length() > 120 || matchesAny(SOFTWARE, v)) {
            return null;
        }
        return PUBLISHER_WORDS.matcher(v).find() || ACRONYM.matcher(v).matches() ? v : null;
    }

    private static PartialDate creationDate(PDDocumentInformation info) {
        Calendar c;
        try {
            c = info.getCreationDate();
        } catch (RuntimeException e) {
            return null;
        }
        if (c == null) {
            return null;
        }
        int year = c.get(Calendar.YEAR);
        if (year < FIRST_PDF_YEAR || year > Calendar.getInstance().get(Calendar.YEAR) + 1) {
            return null;
        }
        return PartialDate.ofDay(year, c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH));
    }

    private static boolean matchesAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
