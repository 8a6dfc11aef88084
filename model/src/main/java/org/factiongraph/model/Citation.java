package org.factiongraph.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a manual claim cites, built the same way by the REST API and the CLI: a web page (URL and quote) becomes a
 * stored document of format {@value #FORMAT} whose text is the quote, and a quote in a stored document becomes
 * evidence at the place it occurs. Stateless.
 */
public final class Citation {

    /** The format of documents that stand for a cited web page. */
    public static final String FORMAT = "citation";
    /** The longest URL accepted. */
    public static final int MAX_URL = 2000;
    /** The longest quote accepted. */
    public static final int MAX_QUOTE = 5000;
    /** The longest document name: a longer URL is cut to this for the name (the full URL is kept as the URL). */
    static final int MAX_NAME = 120;

    private Citation() {
    }

    /**
     * {@code url} as an absolute http(s) URI with a host, at most {@link #MAX_URL} characters.
     *
     * @throws IllegalArgumentException otherwise, with a message that names no field
     */
    public static URI webPage(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("the URL is empty");
        }
        if (url.length() > MAX_URL) {
            throw new IllegalArgumentException("the URL is longer than " + MAX_URL + " characters");
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getHost().isBlank()) {
                throw new IllegalArgumentException("the URL must be an http or https address with a host");
            }
            return u;
        } catch (URISyntaxException x) {
            throw new IllegalArgumentException("the URL must be an http or https address with a host");
        }
    }

    /**
     * The stored document for a cited web page: its text is the quote, its id the SHA-256 of the URL and the quote
     * (so the same citation is one document), its name the URL (cut to 120 characters), its publisher the host,
     * format {@value #FORMAT}, {@code grade} as given (may be null).
     */
    public static Document document(URI page, String quote, Grade grade) {
        String url = page.toString();
        String id = Hashing.sha256Hex(FORMAT + "\u001f" + url + "\u001f" + quote);
        String name = url.length() > MAX_NAME ? url.substring(0, MAX_NAME) : url;
        return new Document(id, name, null, page.getHost(), url, null, FORMAT, quote, grade, List.of());
    }

    /** The evidence a citation document gives: its whole text (the quote). */
    public static Evidence evidence(Document citation) {
        return new Evidence(citation.id(), citation.name(), 0, citation.text().length(), citation.text());
    }

    /**
     * Where {@code quote} occurs in the document's text (runs of whitespace match any whitespace), as evidence;
     * empty when it does not occur.
     */
    public static Optional<Evidence> locate(Document doc, String quote) {
        StringBuilder re = new StringBuilder();
        for (String w : quote.strip().split("\\s+")) {
            re.append(re.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(doc.text());
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(doc.id(), doc.name(), m.start(), m.end(), m.group()));
    }
}
