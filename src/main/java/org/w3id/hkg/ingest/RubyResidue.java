package org.w3id.hkg.ingest;

import java.util.regex.Pattern;

/**
 * Removes pinyin readings left in parentheses after Chinese characters by some page converters
 * ("醫(yī)院" → "醫院"): a parenthesised lower-case syllable carrying a tone mark, right after a Han character.
 */
final class RubyResidue {
    private static final Pattern READING = Pattern.compile(
            "(?<=\\p{IsHan})\\([a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6}\\)");

    private RubyResidue() {
    }

    static String strip(String line) {
        return line.indexOf('(') < 0 ? line : READING.matcher(line).replaceAll("");
    }
}
