package org.w3id.hkg.extract;

/** Fact: the parent owns, controls or operates the org (旗下, 全资子公司, 母公司, 控股, parent company of). */
public record Ownership(EntityRef org, EntityRef parent, Evidence evidence, double confidence) implements Fact {
    @Override
    public java.util.List<EntityRef> refs() {
        return java.util.List.of(org, parent);
    }
}
