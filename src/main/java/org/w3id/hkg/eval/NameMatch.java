package org.w3id.hkg.eval;

/**
 * A name seen in the query results and the gold entity it maps to.
 *
 * @param name     the name as the graph gives it
 * @param entityId gold entity id, or null when it maps to none
 */
public record NameMatch(String name, String entityId) {
    /** True when the name maps to a gold entity. */
    public boolean mapped() {
        return entityId != null;
    }
}
