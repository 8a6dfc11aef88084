package org.factiongraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day: {@code 2014}, {@code 2014-12}, {@code 2014-12-25}.
 *
 * <p>A partial date stands for the interval of days it covers. Comparisons are honest across precisions:
 * {@code 2014} is neither before nor after {@code 2014-12}; it {@link #contains contains} it.
 * {@link #compareTo} gives a total order for sorting only (by first day, coarser first); use
 * {@link #isBefore}, {@link #isAfter} and {@link #overlaps} for reasoning about time. Immutable, thread-safe.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::firstDay)
            .thenComparing(PartialDate::precision)
            .thenComparing(PartialDate::lastDay);

    /** {@code month} and {@code day} are 0 where unknown. */
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
                throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws IllegalArgumentException otherwise. */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + text);
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (m.group(2) != null && mo == 0) {
            throw new IllegalArgumentException("month out of range: " + text);
        }
        if (m.group(3) != null && d == 0) {
            throw new IllegalArgumentException("day out of range: " + text);
        }
        return new PartialDate(y, mo, d);
    }

    /** Parses like {@link #parse} but returns null for null or blank text. */
    public static PartialDate parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date may mean. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may mean. */
    public LocalDate lastDay() {
        if (day != 0) {
            return LocalDate.of(year, month, day);
        }
        if (month != 0) {
            return YearMonth.of(year, month).atEndOfMonth();
        }
        return LocalDate.of(year, 12, 31);
    }

    /** True only when every day of this date lies before every day of {@code other}. */
    public boolean isBefore(PartialDate other) {
        return lastDay().isBefore(other.firstDay());
    }

    /** True only when every day of this date lies after every day of {@code other}. */
    public boolean isAfter(PartialDate other) {
        return firstDay().isAfter(other.lastDay());
    }

    /** True when the two dates may mean the same day. */
    public boolean overlaps(PartialDate other) {
        return !isBefore(other) && !isAfter(other);
    }

    /** True when every day {@code other} may mean is a day this date may mean (2014 contains 2014-12). */
    public boolean contains(PartialDate other) {
        return !firstDay().isAfter(other.firstDay()) && !lastDay().isBefore(other.lastDay());
    }

    /** True when this date, at the precision of {@code other}, reads the same as {@code other}. */
    public boolean agreesAt(PartialDate other) {
        return other.contains(this) || this.contains(other);
    }

    /** This date cut down to a coarser precision (never refined). */
    public PartialDate truncate(Precision p) {
        return switch (p) {
            case YEAR -> ofYear(year);
            case MONTH -> month == 0 ? this : ofMonth(year, month);
            case DAY -> this;
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
