package org.w3id.hkg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date written as {@code 2022-01-13}, {@code 2022/1/13}, {@code 2022.01.13},
 * {@code 2022年1月13日} or an ISO timestamp, taking the date as written (no time-zone shift).
 */
final class DateText {
    /** A full date at the start of a value: year, month, day. */
    static final Pattern YMD = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?!\\d)(?:日|号|號)?");

    /** A date written in English at the start of a value: {@code March 12, 2024}, {@code 12 March 2024}, {@code Mar. 12, 2024}. */
    static final Pattern ENGLISH = Pattern.compile("(?i)(?:(?<m1>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
            + "\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})|(?<d2>\\d{1,2})\\s+(?<m2>jan|feb|mar|apr|may|jun|jul|aug|sep|sept"
            + "|oct|nov|dec)[a-z]*\\.?,?\\s+(?<y2>\\d{4}))(?![0-9])");
    private static final java.util.List<String> MONTHS = java.util.List.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
            "aug", "sep", "oct", "nov", "dec");

    private DateText() {
    }

    /**
     * The date found in a value.
     *
     * @param date    the date, or null
     * @param problem why a date-like value is not a date (impossible day), or null
     */
    record Result(LocalDate date, String problem) {
        static final Result NONE = new Result(null, null);

        boolean found() {
            return date != null || problem != null;
        }
    }

    /** The first year-month-day date in the value. */
    static Result find(String value) {
        if (value == null) {
            return Result.NONE;
        }
        Matcher m = YMD.matcher(value);
        if (!m.find()) {
            return Result.NONE;
        }
        return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group());
    }

    /** The date of an English date the matcher found ({@link #ENGLISH}). */
    static Result english(Matcher m) {
        boolean monthFirst = m.group("m1") != null;
        String month = (monthFirst ? m.group("m1") : m.group("m2")).toLowerCase(java.util.Locale.ROOT).substring(0, 3);
        return of(Integer.parseInt(monthFirst ? m.group("y1") : m.group("y2")), MONTHS.indexOf(month) + 1,
                Integer.parseInt(monthFirst ? m.group("d1") : m.group("d2")), m.group());
    }

    /** A date from its parts, or the reason it is impossible. */
    static Result of(int year, int month, int day, String written) {
        try {
            return new Result(LocalDate.of(year, month, day), null);
        } catch (DateTimeException e) {
            return new Result(null, "impossible date '" + written.strip() + "': publication date left empty");
        }
    }
}
