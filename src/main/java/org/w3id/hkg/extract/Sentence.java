package org.w3id.hkg.extract;

/**
 * A sentence of a document.
 *
 * @param begin UTF-16 offset of the sentence in {@link org.w3id.hkg.ingest.SourceDocument#text()}
 * @param end   end offset (exclusive)
 * @param text  the sentence as written: {@code document.text().substring(begin, end)}
 * @param norm  the sentence normalised for matching (traditional → simplified, full-width → half-width),
 *              exactly as long as {@code text}, so an index into {@code norm} is an index into {@code text}
 */
public record Sentence(int begin, int end, String text, String norm) {
    public Sentence {
        if (norm.length() != text.length()) {
            throw new IllegalArgumentException("normalised sentence must keep the length of the original");
        }
    }

    public Evidence evidence() {
        return new Evidence(begin, end, text);
    }
}
