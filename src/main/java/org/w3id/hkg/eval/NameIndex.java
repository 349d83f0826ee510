package org.w3id.hkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps names seen in the graph to gold entities by their normalised names ({@link Names#normalize}),
 * and remembers what it mapped for the report. One instance serves one scoring run.
 */
final class NameIndex {
    private final Map<String, List<GoldEntity>> byName = new HashMap<>();
    private final Gold gold;
    private final Map<String, String> seen = new TreeMap<>();
    private final Map<String, String> normalized = new HashMap<>();

    NameIndex(Gold gold) {
        this.gold = gold;
        for (GoldEntity e : gold.entities().values()) {
            for (String n : e.names()) {
                List<GoldEntity> list = byName.computeIfAbsent(Names.normalize(n), k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
    }

    /**
     * Id of the gold entity {@code name} stands for, or null. Where a name belongs to several, the
     * first (in gold order) whose type is in {@code types}, else the first.
     */
    String resolve(String name, Set<String> types) {
        if (name == null) {
            return null;
        }
        List<GoldEntity> candidates = byName.get(normalized.computeIfAbsent(name, Names::normalize));
        String id = candidates == null ? null
                : candidates.stream().filter(e -> types.contains(e.type())).findFirst()
                        .orElse(candidates.get(0)).id();
        seen.putIfAbsent(name, id);
        return id;
    }

    /** Readable form of a fact cell: a gold id becomes "name [id]", an unmapped name is marked. */
    String label(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.startsWith(UNMAPPED)) {
            return cell.substring(UNMAPPED.length()) + " (unmapped)";
        }
        GoldEntity e = gold.entity(cell);
        return e == null ? cell : e.name() + " [" + cell + "]";
    }

    /** Key cell of a name that maps to no gold entity (ids never start with it). */
    static final String UNMAPPED = "\u0000?";

    /** Names resolved so far, sorted. */
    List<NameMatch> seen() {
        List<NameMatch> out = new ArrayList<>();
        seen.forEach((n, id) -> out.add(new NameMatch(n, id)));
        return out;
    }
}
