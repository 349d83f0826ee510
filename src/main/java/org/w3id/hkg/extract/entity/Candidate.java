package org.w3id.hkg.extract.entity;

import java.util.Set;
import org.w3id.hkg.extract.EntityType;

/**
 * A name found in a sentence, before in-document resolution.
 *
 * @param begin      offset in the sentence's clean view
 * @param end        end offset (exclusive)
 * @param name       the name it gives (normalised; legal-form brackets and inserted brackets removed)
 * @param type       entity type
 * @param kind       how it was found
 * @param english    an English name written next to it, or null
 * @param aliases    other spellings it stands for (the name with its legal form, a bracket variant)
 * @param confidence 0..1
 */
public record Candidate(int begin, int end, String name, EntityType type, Kind kind, String english,
                        Set<String> aliases, double confidence) {
    /** How a candidate was found. */
    public enum Kind {
        /** a full name recognised by its suffix, or an English name */
        NAME,
        /** a short name: declared, by stock code, or a known name seen again */
        SHORT,
        /** a person name */
        PERSON,
        /** 我院, 该公司 ... resolved to the entity in focus */
        COREF,
        /** a place-only name whose place is the bare 市/省/区 ("市卫健委") */
        BARE
    }

    public Candidate {
        aliases = Set.copyOf(aliases);
    }

    /** Whether the two spans overlap. */
    public boolean overlaps(Candidate other) {
        return begin < other.end && other.begin < end;
    }

    /** This candidate with another name and type. */
    public Candidate withName(String newName, EntityType newType) {
        return new Candidate(begin, end, newName, newType, kind, english, aliases, confidence);
    }
}
