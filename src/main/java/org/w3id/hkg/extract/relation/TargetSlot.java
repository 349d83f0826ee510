package org.w3id.hkg.extract.relation;

import java.util.List;
import org.w3id.hkg.extract.EntityRef;

/**
 * Who a measure is against, as the sentence puts it: named entities (对A、B: two), an explicit target
 * that names no entity (相关责任人, 赵某, 总经理 with no name: the measure counts for nobody), or nothing
 * said.
 *
 * @param refs       the named targets, empty for {@link #UNNAMED} and {@link #NONE}
 * @param explicit   true when the sentence fills the slot (named or not)
 * @param confidence how sure the reading is
 * @param owner      for an unnamed person of an organisation (约谈该院负责人), that organisation, else null
 */
public record TargetSlot(List<EntityRef> refs, boolean explicit, double confidence, EntityRef owner) {
    /** The sentence names a target that is not an entity: no fact. */
    public static final TargetSlot UNNAMED = new TargetSlot(List.of(), true, 0, null);
    /** The sentence says nothing of the target: context may tell. */
    public static final TargetSlot NONE = new TargetSlot(List.of(), false, 0, null);

    public TargetSlot {
        refs = List.copyOf(refs);
    }

    public static TargetSlot of(EntityRef ref, double confidence) {
        return ref == null ? UNNAMED : new TargetSlot(List.of(ref), true, confidence, null);
    }

    public static TargetSlot of(List<EntityRef> refs, double confidence) {
        return refs.isEmpty() ? UNNAMED : new TargetSlot(refs, true, confidence, null);
    }

    /** An unnamed person of a named organisation (该院负责人): no target itself, but its org for later org measures. */
    public static TargetSlot staffOf(EntityRef org) {
        return new TargetSlot(List.of(), true, 0, org);
    }

    public boolean named() {
        return !refs.isEmpty();
    }
}
