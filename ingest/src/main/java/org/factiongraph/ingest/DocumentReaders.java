package org.factiongraph.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.factiongraph.model.Document;
import org.factiongraph.model.Field;
import org.factiongraph.model.Hashing;
import org.factiongraph.model.PartialDate;

/**
 * Reads files into {@link Document}s, choosing the reader by content and extension: plain text ({@code text}),
 * MediaWiki-style pages saved as text ({@code wiki}), HTML ({@code html}) and the text layer of PDFs ({@code pdf}, see
 * {@link PdfReader}). Word, ODT, RTF, XML and other binary content are refused with an
 * {@link UnsupportedDocumentException}.
 *
 * <p>Every document gets {@code id} = SHA-256 (hex) of its raw bytes and {@code name} = the file name without
 * folders; {@code grade} is left null (the extractor grades). Text is decoded without mangling (see
 * {@link TextDecoder}), line endings become {@code \n}, and the text is otherwise kept verbatim because evidence
 * offsets are computed on it.
 *
 * <p>Plain text may start with a header block of {@code key: value} lines (title, source, url, date, published,
 * publisher) ended by a blank line: its values fill the metadata and the header is <em>dropped</em> from
 * {@code text}, which starts at the first non-blank line of the body, so offsets address the body only.
 *
 * <p>Thread-safe: immutable, holds no global state; one instance may serve many threads.
 */
public final class DocumentReaders {

    private static final long MB = 1024L * 1024L;
    private final ReadLimits limits;

