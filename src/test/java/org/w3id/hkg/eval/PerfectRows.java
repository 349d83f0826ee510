package org.w3id.hkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows a perfect graph of a gold standard returns: canonical names, one IRI per entity. */
public final class PerfectRows {
    private PerfectRows() {
    }

    public static Map<String, List<Map<String, String>>> of(Gold gold) {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        List<Map<String, String>> entities = new ArrayList<>();
        gold.entities().values().forEach(e -> e.names().forEach(n -> entities.add(Map.of(
                "entity", "https://w3id.org/hkg/id/" + e.type() + "/" + e.id(), "name", n, "type", e.type()))));
        rows.put(FactQuery.ENTITIES, entities);
        for (FactQuery q : FactQuery.ALL) {
            List<Map<String, String>> list = new ArrayList<>();
            for (List<String> t : gold.facts(q.name())) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < t.size(); i++) {
                    Column c = q.columns().get(i);
                    String v = t.get(i);
                    if (v != null) {
                        row.put(c.name(), c.isEntity() ? gold.entity(v).name() : v);
                    }
                }
                list.add(row);
            }
            rows.put(q.name(), list);
        }
        return rows;
    }
}
