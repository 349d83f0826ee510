package org.w3id.hkg.extract;

import java.util.Set;

/**
 * An entity named in a document.
 *
 * @param ref        canonical name and type; the graph mints its IRI from these
 * @param aliases    other names seen for it (short forms, traditional forms, stock short names),
 *                   not including the canonical name
 * @param english    English name where known, else null
 * @param evidence   the first sentence naming it
 * @param confidence 0..1
 */
public record Entity(EntityRef ref, Set<String> aliases, String english, Evidence evidence, double confidence) {
    public Entity {
        aliases = Set.copyOf(aliases);
    }
}
