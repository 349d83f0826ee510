package org.w3id.hkg.extract.entity;

/**
 * A word of a segmented text.
 *
 * @param word   the word
 * @param nature HanLP part of speech (n, ns, nr, v, w ...)
 * @param start  offset in the segmented text
 * @param end    end offset (exclusive)
 */
public record Token(String word, String nature, int start, int end) {
    /** Whether the part of speech starts with {@code prefix}. */
    public boolean is(String prefix) {
        return nature.startsWith(prefix);
    }

    /** Whether the part of speech starts with one of {@code prefixes}. */
    public boolean isAny(String... prefixes) {
        for (String p : prefixes) {
            if (nature.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
