package org.w3id.hkg.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page line made of labelled fields, such as {@code 编辑: X | 时间: 2015-01-27 15:39:33 | 来源: Y} or
 * {@code 发布日期:2021年12月10日}, in simplified or traditional script.
 *
 * @param author value of an editor/author/reporter field, or null
 * @param date   value of a date/time field, or null
 * @param source value of a source field, or null
 */
record MetaLine(String author, String date, String source) {
    private static final int MAX_LENGTH = 120;
    private static final String AUTHOR = "责任编辑|責任編輯|责编|責編|编辑|編輯|作者|记者|記者|撰稿|撰文";
    private static final String DATE = "发布日期|發佈日期|發布日期|发布时间|發佈時間|發布時間|发表时间|發表時間|日期|时间|時間";
    private static final String SOURCE = "文章来源|稿件来源|来源|來源|出处|出處";
    private static final Pattern KEY = Pattern.compile(
            "(?:^|[\\s|｜/【\\[(（])((" + AUTHOR + ")|(" + DATE + ")|(" + SOURCE + "))\\s?[:：]");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s|｜]+|[\\s|｜]+$");
    private static final Pattern LEAD = Pattern.compile("[\\s|｜【\\[(（]");
    private static final Pattern VALUE_END = Pattern.compile("[\\s|｜】\\])）]");

    /**
     * The fields of a line that starts with a known label, or null if the line is not such a line.
     */
    static MetaLine parse(String line) {
        if (line.length() > MAX_LENGTH || line.indexOf(':') < 0 && line.indexOf('：') < 0) {
            return null; // every label ends with a colon
        }
        Matcher m = KEY.matcher(line);
        if (!m.find() || LEAD.matcher(line.substring(0, m.start(1))).replaceAll("").length() > 0) {
            return null;
        }
        String author = null;
        String date = null;
        String source = null;
        boolean more = true;
        while (more) {
            int valueStart = m.end();
            boolean isDate = m.group(3) != null;
            boolean isAuthor = m.group(2) != null;
            more = m.find();
            String value = line.substring(valueStart, more ? m.start() : line.length());
            if (isDate) {
                date = date == null ? SEPARATORS.matcher(value).replaceAll("") : date;
            } else if (isAuthor) {
                author = author == null ? firstToken(value) : author;
            } else {
                source = source == null ? firstToken(value) : source;
            }
        }
        return new MetaLine(author, date, source);
    }

    private static String firstToken(String rest) {
        String v = rest.strip();
        Matcher end = VALUE_END.matcher(v);
        String token = end.find() ? v.substring(0, end.start()) : v;
        return token.isEmpty() ? null : token;
    }
}
