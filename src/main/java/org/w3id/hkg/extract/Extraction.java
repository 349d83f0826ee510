package org.w3id.hkg.extract;

import java.util.List;

/** What extraction found in one document: entities and facts, each with evidence. */
public record Extraction(String documentId, List<Entity> entities, List<Fact> facts) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** Every entity the extraction names: its entities, then those named only in facts (without aliases). */
    public List<Entity> referenced() {
        java.util.Map<EntityRef, Entity> out = new java.util.LinkedHashMap<>();
        entities.forEach(e -> out.putIfAbsent(e.ref(), e));
        for (Fact f : facts) {
            for (EntityRef r : f.refs()) {
                out.putIfAbsent(r, new Entity(r, java.util.Set.of(), null, f.evidence(), f.confidence()));
            }
        }
        return List.copyOf(out.values());
    }

    public <T extends Fact> List<T> facts(Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
