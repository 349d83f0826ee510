package org.w3id.hkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw lines of a document into its body text, one paragraph per line. Lines that carry metadata
 * (date, byline, source, masthead, a bare address) feed {@link MetaHints} and leave the body; site chrome is
 * dropped by {@link Boilerplate}; the rest is kept, with white space collapsed.
 */
final class ArticleLines {
    /** Date and byline lines are only looked for in the first lines of a page. */
    private static final int HEAD = 12;
    private static final int MAX_TITLE = 60;
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^(?i:date|published|posted on|posted|updated)(?:\\s?:\\s?|\\s)(\\d{4}-\\d{1,2}-\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*");
    private static final Pattern LEADING_DATE = Pattern.compile(
            "^\\d{4}\\s?(?:[-/.]|年)\\s?\\d{1,2}\\s?(?:[-/.]|月)\\s?\\d{1,2}日?(?:\\s?\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s?");
    /** What may follow the date of a date line: a separator, then the outlet (2024-03-12 | 东岚日报, March 12, 2024 — Qinghe Daily). */
    private static final Pattern AFTER_DATE = Pattern.compile("^\\s*(?:(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[|｜·—–/]\\s*"
            + "([^|｜。！？!?;；:：,，]{2,40}?))?\\s*$");
    /** Fields after a date, each after a bar (| Source: X | City), the whole line short. */
    private static final Pattern FIELDS = Pattern.compile("^\\s*[|｜]\\s*([^|｜]{1,60}(?:[|｜][^|｜]{1,60}){0,3})$");
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[|｜]\\s*");
    private static final Pattern SOURCE_LABEL = Pattern.compile("^\\s*(?i:source|来源|來源)\\s*[:：]\\s*");
    /** An outlet after a date and a space only: one word, no punctuation (2025-02-18 东岚新闻社). */
    private static final Pattern SPACED_OUTLET = Pattern.compile("^([^|｜。！？!?;；:：,，\\s\\d]{2,20})$");
    private static final Pattern ENGLISH_BYLINE = Pattern.compile("^(?i:by)\\s([A-Z][\\w.'-]{0,30}(?:\\s[A-Z][\\w.'-]{0,30}){0,3})$");
    private static final Pattern BYLINE = Pattern.compile(
            "^\\p{IsHan}{0,6}?(?:编辑|編輯|记者|記者|作者|撰稿)(?:\\s?[:：]\\s?|\\s)([\\p{IsHan}·]{2,4})$");
    private static final Pattern REPORTER = Pattern.compile("[(（]\\s?(?:记者|記者)\\s?[:：]?\\s?([\\p{IsHan}·]{2,4})");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^[(（【\\[]?\\s?(?:文章|新闻|新聞|稿件|信息|消息)?(?:来源|來源|出处|出處)\\s?[:：]\\s?([^()（）\\[\\]【】\\s:：|｜]{2,30}?)\\s?[)）】\\]]?$");
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{IsHan}A-Za-z]{2,14})(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:电|電|讯|訊)");
    private static final Pattern SIGNATURE = Pattern.compile("[。！？!?”」』.][(（]([\\p{IsHan}·]{2,4})[)）]$");
    private static final Pattern NOT_A_NAME = Pattern.compile("记者|記者|报道|報道|摄|攝|图|圖|供|来源|來源|编辑|編輯|本报|本報");
    private static final Pattern URL_YEAR = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(?:(?![0-9])|(?=[01]\\d[0-3]\\d))");
    private static final String SENTENCE_END = "。！？；;.!?,，：:";

    private final Boilerplate boilerplate;
    private final Outlets outlets;

    ArticleLines(Boilerplate boilerplate, Outlets outlets) {
        this.boilerplate = boilerplate;
        this.outlets = outlets;
    }

    /**
     * The body text of the raw lines.
     *
     * @param raw      lines as found (HTML already reduced to one block per line)
     * @param markdown true to reduce Markdown syntax in each line
     * @param hints    receives the metadata found in the lines
     */
    String read(List<String> raw, boolean markdown, MetaHints hints) {
        List<String> lines = readable(raw, markdown, hints);
        Found found = new Found();
        List<String> body = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String kept = takeMeta(lines.get(i), i, hints, found);
            if (kept != null && !kept.isEmpty()) {
                body.add(kept);
            }
        }
        body = boilerplate.strip(body);
        scanBody(body, hints, found);
        found.applyTo(hints);
        if (!hints.hasTitle() && !body.isEmpty() && looksLikeTitle(body.get(0))) {
            hints.title(body.get(0));
        }
        return String.join("\n", body);
    }

    private static List<String> readable(List<String> raw, boolean markdown, MetaHints hints) {
        List<String> lines = new ArrayList<>(raw.size());
        for (String r : TableRows.pipeTables(raw)) { // pipe tables are read in plain text as well
            String s = Whitespace.collapse(r);
            String url = MarkdownLine.bareUrl(s);
            if (url != null) {
                hints.url(url);
                continue;
            }
            if (markdown && !s.isEmpty()) {
                if (MarkdownLine.linkOnly(s)) {
                    continue;
                }
                s = Whitespace.collapse(MarkdownLine.reduce(s));
            }
            s = RubyResidue.strip(s);
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        return lines;
    }

    /** Takes the metadata a line carries; returns what stays in the body (null to drop the line). */
    private String takeMeta(String line, int index, MetaHints hints, Found found) {
        boolean head = index < HEAD;
        if (index == 0) {
            String masthead = outlets.masthead(line);
            if (masthead != null) {
                found.masthead = masthead;
                return null;
            }
        }
        Matcher source = SOURCE_LINE.matcher(line);
        if (source.matches()) {
            found.source(source.group(1).strip(), outlets);
            return null;
        }
        MetaLine meta = MetaLine.parse(line);
        if (meta != null && (head || meta.author() != null || meta.source() != null)) {
            if (meta.author() != null) {
                hints.author(meta.author());
            }
            if (meta.source() != null) {
                found.source(meta.source(), outlets);
            }
            if (meta.date() != null) {
                hints.date(DateText.find(meta.date()));
            }
            return null;
        }
        if (!head) {
            return line;
        }
        Matcher byline = BYLINE.matcher(line);
        if (byline.matches()) {
            hints.author(byline.group(1));
            return null;
        }
        Matcher prefix = DATE_PREFIX.matcher(line);
        if (prefix.find()) {
            hints.date(DateText.find(prefix.group(1)));
            return line.substring(prefix.end());
        }
        Matcher leadingDate = LEADING_DATE.matcher(line);
        if (leadingDate.find()) {
            String rest = line.substring(leadingDate.end());
            MetaLine restMeta = rest.isEmpty() ? null : MetaLine.parse(rest);
            if (restMeta != null) {
                hints.date(DateText.find(line));
                return takeMeta(rest, index, hints, found);
            }
            boolean spaced = Character.isWhitespace(line.charAt(leadingDate.end() - 1));
            if (dateLine(rest, spaced, index, hints, found)) {
                hints.date(DateText.find(line));
                return null;
            }
        }
        Matcher englishDate = DateText.ENGLISH.matcher(line);
        if (englishDate.lookingAt() && dateLine(line.substring(englishDate.end()), false, index, hints, found)) {
            hints.date(DateText.english(englishDate));
            return null;
        }
        Matcher english = ENGLISH_BYLINE.matcher(line);
        if (english.matches()) {
            hints.author(english.group(1));
            return null;
        }
        return line;
    }

    /**
     * Whether what follows a date at the start of line {@code index} makes it a date line (in the first four
     * lines, before any other date): nothing, a separator and an outlet, barred fields, or (when the date is
     * followed by a space, {@code spaced}) an outlet's name alone. The outlet is taken as the source.
     */
    private boolean dateLine(String rest, boolean spaced, int index, MetaHints hints, Found found) {
        if (index >= 4 || hints.hasDate()) {
            return false;
        }
        Matcher outlet = SPACED_OUTLET.matcher(rest.strip());
        if (spaced && outlet.matches()) {
            found.source(outlet.group(1), outlets);
            return true;
        }
        Matcher after = AFTER_DATE.matcher(rest);
        if (after.matches()) {
            if (after.group(1) != null) {
                found.source(after.group(1).strip(), outlets);
            }
            return true;
        }
        Matcher fields = FIELDS.matcher(rest);
        if (!fields.matches()) {
            return false;
        }
        // 2024-10-16 | Source: X press release | SINGAPORE: the labelled source, else the first field
        String source = null;
        for (String field : FIELD_SEPARATOR.split(fields.group(1).strip())) {
            Matcher label = SOURCE_LABEL.matcher(field);
            if (label.find()) {
                source = field.substring(label.end()).strip();
                break;
            }
            source = source == null ? field.strip() : source;
        }
        if (source != null && !source.isEmpty()) {
            found.source(source, outlets);
        }
        return true;
    }

    /**
     * Reporter, dateline and end signature: they name the author and outlet but stay in the text. A dateline
     * ("X社北京1月6日电") counts only when its opening words have an outlet's shape.
     */
    private void scanBody(List<String> body, MetaHints hints, Found found) {
        for (int i = 0; i < Math.min(body.size(), HEAD); i++) {
            Matcher reporter = REPORTER.matcher(body.get(i));
            if (reporter.find()) {
                hints.author(reporter.group(1));
                break;
            }
        }
        for (int i = 0; i < Math.min(body.size(), 3); i++) {
            Matcher dateline = DATELINE.matcher(body.get(i));
            if (dateline.find()) {
                takeDateline(dateline, hints, found);
                break;
            }
        }
        for (int i = body.size() - 1; i >= 0; i--) {
            String line = body.get(i);
            Matcher signature = SIGNATURE.matcher(line);
            if ((line.indexOf(')') >= 0 || line.indexOf('）') >= 0) && signature.find() && !NOT_A_NAME.matcher(signature.group(1)).find()) {
                found.signature = signature.group(1);
                break;
            }
        }
    }

    private void takeDateline(Matcher dateline, MetaHints hints, Found found) {
        String outlet = outlets.outletPrefix(dateline.group(1));
        if (outlet == null || !outlets.namesOutlet(outlet)) {
            return;
        }
        found.dateline = outlet;
        if (hints.hasDate()) {
            return;
        }
        Integer year = dateline.group(2) != null ? Integer.valueOf(dateline.group(2)) : yearOf(hints.url());
        if (year != null) {
            int month = Integer.parseInt(dateline.group(3));
            int day = Integer.parseInt(dateline.group(4));
            hints.date(DateText.of(year, month, day, year + "年" + month + "月" + day + "日"));
        }
    }

    private static Integer yearOf(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_YEAR.matcher(url);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static boolean looksLikeTitle(String line) {
        return line.length() >= 4 && line.length() <= MAX_TITLE
                && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** Outlet and author candidates from the body, applied in order of reliability once the body is read. */
    private static final class Found {
        String source;
        String masthead;
        String dateline;
        String signature;

        void source(String value, Outlets outlets) {
            if (source == null && outlets.namesOutlet(value)) {
                source = value;
            }
        }

        void applyTo(MetaHints hints) {
            hints.publisher(source);
            hints.publisher(masthead);
            hints.publisher(dateline);
            hints.author(signature);
        }
    }
}
