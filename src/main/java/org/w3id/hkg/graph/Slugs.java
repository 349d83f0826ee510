package org.w3id.hkg.graph;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.w3id.hkg.util.Memo;

/** Readable, deterministic IRI path segments: pinyin of Chinese, lower-case words of Latin script. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * A slug for a name: pinyin syllables and ASCII words joined by '-', then '-' and four hex digits of
     * the name's SHA-1 so that homophones (张伟, 章伟) stay apart. {@code 兰州华康医院 → lan-zhou-hua-kang-yi-yuan-xxxx}.
     */
    public static String of(String name) {
        return SLUGS.apply(name);
    }

    /**
     * Names recur across documents, and pinyin conversion is the costly part: the slugs and labels of
     * the most used names are remembered (a document's id is slugged once for its graph and once for
     * its IRI, then forgotten).
     */
    private static final int CACHE_LIMIT = 16_384;
    private static final Memo<String, String> SLUGS = new Memo<>(n -> words(n) + "-" + hash(n).substring(0, 4), CACHE_LIMIT);
    private static final Memo<String, String> PINYIN = new Memo<>(Slugs::toneMarks, CACHE_LIMIT);

    /** Pinyin/ASCII words of {@code text} joined by '-', without the hash; "x" when nothing is left. */
    public static String words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        StringBuilder ascii = new StringBuilder();
        List<Pinyin> pinyin = HanLP.convertToPinyinList(s);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                ascii.append(Character.toLowerCase(c));
                continue;
            }
            flush(out, ascii);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && i < pinyin.size()) {
                Pinyin p = pinyin.get(i);
                if (p != Pinyin.none5) {
                    append(out, p.getPinyinWithoutTone().replace("v", "u"));
                }
            }
        }
        flush(out, ascii);
        return out.length() == 0 ? "x" : out.toString();
    }

    /** Hanyu pinyin with tone marks, syllables separated by spaces (for an {@code hkg:pinyin} label). */
    public static String pinyinLabel(String text) {
        return PINYIN.apply(text);
    }

    private static String toneMarks(String text) {
        StringBuilder out = new StringBuilder();
        List<Pinyin> pinyin = HanLP.convertToPinyinList(text);
        for (int i = 0; i < text.length() && i < pinyin.size(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || pinyin.get(i) == Pinyin.none5) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(pinyin.get(i).getPinyinWithToneMark());
        }
        return out.toString();
    }

    /** True when {@code text} has at least one Han character. */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Hex SHA-1 of the UTF-8 bytes. */
    public static String hash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void flush(StringBuilder out, StringBuilder ascii) {
        if (ascii.length() > 0) {
            append(out, ascii.toString().toLowerCase(Locale.ROOT));
            ascii.setLength(0);
        }
    }

    private static void append(StringBuilder out, String word) {
        if (out.length() > 0) {
            out.append('-');
        }
        out.append(word);
    }
}
