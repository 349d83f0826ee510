package org.w3id.hkg.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Recognises news-outlet names by their shape (a name ending in 日报, 网, 社, 财经 ...), from the rules in
 * {@code /data/ingest/outlets.txt}. No outlet is known by name.
 */
final class Outlets {
    private static final int MAX_MASTHEAD = 16;
    private final List<String> suffixes;
    private final List<String> trailers;
    private final List<String> notSources;
    private final List<String> bare;

    Outlets(Map<String, List<String>> rules) {
        this.suffixes = rules.getOrDefault("suffix", List.of()).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.trailers = rules.getOrDefault("trailer", List.of());
        this.notSources = rules.getOrDefault("notsource", List.of());
        this.bare = rules.getOrDefault("bare", List.of());
    }

    static Outlets load() {
        return new Outlets(RuleFile.load("/data/ingest/outlets.txt"));
    }

    /** The longest prefix of the text that ends with an outlet suffix and has a name before it, or null. */
    String outletPrefix(String text) {
        for (int end = text.length(); end >= 2; end--) {
            for (String s : suffixes) {
                if (end > s.length() && text.startsWith(s, end - s.length())) {
                    return text.substring(0, end);
                }
            }
        }
        return null;
    }

    /**
     * The outlet a masthead line names ("X日报新媒体" → "X日报"), or null if the line is not a masthead: a short
     * line of letters only that is an outlet name followed by a trailer word, or an outlet name alone whose
     * suffix is a "bare" one (日报, 晚报 ...: words that do not end headlines).
     */
    String masthead(String line) {
        if (line.length() > MAX_MASTHEAD || !line.codePoints().allMatch(Character::isLetterOrDigit)) {
            return null;
        }
        String outlet = outletPrefix(line);
        if (outlet == null) {
            return null;
        }
        String rest = line.substring(outlet.length());
        if (rest.isEmpty()) {
            return bare.contains(suffixOf(outlet)) ? outlet : null;
        }
        return trailers.contains(rest) ? outlet : null;
    }

    /** A tag such as "X日报新闻" or "X网新闻" (news of an outlet): the outlet if it has an outlet's shape, else null. */
    String fromTag(String tag) {
        String t = tag.strip();
        if (t.length() > MAX_MASTHEAD || !t.codePoints().allMatch(Character::isLetterOrDigit)
                || t.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return null;
        }
        for (String s : List.of("新闻", "新聞")) {
            if (t.endsWith(s)) {
                String outlet = t.substring(0, t.length() - s.length());
                return outlet.equals(outletPrefix(outlet)) ? outlet : null;
            }
        }
        return null;
    }

    /** True if a "来源" value names an outlet (not "网络", "本站" ...). */
    boolean namesOutlet(String source) {
        return source.length() >= 2 && !notSources.contains(source);
    }

    private String suffixOf(String outlet) {
        for (String s : suffixes) {
            if (outlet.endsWith(s)) {
                return s;
            }
        }
        return "";
    }
}
