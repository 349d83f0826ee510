package org.w3id.hkg.extract;

import java.util.Locale;

/** The five kinds of entity the graph speaks of; {@link #code()} is the code used by the evaluation. */
public enum EntityType {
    HOSPITAL, COMPANY, REGULATOR, ALLIANCE, PERSON;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityType ofCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
