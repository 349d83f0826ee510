package org.w3id.hkg.extract.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of trigger words, each with a code and an optional attribute, found in text by longest match.
 * A word may contain "…", a gap of a few characters within one clause (免去…职务, 责令…改正), or in an
 * English word of a few words (ordered … to rectify), and "#", a number in digits or Chinese numerals (记#分).
 * Immutable and thread-safe.
 */
public final class WordTable {
    /** One row of the table. */
    public record Entry(String word, String code, String attribute) {
    }

    /** Where an entry was found: [begin, end) of the searched text. */
    public record Hit(int begin, int end, Entry entry) {
        public String code() {
            return entry.code();
        }

        public int length() {
            return end - begin;
        }
    }

    private static final String GAP = "[^,;。:!?，；：！？\\n]{0,24}?";
    /** A number written in digits or Chinese numerals (记8分, 记十二分). */
    private static final String NUMBER = "[0-9零一二三四五六七八九十两百.]{1,6}";
    /** A gap between English words: whole words within one clause (ordered by the city's health commission to). */
    private static final String ENGLISH_GAP = "\\s+(?:[^,;.:!?\\n]{0,80}?\\s+)?";
    private static final Comparator<Hit> LONGEST_FIRST = Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::begin);
    private static final Comparator<Hit> IN_TEXT_ORDER = Comparator.comparingInt(Hit::begin);

    private final List<Entry> entries;
    private final List<Pattern> patterns;
    /** For each entry, the literal text every match contains (lower case for English entries). */
    private final List<String[]> literals;
    /** For each entry, whether it is English (matched in lower case). */
    private final boolean[] english;
    /** For each entry, whether it is a plain word, without gap, found as it is written. */
    private final boolean[] plain;

    public WordTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.patterns = this.entries.stream().map(e -> compile(e.word())).toList();
        this.literals = this.entries.stream().map(e -> literals(e.word())).toList();
        this.english = new boolean[this.entries.size()];
        this.plain = new boolean[this.entries.size()];
        for (int i = 0; i < english.length; i++) {
            String w = this.entries.get(i).word();
            english[i] = english(w);
            plain[i] = !english[i] && !w.isEmpty() && !w.contains("…") && !w.contains("#");
        }
    }

    /** Reads tab-separated rows (word, code, attribute); blank lines and lines starting with # are skipped. */
    public static WordTable parse(InputStream in) {
        List<Entry> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Entry(f[0].trim(), f.length > 1 ? f[1].trim() : "", f.length > 2 ? f[2].trim() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordTable(rows);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Non-overlapping hits in text order; where hits overlap the longest wins (then the earliest). */
    public List<Hit> find(String text) {
        List<Hit> all = new ArrayList<>();
        String lower = null;
        for (int i = 0; i < patterns.size(); i++) {
            Entry e = entries.get(i);
            if (english[i]) {
                lower = lower == null ? asciiLower(text) : lower;
            }
            if (!containsAll(english[i] ? lower : text, literals.get(i))) {
                continue;
            }
            if (plain[i]) {
                String w = e.word();
                for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                    all.add(new Hit(at, at + w.length(), e));
                }
                continue;
            }
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                all.add(new Hit(m.start(), m.end(), e));
            }
        }
        if (all.size() < 2) {
            return all;
        }
        all.sort(LONGEST_FIRST);
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            if (kept.stream().noneMatch(k -> k.begin() < h.end() && h.begin() < k.end())) {
                kept.add(h);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return kept;
    }

    /** The longest entry that ends exactly at {@code end} of {@code text}, or null. */
    public Entry endingAt(String text, int end) {
        Entry best = null;
        for (Entry e : entries) {
            int b = end - e.word().length();
            if (!e.word().contains("…") && b >= 0 && text.startsWith(e.word(), b)
                    && (best == null || e.word().length() > best.word().length())) {
                best = e;
            }
        }
        return best;
    }

    private static boolean english(String word) {
        return word.startsWith("@en ");
    }

    /**
     * The literal parts of a word, each non-empty, that any match contains: the pieces between gaps, or
     * the English phrase with ASCII letters in lower case (as the case-insensitive match folds them).
     */
    private static String[] literals(String word) {
        if (english(word)) {
            return java.util.Arrays.stream(asciiLower(word.substring(4).trim()).split("…", -1)).map(String::trim)
                    .filter(p -> !p.isEmpty()).toArray(String[]::new);
        }
        return java.util.Arrays.stream(word.split("[…#]", -1)).filter(p -> !p.isEmpty()).toArray(String[]::new);
    }

    /** {@code s} with A-Z in lower case, other characters as they are. */
    static String asciiLower(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] = (char) (chars[i] + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static boolean containsAll(String text, String[] parts) {
        for (String p : parts) {
            if (!text.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /** A word "@en phrase" is English: matched as whole words, ignoring case. */
    private static Pattern compile(String word) {
        if (english(word)) {
            StringBuilder re = new StringBuilder("(?i)(?<![A-Za-z])");
            String[] parts = word.substring(4).trim().split("…", -1);
            for (int i = 0; i < parts.length; i++) {
                re.append(i > 0 ? ENGLISH_GAP : "").append(Pattern.quote(parts[i].trim()));
            }
            return Pattern.compile(re.append("(?![A-Za-z])").toString());
        }
        StringBuilder re = new StringBuilder();
        String[] parts = word.split("…", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append(GAP);
            }
            String[] numbered = parts[i].split("#", -1);
            for (int k = 0; k < numbered.length; k++) {
                re.append(k > 0 ? NUMBER : "").append(Pattern.quote(numbered[k]));
            }
        }
        return Pattern.compile(re.toString());
    }
}
