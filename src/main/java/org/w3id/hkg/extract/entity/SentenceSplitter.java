package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hkg.extract.Sentence;

/**
 * Splits a text into sentences at 。！？!?；; and line breaks (and at ". " before a capital letter, but not after
 * a title such as Dr. or Mr.),
 * keeping exact offsets; closing quotes and brackets after a terminator stay with the sentence.
 * Leading and trailing white space is left out of each sentence. Pure function.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, each with its normalised form. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n' || c == '\r') {
                end = i;
            } else if ("。！？!?；;".indexOf(c) >= 0 || isEnglishStop(text, i)) {
                end = i + 1;
                while (end < n && "”’\"'）)」』".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                i = end - 1;
            }
            if (end >= 0) {
                add(text, start, end, out);
                start = end;
            }
        }
        add(text, start, n, out);
        return out;
    }

    /** Abbreviations a name follows: their dot ends no sentence (said Dr. Gu Yanping). */
    private static final java.util.Set<String> TITLES = java.util.Set.of("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Gen", "Sen", "Rep", "Gov");

    private static boolean isEnglishStop(String text, int i) {
        return text.charAt(i) == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == '"')
                && i > 0 && Character.isLowerCase(text.charAt(i - 1)) && !title(text, i);
    }

    private static boolean title(String text, int dot) {
        int b = dot;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return TITLES.contains(text.substring(b, dot));
    }

    private static void add(String text, int begin, int end, List<Sentence> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            String s = text.substring(begin, end);
            out.add(new Sentence(begin, end, s, TextNormalizer.normalize(s)));
        }
    }
}
