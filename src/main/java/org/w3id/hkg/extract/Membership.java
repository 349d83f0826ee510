package org.w3id.hkg.extract;

/** Fact: the member joined or belongs to the alliance; {@code since} may be null. */
public record Membership(EntityRef member, EntityRef alliance, java.time.LocalDate since, Evidence evidence, double confidence) implements Fact {
    @Override
    public java.util.List<EntityRef> refs() {
        return java.util.List.of(member, alliance);
    }
}
