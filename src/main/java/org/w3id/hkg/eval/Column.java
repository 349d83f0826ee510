package org.w3id.hkg.eval;

import java.util.Set;

/**
 * One column of a competency query's result, as the scorer reads it.
 *
 * @param name  SPARQL variable name
 * @param role  how the column takes part in scoring
 * @param types type codes an entity in this column usually has (to choose among gold entities that
 *              share a name); empty for non-entity columns
 */
public record Column(String name, Role role, Set<String> types) {
    /** How a column is scored. */
    public enum Role {
        /** Part of the fact's key, a name mapped to a gold entity. */
        ENTITY_KEY,
        /** Part of the fact's key, a code compared after normalising (outcome, measure, ticker). */
        CODE_KEY,
        /** Attribute: a date compared by its day. */
        DATE,
        /** Attribute: a name mapped to a gold entity (the issuer of a sanction). */
        ENTITY,
        /** Attribute: text compared after normalising (a role). */
        TEXT
    }

    public Column {
        types = Set.copyOf(types);
    }

    static Column entityKey(String name, String... types) {
        return new Column(name, Role.ENTITY_KEY, Set.of(types));
    }

    static Column codeKey(String name) {
        return new Column(name, Role.CODE_KEY, Set.of());
    }

    static Column attribute(String name, Role role, String... types) {
        return new Column(name, role, Set.of(types));
    }

    /** True when the column is part of the fact's key. */
    public boolean isKey() {
        return role == Role.ENTITY_KEY || role == Role.CODE_KEY;
    }

    /** True when the column holds an entity name. */
    public boolean isEntity() {
        return role == Role.ENTITY_KEY || role == Role.ENTITY;
    }
}
