package org.factiongraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factiongraph.model.Field;

/**
 * Recognises a MediaWiki-style page saved as text and reads its title, site and infobox. Recognition uses the
 * page's shape (markers in {@code wiki-markers.txt}): the "Jump to navigation" skip links near the top, or the
 * "From &lt;site&gt;" tagline together with an infobox, or an infobox heading followed by at least two
 * {@code Key: value} lines near the top. Never the file name. Stateless, thread-safe.
 */
final class WikiPage {

    /** What was read from a page; {@code site} and {@code editedDate} may be null. */
    record Parts(String title, String site, List<Field> fields, String editedDate) {
    }

    private static final Map<String, String> MARKERS = Rules.pairs("wiki-markers.txt");
    private static final Pattern NAVIGATION = Rules.wholeLine(MARKERS.get("navigation"));
    private static final Pattern SITE = Rules.wholeLine(MARKERS.get("site"));
    private static final Pattern INFOBOX = Rules.wholeLine(MARKERS.get("infobox"));
    private static final Pattern EDITED = Rules.wholeLine(MARKERS.get("edited"));
    /** An infobox key: short, starting with a letter, without sentence punctuation. */
    private static final String KEY = "(\\p{L}[\\p{L}\\p{M}\\p{N} '()/&-]{0,39}?)";
    /** {@code Key: value}. */
    private static final Pattern KEY_VALUE = Pattern.compile("\\s*" + KEY + "\\s*:(?:\\s*(.*?))?\\s*");
    /**
     * {@code Key<tab>value}, {@code Key   value}: an infobox copied from a rendered page sets the value apart by a tab
     * or a run of two or more spaces, with no colon. Read only on a page known to be a wiki page by other marks.
     */
    private static final Pattern KEY_GAP = Pattern.compile(KEY + "(?:\\t+|\\s{2,})(\\S.*?)\\s*");
    private static final int TOP = 12;
    private static final int INFOBOX_REACH = 60;
    private static final int MAX_FIELD_LINE = 200;

    private WikiPage() {
    }

    static boolean looksLikeWiki(String text) {
        List<Lines.Line> lines = Lines.of(text, INFOBOX_REACH);
        boolean navigation = false;
        boolean site = false;
        int nonBlank = 0;
        for (Lines.Line l : lines) {
            if (l.index() >= TOP) {
                break;
            }
            if (l.blank()) {
                continue;
            }
            nonBlank++;
            navigation |= NAVIGATION.matcher(l.matchable()).matches();
            site |= nonBlank <= 4 && SITE.matcher(l.matchable()).matches();
        }
        if (navigation) {
            return true;
        }
        int infoboxFields = infobox(text, lines, site, false).size();
        return infoboxFields >= 1 && site || infoboxFields >= 2;
    }

    static Parts parse(String text) {
        List<Lines.Line> lines = Lines.of(text, INFOBOX_REACH);
        String title = null;
        String site = null;
        int nonBlank = 0;
        for (Lines.Line l : lines) {
            if (l.blank()) {
                continue;
            }
            nonBlank++;
            if (title == null) {
                title = l.trimmed();
                continue;
            }
            Matcher m = SITE.matcher(l.matchable());
            if (site == null && nonBlank <= 4 && m.matches()) {
                site = m.group("site").strip();
            }
        }
        return new Parts(title, site, infobox(text, lines, true, true), editedDate(text));
    }

