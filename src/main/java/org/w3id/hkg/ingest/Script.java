package org.w3id.hkg.ingest;

import com.hankcs.hanlp.HanLP;


/**
 * Decides a document's language tag from its script: Latin letters only (or mostly) → {@code en}; Chinese with
 * a clear share of traditional-only characters (characters HanLP converts to a different simplified one) →
 * {@code zh-Hant}; other Chinese → {@code zh-Hans}.
 */
final class Script {
    /** Share of Han characters that must be traditional-only for {@code zh-Hant}. */
    static final double TRADITIONAL_SHARE = 0.08;
    private static final int SAMPLE = 20_000;
    private static final byte UNKNOWN = 0;
    private static final byte SAME = 1;
    private static final byte TRADITIONAL_ONLY = 2;
    /** Per BMP code point: not yet asked, converts to itself, converts to another character. Races only repeat work. */
    private static final byte[] STATE = new byte[0x10000];

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
            if (isHan(cp)) {
                han++;
                if (isTraditional(cp)) {
                    traditional++;
                }
            } else if (cp < 0x250 && Character.isLetter(cp)) {
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

    /** CJK unified ideographs (basic block, extension A, compatibility, supplementary planes 2 and 3). */
    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    private static boolean isTraditional(int cp) {
        if (cp >= STATE.length) {
            return false;
        }
        byte state = STATE[cp];
        if (state == UNKNOWN) {
            String s = String.valueOf((char) cp);
            state = HanLP.convertToSimplifiedChinese(s).equals(s) ? SAME : TRADITIONAL_ONLY;
            STATE[cp] = state;
        }
        return state == TRADITIONAL_ONLY;
    }
}
