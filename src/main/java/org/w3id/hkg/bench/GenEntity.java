package org.w3id.hkg.bench;

import java.util.List;

/**
 * A generated entity.
 *
 * @param id     gold id, e.g. "hospital-12"
 * @param type   gold type code (hospital, company, regulator, alliance, person)
 * @param name   canonical name
 * @param shorts short forms that name no other entity of the pool
 * @param ticker six-digit stock code of a listed company, else null
 */
record GenEntity(String id, String type, String name, List<String> shorts, String ticker) {
    GenEntity {
        shorts = List.copyOf(shorts);
    }

    /** Canonical name first, then short forms. */
    List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), shorts.stream()).toList();
    }
}
