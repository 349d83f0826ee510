package org.w3id.hkg.extract;

import java.util.List;

/**
 * Reads facts (ownership, membership, incidents, sanctions, listings, roles) from a document whose
 * mentions are known. Thread-safe.
 */
public interface RelationExtractor {
    List<Fact> extract(DocumentContext document, List<Mention> mentions);
}
