package org.w3id.hkg.util;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function (null results included). It keeps about
 * {@code limit} results (Caffeine evicts as it goes), chosen by its W-TinyLFU policy: keys that
 * recur (names met in many documents) stay, keys met once (a document's own id) make way, so memory
 * stays flat on any corpus.
 */
public final class Memo<K, V> implements Function<K, V> {
    private static final Object NULL = new Object();
    private final Function<K, V> function;
    private final Cache<K, Object> results;

    public Memo(Function<K, V> function, int limit) {
        this.function = function;
        // evicts on the calling threads, so no pool thread is started for a memo
        this.results = Caffeine.newBuilder().maximumSize(limit).executor(Runnable::run).build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public V apply(K key) {
        Object known = results.getIfPresent(key);
        if (known == null) {
            // computed outside the cache, so a function may use other memos (or this one) freely
            V value = function.apply(key);
            results.put(key, value == null ? NULL : value);
            return value;
        }
        return known == NULL ? null : (V) known;
    }

    /** How many results are remembered now (at most the limit). */
    public long size() {
        results.cleanUp();
        return results.estimatedSize();
    }
}
