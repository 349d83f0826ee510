package org.w3id.hkg.eval;

import java.util.List;

/**
 * An entity of the gold standard.
 *
 * @param id    key in {@code gold.json} (e.g. "gaoxin")
 * @param type  type code: hospital, company, regulator, alliance or person
 * @param names canonical name first, then aliases
 */
public record GoldEntity(String id, String type, List<String> names) {
    public GoldEntity {
        names = List.copyOf(names);
    }

    /** Canonical name (or the id when the gold gives none). */
    public String name() {
        return names.isEmpty() ? id : names.get(0);
    }
}
