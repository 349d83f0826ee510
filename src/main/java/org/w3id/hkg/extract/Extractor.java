package org.w3id.hkg.extract;

import org.w3id.hkg.ingest.SourceDocument;

/**
 * Reads entities and facts from one document. Implementations are thread-safe: a build calls
 * {@link #extract} from several threads at once.
 */
public interface Extractor {
    Extraction extract(SourceDocument document);
}
