package org.w3id.hkg.extract.entity;

import java.util.Collection;

/** Pure functions over word lists. */
final class Words {
    private Words() {
    }

    /** Whether {@code text} is a concatenation of {@code words} (empty text included), matched longest first. */
    static boolean composedOf(String text, Collection<String> words) {
        String rest = text;
        while (!rest.isEmpty()) {
            String longest = null;
            for (String w : words) {
                if (!w.isEmpty() && rest.startsWith(w) && (longest == null || w.length() > longest.length())) {
                    longest = w;
                }
            }
            if (longest == null) {
                return false;
            }
            rest = rest.substring(longest.length());
        }
        return true;
    }
}
