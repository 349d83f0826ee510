package org.w3id.hkg.extract;

/** A fact read from a sentence: every fact names its evidence and a confidence in 0..1. */
public sealed interface Fact permits Ownership, Membership, Incident, Sanction, Listing, Role {
    Evidence evidence();

    double confidence();

    /** The entities the fact names, in the order of its fields. */
    java.util.List<EntityRef> refs();
}
