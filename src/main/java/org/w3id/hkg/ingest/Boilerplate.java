package org.w3id.hkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises lines of site chrome (share bars, licences, hotlines, page footers) from the rules in
 * {@code /data/ingest/boilerplate.txt}. A rule only applies to lines up to a length that depends on its kind,
 * so an article sentence that happens to use the same words is kept.
 */
final class Boilerplate {
    static final int ARTICLE_PARAGRAPH = 100;
    private static final int LINE_MAX = 150;
    private static final int SHORT_MAX = 30;
    private static final int FOOTER_MAX = 60;
    private static final int FOOTER_LINE_SLACK = 4;
    private final List<String> lineMarks;
    private final List<String> shortMarks;
    private final List<String> footerMarks;
    private final List<String> footerLines;

    Boilerplate(Map<String, List<String>> rules) {
        this.lineMarks = lower(rules.get("line"));
        this.shortMarks = lower(rules.get("short"));
        this.footerMarks = lower(rules.get("footer"));
        this.footerLines = lower(rules.get("footer-line"));
    }

    static Boilerplate load() {
        return new Boilerplate(RuleFile.load("/data/ingest/boilerplate.txt"));
    }

    boolean isChrome(String line) {
        return contains(line, LINE_MAX, lineMarks) || contains(line, SHORT_MAX, shortMarks);
    }

    boolean startsFooter(String line) {
        if (contains(line, FOOTER_MAX, footerMarks)) {
            return true;
        }
        for (String m : footerLines) {
            if (line.length() <= m.length() + FOOTER_LINE_SLACK && line.toLowerCase(Locale.ROOT).contains(m)) {
                return true;
            }
        }
        return false;
    }

    /** Drops chrome lines, and the footer with everything after it when no article paragraph follows. */
    List<String> strip(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (startsFooter(line)) {
                if (!articleFollows(lines, i + 1)) {
                    break;
                }
            } else if (!isChrome(line)) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static boolean articleFollows(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).length() > ARTICLE_PARAGRAPH) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String line, int maxLength, List<String> marks) {
        if (line.length() > maxLength) {
            return false;
        }
        String l = line.toLowerCase(Locale.ROOT);
        for (String m : marks) {
            if (l.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lower(List<String> marks) {
        return marks == null ? List.of() : marks.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }
}
