package org.w3id.hkg.extract;

import java.time.LocalDate;
import java.util.List;
import org.w3id.hkg.ingest.SourceDocument;

/**
 * A document prepared for extraction: split into sentences, with the date relative dates resolve against.
 *
 * @param document  the source document
 * @param sentences its sentences, in order
 * @param published publication date, or null when unknown
 * @param lang      "zh-Hans", "zh-Hant" or "en"
 */
public record DocumentContext(SourceDocument document, List<Sentence> sentences, LocalDate published, String lang) {
    public DocumentContext {
        sentences = List.copyOf(sentences);
    }
}
