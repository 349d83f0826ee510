package org.w3id.hkg.extract;

import java.util.Collection;
import java.util.List;

/**
 * The corpus stage of extraction: rewrites entity references so that one real-world entity has one
 * canonical name (and so one IRI) across all documents of a build: short names to the full name seen
 * elsewhere, traditional and English names to the simplified Chinese name where an alias is known.
 */
public interface CorpusResolver {
    /**
     * @param batch the extractions of this build
     * @param known entities already in the store (may be empty), so an incremental build resolves
     *              to the names a previous build chose
     * @return the extractions with resolved references, in the same order
     */
    List<Extraction> resolve(List<Extraction> batch, Collection<Entity> known);
}
