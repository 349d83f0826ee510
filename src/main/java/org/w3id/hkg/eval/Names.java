package org.w3id.hkg.eval;

import java.text.Normalizer;

/** The name comparison of the evaluation: NFKC, no white space, ASCII case folded. */
public final class Names {
    private Names() {
    }

    /** Normal form of {@code name} for comparison; null stays null. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String nfkc = Normalizer.isNormalized(name, Normalizer.Form.NFKC) ? name
                : Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                out.appendCodePoint(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
            }
        }
        return out.toString();
    }

    /**
     * Normal form of a code (outcome, measure, ticker): {@link #normalize}, and a stock code without its
     * exchange suffix and leading zeros, so {@code 300015}, {@code 300015.SZ} and {@code 0300015} agree,
     * as do {@code 01859.HK} and {@code 1859}: they name the same listing.
     */
    public static String code(String code) {
        String n = normalize(code);
        if (n == null) {
            return null;
        }
        java.util.regex.Matcher m = TICKER.matcher(n);
        return m.matches() ? m.group(1) : n;
    }

    private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile("0*(\\d+)(?:\\.(?:sz|sh|ss|bj|hk))?");

    /** Date part {@code YYYY-MM-DD} of an xsd:date or xsd:dateTime lexical form; other text as is. */
    public static String day(String date) {
        if (date == null) {
            return null;
        }
        String d = date.strip();
        return d.length() >= 10 && d.matches("\\d{4}-\\d{2}-\\d{2}.*") ? d.substring(0, 10) : d;
    }
}
