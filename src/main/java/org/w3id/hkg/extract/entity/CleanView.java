package org.w3id.hkg.extract.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised sentence with pinyin annotations removed (醫(yī)療 → 医疗, as some pages print the
 * reading of a rare character), and the map from its offsets back to the sentence's offsets.
 *
 * @param text   the cleaned text
 * @param origin for each offset of {@code text} (and one past its end), the offset in the sentence
 */
public record CleanView(String text, int[] origin) {
    private static final Pattern PINYIN = Pattern.compile(
            "(?<=\\p{IsHan})\\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\\)(?=\\p{IsHan}|\\(|$)");

    /** The clean view of a normalised sentence. */
    public static CleanView of(String norm) {
        Matcher m = PINYIN.matcher(norm);
        StringBuilder text = new StringBuilder(norm.length());
        int[] origin = new int[norm.length() + 1];
        int last = 0;
        while (m.find()) {
            copy(norm, last, m.start(), text, origin);
            last = m.end();
        }
        copy(norm, last, norm.length(), text, origin);
        origin[text.length()] = norm.length();
        int[] trimmed = new int[text.length() + 1];
        System.arraycopy(origin, 0, trimmed, 0, text.length() + 1);
        return new CleanView(text.toString(), trimmed);
    }

    private static void copy(String src, int from, int to, StringBuilder text, int[] origin) {
        for (int i = from; i < to; i++) {
            origin[text.length()] = i;
            text.append(src.charAt(i));
        }
    }

    /** Offset in the sentence of the clean offset {@code i} taken as a begin. */
    public int begin(int i) {
        return origin[i];
    }

    /** Offset in the sentence of the clean offset {@code i} taken as an end (exclusive). */
    public int end(int i) {
        return i == 0 ? 0 : origin[i - 1] + 1;
    }
}
