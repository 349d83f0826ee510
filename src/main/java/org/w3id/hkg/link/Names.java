package org.w3id.hkg.link;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation of names for matching: NFKC, whitespace collapsed, lower case. */
public final class Names {
    private Names() {
    }

    /** The matching key of a name: NFKC, trimmed, runs of white space as one space, lower case. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\u3000]+", " ").trim();
        return s.toLowerCase(Locale.ROOT);
    }

    /** The name in NFKC with white space collapsed but case kept (the form sent to endpoints). */
    public static String clean(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", " ").trim();
    }

    /** The name in NFKC without any white space (for prefix matching of Chinese names). */
    public static String compact(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    }
}
