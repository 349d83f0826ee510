package org.w3id.hkg.extract;

/** Fact: harm to a patient at or by the org; outcome is a code (death, miscarriage, injury, other); date may be null. */
public record Incident(EntityRef org, String outcome, java.time.LocalDate date, Evidence evidence, double confidence) implements Fact {
    @Override
    public java.util.List<EntityRef> refs() {
        return java.util.List.of(org);
    }
}
