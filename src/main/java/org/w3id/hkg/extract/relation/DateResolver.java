package org.w3id.hkg.extract.relation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a normalised (simplified, half-width) sentence and resolves them to days.
 *
 * <p>Absolute dates (2022年1月13日, 二〇二二年一月十三日, 2022-01-13, 2022.1.13, 13 January 2022) resolve on their own; month-day
 * dates (12月8日, Dec. 8) take the publication year, or the year before when that would put them well after
 * publication, unless 去年/今年/前年 says which; a bare day (13日) is that day of the publication month; 今天/今日/即日(起) are the
 * publication day, 昨天/昨日 the day before, 上月17日/本月17日 a day of the previous or current month.
 * Impossible days (2月30日) and dates whose year or day the text does not fix are {@code null}: a
 * {@link DateHit} is still returned for them so that callers see that the sentence is dated vaguely.
 * Pure and thread-safe.
 */
public final class DateResolver {
    /**
     * A date expression at [begin, end) of the sentence; {@code date} is null when it does not fix a day.
     * {@code dateline} marks the report date of a news dateline (1月6日电), which dates no event.
     */
    public record DateHit(int begin, int end, LocalDate date, boolean relative, boolean dateline) {
    }

    /** How far after publication a month-day date may fall before it is read as last year's. */
    private static final int FUTURE_DAYS = 31;

    private static final String MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Map<String, Integer> MONTH_NUMBER = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** The first characters a date expression can start with: the lookahead spares the alternatives elsewhere. */
    private static final String DATE_START = "(?=[0-9〇零○Ｏ一二三四五六七八九上本这去前今明即昨JFMASOND])";
    private static final Pattern DATE = Pattern.compile(DATE_START + "(?:"
            + "(?<cn>(?<cy>[〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*(?<cm>[一二三四五六七八九十]{1,2})\\s*月\\s*(?:(?<cd>[一二三四五六七八九十]{1,3})\\s*[日号])?)"
            + "|(?<ymd>(?<y>(?:19|20)\\d{2})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?:(?<d>\\d{1,2})\\s*[日号])?)"
            + "|(?<iso>(?<iy>(?:19|20)\\d{2})(?<sep>[-./])(?<im>\\d{1,2})\\k<sep>(?<id>\\d{1,2}))(?!\\d)"
            + "|(?<en>(?<em>" + MONTHS_EN + ")\\.?\\s+(?<ed>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<ey>(?:19|20)\\d{2}))"
            + "|(?<ene>(?<ed2>\\d{1,2})\\s+(?<em2>" + MONTHS_EN + ")\\.?,?\\s+(?<ey2>(?:19|20)\\d{2}))"
            + "|(?<rel>(?<which>上|本|这)个?月\\s*(?:(?<rd>\\d{1,2})\\s*[日号])?)"
            + "|(?<md>(?<yr>去年|前年|今年|明年)?(?<!\\d)(?<mm>\\d{1,2})\\s*月\\s*(?:(?<md2>\\d{1,2})\\s*[日号])?)"
            + "|(?<enmd>(?<em3>" + MONTHS_EN + ")\\.?\\s+(?<ed3>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]*\\s*\\d{4}))"
            + "|(?<day>(?<![\\d.])(?<dd>\\d{1,2})\\s*日(?!\\d))"
            + "|(?<word>即日|今天|今日|昨天|昨日|前天|前日))");

    private DateResolver() {
    }

    /** Every date expression in {@code norm}, in order, resolved against {@code published} (may be null). */
    public static List<DateHit> find(String norm, LocalDate published) {
        List<DateHit> hits = new ArrayList<>();
        if (!mayHoldDate(norm)) {
            return hits;
        }
        Matcher m = DATE.matcher(norm);
        while (m.find()) {
            hits.add(new DateHit(m.start(), m.end(), resolve(m, published), m.group("ymd") == null && m.group("cn") == null
                    && m.group("iso") == null && m.group("en") == null && m.group("ene") == null,
                    norm.startsWith("电", m.end())));
        }
        return hits;
    }

