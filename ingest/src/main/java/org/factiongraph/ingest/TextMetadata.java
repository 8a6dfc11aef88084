package org.factiongraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factiongraph.model.PartialDate;

/**
 * Title, publisher and publication date found in the text of a document that carries no metadata of its own.
 *
 * <ul>
 *   <li>title: the first line near the top that reads like a headline (three or more words, at most 200
 *       characters, no closing full stop, not page furniture from {@code boilerplate-lines.txt}, not a date);
 *       else the first non-blank line.</li>
 *   <li>published: a date standing on a line of its own near the top; else the date of a source line
 *       ({@code [Source: By X, The Paper, NJ, 25Oct15]}, the original publication, preferred over later
 *       re-publication notices); else a wire dateline without a year ("BEIRUT, July 10 (Agency) -") with the
 *       year of the copyright line or of the same day written in full elsewhere; else the first absolute date in the
 *       first lines.</li>
 *   <li>publisher: the publication named by a source line; else a line from {@code publisher-lines.txt}
 *       ("For more from Syria Direct, …"); else null.</li>
 * </ul>
 * Immutable; the static methods are thread-safe.
 */
record TextMetadata(String title, String publisher, PartialDate published) {

    private static final List<Pattern> BOILERPLATE = Rules.patterns("boilerplate-lines.txt");
    private static final List<Pattern> PUBLISHER_LINES = Rules.patterns("publisher-lines.txt");
    private static final Pattern SOURCE_LINE =
            Rules.wholeLine("[\\[(]?\\s*source\\s*:\\s*(?<body>[^\\])]+?)\\s*[\\])]?\\s*\\.?");
    private static final Pattern PLACE_CODE = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern AUTHOR = Rules.wholeLine("(?:by|written by|author)\\s.+");
    private static final int TITLE_REACH = 15;
    private static final int DATE_LINE_REACH = 15;
    private static final int FIRST_DATE_REACH = 20;
    private static final int EDGE_LINES = 60;
    private static final int MAX_TITLE = 200;

    static TextMetadata of(String text) {
        List<Lines.Line> all = Lines.of(text);
        List<Lines.Line> edges = edges(all);
        Source source = sourceLine(edges);
        String publisher = source != null && source.publisher != null ? source.publisher : publisherLine(edges);
        return new TextMetadata(title(all), publisher, published(all, source, text));
    }

    private record Source(String publisher, PartialDate date) {
    }

    private static List<Lines.Line> edges(List<Lines.Line> all) {
        if (all.size() <= 2 * EDGE_LINES) {
            return all;
        }
        List<Lines.Line> out = new ArrayList<>(all.subList(0, EDGE_LINES));
        out.addAll(all.subList(all.size() - EDGE_LINES, all.size()));
        return out;
    }

