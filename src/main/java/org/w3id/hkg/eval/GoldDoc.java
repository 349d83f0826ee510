package org.w3id.hkg.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gold facts of one document.
 *
 * @param file      file name in the corpus folder
 * @param published publication date {@code YYYY-MM-DD}, or null
 * @param lang      language tag (zh-Hans, zh-Hant, en), or null
 * @param mentions  ids of the entities the document names
 * @param facts     query name (ownership, membership ...) → fact tuples, positions as in the query's
 *                  columns; a tuple holds entity ids, codes, dates or null
 */
public record GoldDoc(String file, String published, String lang, List<String> mentions,
                      Map<String, List<List<String>>> facts) {
    public GoldDoc {
        mentions = List.copyOf(mentions);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** Fact tuples of {@code query}, empty when the document has none. */
    public List<List<String>> facts(String query) {
        return facts.getOrDefault(query, List.of());
    }
}