    public DocumentReaders(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Reads one file into a Document (id = SHA-256 hex of the raw bytes, name = the file's name without folders). */
    public Document read(Path file) throws IngestException {
        Objects.requireNonNull(file, "file");
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        if (Files.isDirectory(file)) {
            throw new UnsupportedDocumentException("a folder, not a file");
        }
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw tooLarge(size);
            }
            if (!Files.isRegularFile(file)) {
                throw new UnsupportedDocumentException("not a regular file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            throw new IngestException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new IngestException("cannot be read: permission denied", e);
        } catch (FileSystemException e) {
            throw new IngestException("cannot be read: " + (e.getReason() == null ? "file system error" : oneLine(e.getReason())), e);
        } catch (IOException e) {
            throw new IngestException("cannot be read: " + oneLine(e.getClass().getSimpleName()), e);
        }
        if (content.length > limits.maxBytes()) {
            throw tooLarge(content.length);    // the file grew while being read
        }
        return read(name, content);
    }

    /**
     * Reads content that came without a file (uploads, tests). {@code name} becomes the document's name (any
     * folders in it are dropped) and its extension helps choose the format.
     */
    public Document read(String name, byte[] content) throws IngestException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (content.length > limits.maxBytes()) {
            throw tooLarge(content.length);
        }
        if (content.length == 0) {
            throw new EmptyDocumentException("empty document");
        }
        String id = Hashing.sha256Hex(content);
        String ext = extension(name);
        if (ext.equals("pdf") || PdfReader.sniff(content)) {
            return checked(PdfReader.read(id, name, content, limits));
        }
        refuseKnownBinaryFormats(ext, content);
        if (ext.equals("html") || ext.equals("htm") || ext.equals("xhtml") || sniffHtml(content)) {
            Document d = HtmlReader.read(id, name, content, limits);
            return checked(d);
        }
        if (ext.equals("xml") || startsWithIgnoringSpace(content, "<?xml")) {
            throw new UnsupportedDocumentException("XML is not supported (only text, wiki pages and HTML are)");
        }
        return checked(readText(id, name, content));
    }

    private Document readText(String id, String name, byte[] content) throws IngestException {
        String all = TextDecoder.decode(content).text();
        if (all.isBlank()) {
            throw new EmptyDocumentException("only whitespace");
        }
        checkLength(all);
        HeaderBlock header = HeaderBlock.find(all);
        String text = header == null ? all : all.substring(header.bodyStart());
        if (text.isBlank()) {
            throw new EmptyDocumentException("only a header, no text");
        }
        String title;
        String publisher;
        String url = null;
        PartialDate published;
        String format;
        List<Field> fields = List.of();
        if (WikiPage.looksLikeWiki(text)) {
            WikiPage.Parts wiki = WikiPage.parse(text);
            format = "wiki";
            title = wiki.title();
            publisher = wiki.site();
            published = wiki.editedDate() == null ? null : Dates.whole(wiki.editedDate());
            fields = wiki.fields();
        } else {
            TextMetadata meta = TextMetadata.of(text);
            format = "text";
            title = meta.title();
            publisher = meta.publisher();
            published = meta.published();
        }
        if (header != null) {
            title = header.title() != null ? header.title() : title;
            publisher = header.publisher() != null ? header.publisher() : publisher;
            url = header.url();
            if (header.published() != null) {
                PartialDate d = Dates.whole(header.published());
                published = d != null ? d : published;
            }
        }
        return new Document(id, name, title, publisher, url, published, format, text, null, fields);
    }

    private Document checked(Document d) throws IngestException {
        if (d.text().isBlank()) {
            throw new EmptyDocumentException("no text");
        }
        checkLength(d.text());
        return d;
    }

    private void checkLength(String text) throws TooLargeException {
        if (text.length() > limits.maxTextChars()) {
            throw new TooLargeException("text of " + text.length() + " characters exceeds the limit of "
                    + limits.maxTextChars() + " characters");
        }
    }

    private static void refuseKnownBinaryFormats(String ext, byte[] c) throws UnsupportedDocumentException {
        boolean zip = c.length >= 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
        if (ext.equals("docx") || zip && ext.isEmpty()) {
            throw new UnsupportedDocumentException("DOCX is not supported yet");
        }
        boolean ole = c.length >= 8 && (c[0] & 0xFF) == 0xD0 && (c[1] & 0xFF) == 0xCF && (c[2] & 0xFF) == 0x11
                && (c[3] & 0xFF) == 0xE0;
        if (ext.equals("doc") || ole) {
            throw new UnsupportedDocumentException("Word .doc is not supported yet");
        }
        if (ext.equals("odt") || ext.equals("rtf") || startsWith(c, "{\\rtf")) {
            throw new UnsupportedDocumentException(ext.equals("odt") ? "ODT is not supported yet" : "RTF is not supported yet");
        }
        if (zip) {
            throw new UnsupportedDocumentException("ZIP archives are not supported");
        }
    }

    private static boolean startsWith(byte[] c, String ascii) {
        if (c.length < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (c[i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoringSpace(byte[] c, String ascii) {
        String head = head(c);
        return head.stripLeading().regionMatches(true, 0, ascii, 0, ascii.length());
    }

    /** The first kilobyte as Latin-1 without a UTF-8 BOM, for sniffing. */
    private static String head(byte[] c) {
        int skip = c.length >= 3 && (c[0] & 0xFF) == 0xEF && (c[1] & 0xFF) == 0xBB && (c[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(c, skip, Math.min(c.length - skip, 1024), StandardCharsets.ISO_8859_1);
    }

    private static boolean sniffHtml(byte[] c) {
        String head = head(c).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html")) {
            return true;
        }
        int html = head.indexOf("<html");
        return html >= 0 && head.substring(0, html).strip().replaceAll("<\\?xml[^>]*>|<!--.*?-->|<!doctype[^>]*>", "").isBlank();
    }

    static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String base = name.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private TooLargeException tooLarge(long size) {
        return new TooLargeException(megabytes(size) + " MB exceeds the limit of " + megabytes(limits.maxBytes()) + " MB");
    }

    /** Megabytes with up to three decimals, trailing zeros dropped (50, 50.5, 0.001). */
    static String megabytes(long bytes) {
        BigDecimal mb = BigDecimal.valueOf(bytes)
                .divide(BigDecimal.valueOf(MB), 3, RoundingMode.HALF_UP);
        if (mb.signum() == 0 && bytes > 0) {
            mb = new BigDecimal("0.001");
        }
        return mb.stripTrailingZeros().toPlainString();
    }

    private static String oneLine(String m) {
        return m.replaceAll("\\s+", " ").strip();
    }
}
