package org.w3id.hkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Recognises lines of site chrome (share bars, licences, footers) from the rules in {@code /data/ingest/boilerplate.txt}. */
final class Boilerplate {
    static final int MAX_CHROME_LINE = 150;
    static final int ARTICLE_PARAGRAPH = 100;
    private final List<String> lineMarks;
    private final List<String> footerMarks;

    Boilerplate(List<String> lineMarks, List<String> footerMarks) {
        this.lineMarks = lower(lineMarks);
        this.footerMarks = lower(footerMarks);
    }

    static Boilerplate load() {
        Map<String, List<String>> rules = RuleFile.load("/data/ingest/boilerplate.txt");
        return new Boilerplate(rules.getOrDefault("line", List.of()), rules.getOrDefault("footer", List.of()));
    }

    boolean isChrome(String line) {
        return line.length() <= MAX_CHROME_LINE && containsAny(line, lineMarks);
    }

    boolean startsFooter(String line) {
        return line.length() <= MAX_CHROME_LINE && containsAny(line, footerMarks);
    }

    /** Drops chrome lines, and the footer with everything after it when no article paragraph follows. */
    List<String> strip(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        int footer = -1;
        for (int i = 0; i < lines.size() && footer < 0; i++) {
            String line = lines.get(i);
            if (startsFooter(line) && !articleFollows(lines, i + 1)) {
                footer = i;
            } else if (!isChrome(line) && !startsFooter(line)) {
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

    private static boolean containsAny(String line, List<String> marks) {
        String l = line.toLowerCase(Locale.ROOT);
        for (String m : marks) {
            if (l.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lower(List<String> marks) {
        return marks.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }
}
