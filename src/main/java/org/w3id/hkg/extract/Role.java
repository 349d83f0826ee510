package org.w3id.hkg.extract;

/** Fact: the person holds the role (as written: 董事长, 院长, director general of the board) at the org. */
public record Role(EntityRef person, EntityRef org, String role, Evidence evidence, double confidence) implements Fact {
    @Override
    public java.util.List<EntityRef> refs() {
        return java.util.List.of(person, org);
    }
}
