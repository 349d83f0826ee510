package org.w3id.hkg.extract.relation;

import org.w3id.hkg.extract.EntityRef;

/**
 * Who a measure is against, as the sentence puts it: a named entity, an explicit target that names no
 * entity (相关责任人, 赵某, 总经理 with no name: the measure counts for nobody), or nothing said.
 *
 * @param ref        the named target, null for {@link #UNNAMED} and {@link #NONE}
 * @param explicit   true when the sentence fills the slot (named or not)
 * @param confidence how sure the reading is
 */
public record TargetSlot(EntityRef ref, boolean explicit, double confidence) {
    /** The sentence names a target that is not an entity: no fact. */
    public static final TargetSlot UNNAMED = new TargetSlot(null, true, 0);
    /** The sentence says nothing of the target: context may tell. */
    public static final TargetSlot NONE = new TargetSlot(null, false, 0);

    public static TargetSlot of(EntityRef ref, double confidence) {
        return ref == null ? UNNAMED : new TargetSlot(ref, true, confidence);
    }

    public boolean named() {
        return ref != null;
    }
}