    static String title(List<Lines.Line> lines) {
        String fallback = null;
        for (Lines.Line l : lines.subList(0, Math.min(TITLE_REACH, lines.size()))) {
            String t = l.trimmed();
            if (t.isEmpty()) {
                continue;
            }
            if (fallback == null) {
                fallback = t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE).strip();
            }
            if (t.length() <= MAX_TITLE && words(t) >= 3 && !t.endsWith(".") && !boilerplate(t)
                    && Dates.whole(t) == null && !SOURCE_LINE.matcher(t).matches()) {
                return t;
            }
        }
        return fallback;
    }

    private static int words(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean letter = Character.isLetterOrDigit(t.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static boolean boilerplate(String t) {
        for (Pattern p : BOILERPLATE) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Source sourceLine(List<Lines.Line> lines) {
        for (Lines.Line l : lines) {
            Matcher m = SOURCE_LINE.matcher(l.matchable());
            if (!m.matches()) {
                continue;
            }
            String publisher = null;
            PartialDate date = null;
            for (String part : m.group("body").split("[,;]")) {
                String p = part.strip();
                if (p.isEmpty() || AUTHOR.matcher(p).matches() || PLACE_CODE.matcher(p).matches()) {
                    continue;
                }
                PartialDate d = Dates.whole(p);
                if (d != null) {
                    date = date == null ? d : date;
                } else if (publisher == null && p.length() >= 2) {
                    publisher = p;
                }
            }
            if (publisher != null || date != null) {
                return new Source(publisher, date);
            }
        }
        return null;
    }

    private static String publisherLine(List<Lines.Line> lines) {
        for (Lines.Line l : lines) {
            for (Pattern p : PUBLISHER_LINES) {
                Matcher m = p.matcher(l.matchable());
                if (m.matches()) {
                    return m.group("publisher").strip();
                }
            }
        }
        return null;
    }

    private static PartialDate published(List<Lines.Line> lines, Source source, String text) {
        for (Lines.Line l : lines.subList(0, Math.min(DATE_LINE_REACH, lines.size()))) {
            PartialDate d = l.blank() ? null : dated(l.trimmed(), text);
            if (d != null && d.month() != 0) {
                return d;
            }
        }
        if (source != null && source.date != null) {
            return source.date;
        }
        for (Lines.Line l : lines.subList(0, Math.min(DATE_LINE_REACH, lines.size()))) {
            // "Occasional Paper No. 14 | November 2018", "Analysis · 12 March 2016", a title and "December 2018"
            // set apart by a run of spaces: a date between separators
            PartialDate d = l.blank() ? null : datedPart(l.trimmed(), text, false);
            if (d != null) {
                return d;
            }
        }
        int end = lines.isEmpty() ? 0 : lines.get(Math.min(FIRST_DATE_REACH, lines.size()) - 1).end();
        PartialDate dateline = dateline(lines, text);
        if (dateline != null) {
            return dateline;
        }
        PartialDate credit = creditLine(lines, text);
        return credit != null ? credit : Dates.first(text.substring(0, end));
    }

    private static final int CREDIT_LINE_REACH = 6;
    private static final int MAX_CREDIT_LINE = 100;

    /**
     * A wire credit at the page's foot that carries the day ("AFP - Saturday, March 28, 2015 - 15:47", a short
     * line of parts between separators, or a full date on a line of its own): the report's date, where the top of
     * the page gives none. Only the last few non-blank lines are read.
     */
    private static PartialDate creditLine(List<Lines.Line> lines, String text) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < CREDIT_LINE_REACH; i--) {
            Lines.Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            seen++;
            String t = l.trimmed();
            if (t.length() > MAX_CREDIT_LINE) {
                continue;
            }
            PartialDate whole = dated(t, text);
            if (whole != null && whole.day() != 0) {
                return whole;
            }
            PartialDate d = datedPart(t, text, true);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * The first date, given at least to the month (to the day when {@code day}), among the parts of a line split by
     * separators; null for a line of one part.
     */
    private static PartialDate datedPart(String line, String text, boolean day) {
        String[] parts = SEPARATORS.split(line);
        for (int k = 0; parts.length > 1 && k < parts.length; k++) {
            PartialDate d = dated(parts[k].strip(), text);
            if (d != null && d.month() != 0 && (!day || d.day() != 0)) {
                return d;
            }
        }
        return null;
    }

    private static final Pattern SLASHED = Pattern.compile("(?:(?<weekday>(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*)"
            + "\\.?,?\\s+)?(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>\\d{4})");

    /**
     * The date {@code value} consists of. "09/01/2018" may be 9 January or 1 September: a weekday written before it
     * ("Monday 06/10/2014") names the reading that falls on it; otherwise, of the two readings, the one the page's
     * own full dates come closest before wins ("air strikes on 6 January 2018" in a caption), else the day-first
     * reading most sites outside the United States use.
     */
    private static PartialDate dated(String value, String text) {
        PartialDate d = Dates.whole(value);
        Matcher m = d != null && d.month() != 0 ? null : SLASHED.matcher(value);
        if (m == null || !m.matches()) {
            return d;
        }
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int y = Integer.parseInt(m.group("year"));
        String weekday = m.group("weekday");
        PartialDate dayFirst = onWeekday(y, b, a, weekday);
        PartialDate monthFirst = onWeekday(y, a, b, weekday);
        if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
            return dayFirst != null ? dayFirst : monthFirst != null ? monthFirst : d; // one reading exists, or none
        }
        if (weekday != null) {
            return d; // both readings fall on the weekday: it does not choose
        }
        List<PartialDate> textDates = Dates.all(text);
        long dayGap = gapAfter(textDates, dayFirst);
        long monthGap = gapAfter(textDates, monthFirst);
        return monthGap < dayGap ? monthFirst : dayFirst;
    }

    /** The day, when it exists and falls on {@code weekday} (its first three letters; any day when null); or null. */
    private static PartialDate onWeekday(int year, int month, int day, String weekday) {
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        String name = java.time.LocalDate.of(year, month, day).getDayOfWeek().name();
        return weekday == null || name.regionMatches(true, 0, weekday, 0, 3) ? PartialDate.ofDay(year, month, day) : null;
    }

    /** Days from the latest full date of {@code dates} on or before {@code d} to {@code d}; MAX_VALUE when none is. */
    private static long gapAfter(List<PartialDate> dates, PartialDate d) {
        long best = Long.MAX_VALUE;
        for (PartialDate t : dates) {
            if (t.day() != 0 && !t.isAfter(d)) {
                best = Math.min(best, java.time.temporal.ChronoUnit.DAYS.between(t.firstDay(), d.firstDay()));
            }
        }
        return best;
    }

    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|\u00b7\u2022\u2013\u2014/-]\\s+|\\s*\\|\\s*|\\s{3,}|\\t+");

    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'\u2019/-]{1,40}(?:,\\s*[\\p{L} .]{2,30})?,\\s+(?<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
                    + "[a-z]*)\\.?\\s+(?<day>\\d{1,2})\\b(?!,?\\s*\\d{4})");
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile(
            "(?:\u00a9|\\([cC]\\)|(?i:copyright))\\s*(?<year>(?:19|20)\\d{2})\\b");

    /**
     * A wire report's dateline without a year ("BEIRUT, July 10 (Agency) -", "BEIRUT/AMMAN, Nov 30 (Agency) -")
     * dated by the year of the page's copyright line ("(c) 2014 Agency"), else by the year of the same day written
     * in full elsewhere on the page (a photo caption's "November 30, 2024"): the report's own date, which an earlier
     * date in its text is not.
     */
    private static PartialDate dateline(List<Lines.Line> lines, String text) {
        for (Lines.Line l : lines.subList(0, Math.min(DATE_LINE_REACH, lines.size()))) {
            Matcher m = DATELINE.matcher(l.trimmed());
            if (!m.find()) {
                continue;
            }
            Matcher year = COPYRIGHT_YEAR.matcher(text);
            if (year.find()) {
                return Dates.whole(m.group("month") + " " + m.group("day") + ", " + year.group("year"));
            }
            PartialDate day = Dates.whole(m.group("month") + " " + m.group("day") + ", 2000");
            return day == null ? null : Dates.all(text).stream()
                    .filter(d -> d.day() == day.day() && d.month() == day.month())
                    .findFirst().orElse(null);
        }
        return null;
    }
}
