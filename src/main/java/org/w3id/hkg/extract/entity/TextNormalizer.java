package org.w3id.hkg.extract.entity;

import com.hankcs.hanlp.HanLP;

/**
 * Normalises text for matching without changing its length: traditional → simplified Chinese
 * (HanLP, plus the variant 衞 → 卫 it leaves), full-width → half-width ASCII, ideographic space → space.
 * Pure function.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** The normalised text, exactly as long as {@code text}. */
    public static String normalize(String text) {
        String simplified = HanLP.convertToSimplifiedChinese(text);
        if (simplified.length() != text.length()) {
            simplified = perCharacter(text);
        }
        return halfWidth(simplified).replace('衞', '卫');
    }

    private static String perCharacter(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || c < 0x2E80) {
                out.append(c);
                continue;
            }
            String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
            out.append(s.length() == 1 ? s.charAt(0) : c);
        }
        return out.toString();
    }

    /** Full-width ASCII forms → ASCII, ideographic space → space; same length. */
    public static String halfWidth(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
