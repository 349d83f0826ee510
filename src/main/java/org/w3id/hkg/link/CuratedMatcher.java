package org.w3id.hkg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the local node a curated row means: a full IRI, a base-relative {@code id/…} path, a
 * {@code type:name}, or a name (canonical or alias, compared after {@link Names#key}).
 */
final class CuratedMatcher {
    private final String base;
    private final Map<String, LocalEntity> byIri = new HashMap<>();
    private final Map<String, Set<LocalEntity>> byName = new HashMap<>();

    CuratedMatcher(String base, List<LocalEntity> nodes) {
        this.base = base;
        for (LocalEntity e : nodes) {
            byIri.put(e.iri(), e);
            e.labels().forEach(l -> byName.computeIfAbsent(Names.key(l), k -> new LinkedHashSet<>()).add(e));
        }
    }

    /** The nodes {@code local} refers to: none, one, or several (ambiguous). */
    List<LocalEntity> resolve(String local) {
        String ref = local.trim();
        if (ref.startsWith("http://") || ref.startsWith("https://")) {
            return Optional.ofNullable(byIri.get(ref)).map(List::of).orElse(List.of());
        }
        if (ref.startsWith("id/")) {
            return Optional.ofNullable(byIri.get(base + ref)).map(List::of).orElse(List.of());
        }
        int colon = ref.indexOf(':');
        Optional<Kind> kind = colon > 0 ? Kind.ofCode(ref.substring(0, colon)) : Optional.empty();
        String name = kind.isPresent() ? ref.substring(colon + 1) : ref;
        List<LocalEntity> out = new ArrayList<>();
        for (LocalEntity e : byName.getOrDefault(Names.key(name), Set.of())) {
            if (kind.isEmpty() || kind.get() == e.kind()) {
                out.add(e);
            }
        }
        return out;
    }
}
