package org.w3id.hkg.eval;

import java.util.LinkedHashSet;
import java.util.Set;

/** Intersection and differences of two sets, in the first set's order. */
record Sets<T>(Set<T> first, Set<T> second) {
    Set<T> both() {
        Set<T> out = new LinkedHashSet<>(first);
        out.retainAll(second);
        return out;
    }

    Set<T> onlyFirst() {
        Set<T> out = new LinkedHashSet<>(first);
        out.removeAll(second);
        return out;
    }

    Set<T> onlySecond() {
        Set<T> out = new LinkedHashSet<>(second);
        out.removeAll(first);
        return out;
    }
}
