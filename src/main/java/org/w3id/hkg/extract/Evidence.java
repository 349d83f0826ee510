package org.w3id.hkg.extract;

/**
 * Where a fact was read: the sentence and its UTF-16 offsets [begin, end) in
 * {@link org.w3id.hkg.ingest.SourceDocument#text()}; {@code text.substring(begin, end).equals(sentence)}.
 */
public record Evidence(int begin, int end, String sentence) {
    public Evidence {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }
}
