package org.w3id.hkg.extract.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.hkg.extract.EntityRef;

/**
 * Names known before a document is read: the aliases of {@code data/names/aliases.tsv}, and full
 * names learned from documents read before (fed back so that the next documents find them even
 * where the grammar would not). Thread-safe: the learned names live in a concurrent map.
 */
public final class KnownNames {
    private final ShortNames shorts;
    private final Map<String, EntityRef> aliases = new HashMap<>();
    private final ConcurrentHashMap<String, EntityRef> learned = new ConcurrentHashMap<>();
    private final Map<String, EntityRef> written = new HashMap<>();
    private final WordTrie<EntityRef> writtenTrie;

    public KnownNames(NameData data) {
        this.shorts = new ShortNames(data);
        for (NameData.KnownAlias a : data.aliases()) {
            EntityRef ref = new EntityRef(ShortNames.normalize(a.canonical()), a.type());
            aliases.put(key(a.alias()), ref);
            written.put(ShortNames.normalize(a.alias()), ref);
            written.put(ShortNames.normalize(a.canonical()), ref);
            aliases.put(key(a.canonical()), ref);
        }
        writtenTrie = WordTrie.of(written);
    }

    private static String key(String name) {
        return ShortNames.folded(name);
    }

    /** The entity a known alias names (also after dropping a leading place), or null. */
    public EntityRef alias(String name) {
        EntityRef r = aliases.get(key(name));
        return r != null ? r : aliases.get(key(shorts.stripPlace(name)));
    }

    /** Remembers a name read in a document, unless another entity claimed it first. */
    public void learn(String name, EntityRef ref) {
        if (name.length() >= 3) {
            learned.putIfAbsent(ShortNames.normalize(name), ref);
        }
    }

    /**
     * The entity a name found in text stands for: a name of {@code aliases.tsv} as written
     * (normalised), else a name learned from an earlier document; null if neither.
     */
    public EntityRef lookup(String name) {
        EntityRef r = written.get(name);
        return r != null ? r : learned.get(name);
    }

    /**
     * Calls {@code visitor} for each name {@link #lookup} knows that starts at {@code at} of
     * {@code text}, at most {@code maxLength} characters long, shortest first.
     */
    public void matchesAt(String text, int at, int maxLength, WordTrie.Visitor<EntityRef> visitor) {
        int limit = Math.min(text.length(), at + maxLength);
        if (learned.isEmpty()) {
            writtenTrie.matchesAt(text, at, limit, visitor);
            return;
        }
        for (int end = at + 1; end <= limit; end++) {
            EntityRef r = lookup(text.substring(at, end));
            if (r != null) {
                visitor.hit(end, r);
            }
        }
    }

    /** How many names have been learned so far. */
    public int learnedCount() {
        return learned.size();
    }
}