    /**
     * The {@code Key: value} lines (and their continuation lines) after the first infobox heading; on a page known
     * to be a wiki page ({@code headless}), else the first run of {@value #HEADLESS_RUN} or more such lines near the
     * top, as an infobox copied without its heading reads ("Ba'ath Brigades / Participant in the Syrian civil war /
     * Dates of operation: 2012-2018 / Leaders: ..."). With {@code gaps}, also the lines that set a value apart by a
     * tab or a run of spaces ("Active            2012 - 2017"), and a label wrapped onto two lines ("Area of" /
     * "operations        Latakia").
     */
    private static List<Field> infobox(String text, List<Lines.Line> lines, boolean headless, boolean gaps) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && !INFOBOX.matcher(lines.get(i).trimmed()).matches()) {
            i++;
        }
        if (i >= lines.size() && headless) {
            i = headlessStart(lines, gaps) - 1;
        }
        String key = null;
        boolean nested = false; // the last key had no value of its own: its indented lines belong to it
        for (i++; i < lines.size(); i++) {
            Lines.Line l = lines.get(i);
            if (l.blank() || l.text().length() > MAX_FIELD_LINE) {
                break;
            }
            Matcher m = KEY_VALUE.matcher(l.text());
            boolean keyed = m.matches();
            boolean indented = l.indented();
            boolean open = gaps && !indented && !keyed; // a line a tab or a run of spaces may key
            Matcher g = open ? KEY_GAP.matcher(l.text()) : null;
            boolean gapped = open && g.matches();
            Matcher wrapped = open && !gapped && i + 1 < lines.size() ? KEY_GAP.matcher(lines.get(i + 1).text()) : null;
            if (gapped) {
                key = g.group(1);
                nested = false;
                fields.add(new Field(key, g.group(2), l.contentStart(), l.contentEnd()));
            } else if (wrapped != null && wrapped.matches() && Character.isLowerCase(wrapped.group(1).charAt(0))
                    && l.trimmed().length() + wrapped.group(1).length() <= 40) {
                // "Area of" / "operations        Latakia Governorate": the label wrapped where the column ended
                Lines.Line next = lines.get(++i);
                key = l.trimmed() + " " + wrapped.group(1);
                nested = false;
                fields.add(new Field(key, wrapped.group(2), l.contentStart(), next.contentEnd()));
            } else if (keyed && nested && indented) {
                // "Belligerents:" then "  Jaysh al-Fatah: al-Nusra Front, Ahrar al-Sham": a side of the belligerents
                fields.add(new Field(key, l.trimmed(), l.contentStart(), l.contentEnd()));
            } else if (keyed) {
                key = m.group(1);
                String value = m.group(2);
                nested = value == null || value.isEmpty();
                if (!nested) {
                    fields.add(new Field(key, value, l.contentStart(), l.contentEnd()));
                }
            } else if (key != null && l.text().indexOf(':') < 0) {
                fields.add(new Field(key, l.trimmed(), l.contentStart(), l.contentEnd()));
            } else {
                break;
            }
        }
        return fields;
    }

    private static final int HEADLESS_RUN = 3;

    /**
     * The first of {@value #HEADLESS_RUN} consecutive {@code Key: value} lines with values, or lines.size(). With
     * {@code gaps}, {@code Key   value} lines count too, and so do indented lines that carry on a key's value when two
     * of the run are keyed ("Ideology   Sunni Islamism" / "           Salafism").
     */
    private static int headlessStart(List<Lines.Line> lines, boolean gaps) {
        for (int i = 0; i + HEADLESS_RUN <= lines.size(); i++) {
            int keyed = 0;
            boolean run = true;
            for (int k = i; k < i + HEADLESS_RUN && run; k++) {
                Lines.Line l = lines.get(k);
                Matcher m = KEY_VALUE.matcher(l.text());
                boolean key = !l.blank() && l.text().length() <= MAX_FIELD_LINE && (m.matches() && m.group(2) != null
                        && !m.group(2).isEmpty() || gaps && KEY_GAP.matcher(l.text()).matches());
                boolean carried = gaps && k > i && !l.blank() && l.indented();
                keyed += key ? 1 : 0;
                run = key || carried;
            }
            if (run && (keyed == HEADLESS_RUN || gaps && keyed >= 2)) {
                return i;
            }
        }
        return lines.size();
    }

    private static String editedDate(String text) {
        int from = Math.max(0, text.length() - 4000);
        for (Lines.Line l : Lines.of(text.substring(from))) {
            Matcher m = EDITED.matcher(l.matchable());
            if (m.matches()) {
                return m.group("date");
            }
        }
        return null;
    }
}
