package org.w3id.hkg.ingest;

import com.hankcs.hanlp.HanLP;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides a document's language tag from its script: Latin letters only (or mostly) → {@code en}; Chinese with
 * a clear share of traditional-only characters (characters HanLP converts to a different simplified one) →
 * {@code zh-Hant}; other Chinese → {@code zh-Hans}.
 */
final class Script {
    /** Share of Han characters that must be traditional-only for {@code zh-Hant}. */
    static final double TRADITIONAL_SHARE = 0.08;
    private static final int SAMPLE = 20_000;
    private static final Map<Integer, Boolean> TRADITIONAL = new ConcurrentHashMap<>();

    private Script() {
    }

    /**
     * The language tag of the text, or the fallback when it has neither Han characters nor Latin letters.
     */
    static String lang(String text, String fallback) {
        int han = 0;
        int latin = 0;
        int traditional = 0;
        int end = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                han++;
                if (isTraditional(cp)) {
                    traditional++;
                }
            } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
                latin++;
            }
        }
        if (han == 0 && latin == 0) {
            return fallback;
        }
        if (han * 3 < latin) {
            return "en";
        }
        return traditional >= han * TRADITIONAL_SHARE ? "zh-Hant" : "zh-Hans";
    }

    private static boolean isTraditional(int cp) {
        return TRADITIONAL.computeIfAbsent(cp, c -> {
            String s = new String(Character.toChars(c));
            return !HanLP.convertToSimplifiedChinese(s).equals(s);
        });
    }
}
