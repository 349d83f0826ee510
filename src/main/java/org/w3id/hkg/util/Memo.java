package org.w3id.hkg.util;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function (null results included): remembers up to
 * {@code limit} results and forgets them all when full, so memory stays bounded on any corpus.
 */
public final class Memo<K, V> implements Function<K, V> {
    private static final Object NULL = new Object();
    private final Function<K, V> function;
    private final int limit;
    private final ConcurrentHashMap<K, Object> results = new ConcurrentHashMap<>();

    public Memo(Function<K, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V apply(K key) {
        Object known = results.get(key);
        if (known == null) {
            V value = function.apply(key);
            if (results.size() >= limit) {
                results.clear();
            }
            results.put(key, value == null ? NULL : value);
            return value;
        }
        return known == NULL ? null : (V) known;
    }
}
