package org.w3id.hkg.extract;

import java.util.List;

/**
 * Finds entity mentions in a document (named-entity recognition plus in-document coreference) and
 * the entities they denote. Thread-safe.
 */
public interface MentionFinder {
    /** Sentence splitting and normalisation, done once per document. */
    DocumentContext prepare(org.w3id.hkg.ingest.SourceDocument document);

    /** Mentions in document order; every entity referred to by a mention is in {@link #entities}. */
    List<Mention> find(DocumentContext document);

    /** The distinct entities behind the mentions, with aliases, English name and first evidence. */
    List<Entity> entities(DocumentContext document, List<Mention> mentions);
}
