package org.w3id.hkg.extract;

/** Fact: a measure (code: suspension, warning, fine ...) against an organisation or person; issuer and date may be null. */
public record Sanction(EntityRef target, String measure, EntityRef issuer, java.time.LocalDate date, Evidence evidence, double confidence) implements Fact {
    @Override
    public java.util.List<EntityRef> refs() {
        return issuer == null ? java.util.List.of(target) : java.util.List.of(target, issuer);
    }
}
