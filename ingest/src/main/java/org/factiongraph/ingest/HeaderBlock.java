package org.factiongraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional header block at the top of a text file: consecutive {@code key: value} lines whose keys are listed
 * in {@code header-keys.txt} (title, source, url, date, published, publisher; case-insensitive), ended by a blank
 * line. The header is metadata, not content: {@link #bodyStart} is where the body begins (after the blank lines
 * that follow the header), and readers drop the header from {@code Document.text} so offsets address the body.
 * Immutable.
 */
record HeaderBlock(String title, String publisher, String url, String published, int bodyStart) {

    private static final Map<String, String> KEYS = Rules.pairs("header-keys.txt");
    private static final Pattern LINE = Pattern.compile("\\s*([A-Za-z]+)\\s*:\\s*(.*?)\\s*");
    private static final Pattern WEB = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    /** The header at the top of {@code text}, or null when it has none. */
    static HeaderBlock find(String text) {
        List<Lines.Line> lines = Lines.of(text, 64);
        String title = null;
        String publisher = null;
        String url = null;
        String published = null;
        String source = null;
        int i = 0;
        for (; i < lines.size(); i++) {
            Lines.Line line = lines.get(i);
            if (line.blank()) {
                break;
            }
            Matcher m = LINE.matcher(line.text());
            String field = m.matches() ? KEYS.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
            if (field == null) {
                return null;
            }
            String value = m.group(2).isEmpty() ? null : m.group(2);
            switch (field) {
                case "title" -> title = value;
                case "publisher" -> publisher = value;
                case "url" -> url = value;
                case "published" -> published = value;
                case "source" -> source = value;
                default -> throw new IllegalStateException("unknown header field " + field + " in header-keys.txt");
            }
        }
        if (i == 0 || i == lines.size()) {
            return null;    // no header lines, or no blank line ended them within reach
        }
        if (source != null) {
            if (WEB.matcher(source).matches()) {
                url = url == null ? source : url;
            } else {
                publisher = publisher == null ? source : publisher;
            }
        }
        int body = lines.get(i).start();
        while (i < lines.size() && lines.get(i).blank()) {
            body = Math.min(text.length(), lines.get(i).end() + 1);
            i++;
        }
        return new HeaderBlock(title, publisher, url, published, body);
    }
}
