package org.w3id.hkg.ingest;

import org.jsoup.parser.Parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces one line of Markdown to its readable text: links to their text, images to their alt text, marks removed. */
final class MarkdownLine {
    private static final String TITLE = "(?:\\s{1,10}\"[^\"\\n]{0,300}\")?";
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,500})\\]\\(([^)\\s]{0,2000})" + TITLE + "\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\(([^)\\s]{0,2000})" + TITLE + "\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^>\\s]{1,2000})>");
    private static final Pattern URL_LINE = Pattern.compile("<?((?:https?|ftp)://[^\\s<>]{1,2000})>?");
    private static final Pattern LINE_MARKS = Pattern.compile("^(?:#{1,6}\\s+|>\\s?|[-*+]\\s+(?=\\S))");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s#+\\s*$");
    private static final Pattern RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|｜/·•,，、>»\\-]+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|~~|`");

    private MarkdownLine() {
    }

    /** The address if the line is nothing but a URL (bare or in angle brackets), else null. */
    static String bareUrl(String line) {
        Matcher m = URL_LINE.matcher(line);
        return m.matches() ? m.group(1) : null;
    }

    /** True if the line holds one or more links (or images) and nothing else but separators. */
    static boolean linkOnly(String line) {
        if (!line.contains("](") && line.indexOf('<') < 0) {
            return false; // no link, image or autolink
        }
        String rest = AUTOLINK.matcher(LINK.matcher(IMAGE.matcher(line).replaceAll("")).replaceAll("")).replaceAll("");
        return rest.length() < line.length() && SEPARATORS.matcher(rest).replaceAll("").isEmpty();
    }

    /** The readable text of the line: Markdown syntax removed, HTML entities decoded. */
    static String reduce(String line) {
        if (RULE.matcher(line).matches()) {
            return "";
        }
        String s = line;
        if (s.contains("](")) {
            s = IMAGE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (s.indexOf('<') >= 0) {
            s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (s.startsWith("#")) {
            s = CLOSING_HASHES.matcher(s).replaceFirst("");
        }
        s = LINE_MARKS.matcher(s).replaceFirst("");
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0 || s.indexOf('~') >= 0 || s.indexOf('`') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        return s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    }
}