    /** Whether {@code norm} has what every date expression has: a digit, 年, 月, 日 or 天. */
    private static boolean mayHoldDate(String norm) {
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c >= '0' && c <= '9' || c == '年' || c == '月' || c == '日' || c == '天') {
                return true;
            }
        }
        return false;
    }

    /** The single date {@code expression} denotes, or null (no date, impossible date, day not fixed). */
    public static LocalDate resolve(String expression, LocalDate published) {
        List<DateHit> hits = find(expression, published);
        return hits.isEmpty() ? null : hits.get(0).date();
    }

    /** The resolved date nearest to position {@code at} (see {@link #distance}), datelines aside, or null. */
    public static LocalDate nearest(List<DateHit> hits, int at) {
        return hits.stream().filter(h -> h.date() != null && !h.dateline())
                .min(Comparator.comparingInt(h -> distance(h, at)))
                .map(DateHit::date).orElse(null);
    }

    /** Distance from a date to a position; a date after the position counts double (dates lead in Chinese). */
    static int distance(DateHit h, int at) {
        if (at < h.begin()) {
            return 2 * (h.begin() - at);
        }
        return at >= h.end() ? at - h.end() + 1 : 0;
    }

    private static LocalDate resolve(Matcher m, LocalDate published) {
        if (m.group("cn") != null) {
            return m.group("cd") == null ? null : day(chinese(m.group("cy")), chinese(m.group("cm")), chinese(m.group("cd")));
        }
        if (m.group("ymd") != null) {
            return m.group("d") == null ? null : day(num(m, "y"), num(m, "m"), num(m, "d"));
        }
        if (m.group("iso") != null) {
            return day(num(m, "iy"), num(m, "im"), num(m, "id"));
        }
        if (m.group("en") != null) {
            return day(num(m, "ey"), month(m.group("em")), num(m, "ed"));
        }
        if (m.group("ene") != null) {
            return day(num(m, "ey2"), month(m.group("em2")), num(m, "ed2"));
        }
        if (published == null) {
            return null;
        }
        if (m.group("rel") != null) {
            if (m.group("rd") == null) {
                return null;
            }
            YearMonth ym = YearMonth.from(published);
            if ("上".equals(m.group("which"))) {
                ym = ym.minusMonths(1);
            }
            return day(ym.getYear(), ym.getMonthValue(), num(m, "rd"));
        }
        if (m.group("md") != null) {
            if (m.group("md2") == null) {
                return null;
            }
            String yr = m.group("yr");
            if (yr == null) {
                return monthDay(num(m, "mm"), num(m, "md2"), published);
            }
            int shift = switch (yr) {
                case "去年" -> -1;
                case "前年" -> -2;
                case "明年" -> 1;
                default -> 0;
            };
            return day(published.getYear() + shift, num(m, "mm"), num(m, "md2"));
        }
        if (m.group("enmd") != null) {
            return monthDay(month(m.group("em3")), num(m, "ed3"), published);
        }
        if (m.group("day") != null) {
            return day(published.getYear(), published.getMonthValue(), num(m, "dd"));
        }
        return switch (m.group("word")) {
            case "昨天", "昨日" -> published.minusDays(1);
            case "前天", "前日" -> published.minusDays(2);
            default -> published;
        };
    }

    private static LocalDate monthDay(int month, int dayOfMonth, LocalDate published) {
        LocalDate thisYear = day(published.getYear(), month, dayOfMonth);
        if (thisYear == null) {
            return day(published.getYear() - 1, month, dayOfMonth);
        }
        return thisYear.isAfter(published.plusDays(FUTURE_DAYS)) ? day(published.getYear() - 1, month, dayOfMonth) : thisYear;
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** A number written in Chinese digits: 二〇二三 (digit by digit), 十二, 二十一, 三十. */
    static int chinese(String digits) {
        String d = "〇一二三四五六七八九";
        String s = digits.replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇');
        int ten = s.indexOf('十');
        if (ten < 0) {
            int n = 0;
            for (char c : s.toCharArray()) {
                n = n * 10 + d.indexOf(c);
            }
            return n;
        }
        int tens = ten == 0 ? 1 : d.indexOf(s.charAt(ten - 1));
        int ones = ten == s.length() - 1 ? 0 : d.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }

    private static int month(String name) {
        return MONTH_NUMBER.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }
}
