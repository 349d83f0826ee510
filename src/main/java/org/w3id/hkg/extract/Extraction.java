package org.w3id.hkg.extract;

import java.util.List;

/** What extraction found in one document: entities and facts, each with evidence. */
public record Extraction(String documentId, List<Entity> entities, List<Fact> facts) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    public <T extends Fact> List<T> facts(Class<T> kind) {
        return facts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
