package org.w3id.hkg.pipeline;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;

/**
 * The entities a build has seen so far (from the store and from earlier chunks), one per canonical
 * reference with merged aliases, so later chunks resolve to the names earlier ones chose. Its size
 * grows with the number of distinct entities, not with the number of documents.
 */
final class KnownEntities {
    private final Map<EntityRef, Entity> byRef = new LinkedHashMap<>();

    KnownEntities(Collection<Entity> initial) {
        addAll(initial);
    }

    /**
     * Adds {@code entities}, merging names into the ones already known.
     *
     * @return the entities that are new or gained a name, as now known (each once)
     */
    Collection<Entity> addAll(Collection<Entity> entities) {
        Map<EntityRef, Entity> changed = new LinkedHashMap<>();
        for (Entity e : entities) {
            Entity before = byRef.get(e.ref());
            Entity after = byRef.merge(e.ref(), e, KnownEntities::merge);
            if (after != before) {
                changed.put(e.ref(), after);
            }
        }
        return changed.values();
    }

    Collection<Entity> all() {
        return byRef.values();
    }

    private static Entity merge(Entity a, Entity b) {
        if (a.aliases().containsAll(b.aliases()) && (a.english() != null || b.english() == null)) {
            return a;
        }
        Set<String> aliases = new HashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        return new Entity(a.ref(), aliases, a.english() != null ? a.english() : b.english(), a.evidence(), a.confidence());
    }
}
