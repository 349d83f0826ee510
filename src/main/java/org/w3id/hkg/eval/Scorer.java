package org.w3id.hkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores the rows of the seven competency queries against a gold standard, as
 * {@code shared/eval/README.md} defines it. A pure function: no I/O, no state between calls.
 */
public final class Scorer {
    private Scorer() {
    }

    /**
     * Scores {@code rowsByQuery} (query name → rows, each row variable → lexical value; a missing
     * query counts as no rows) against {@code gold}.
     */
    public static EvalResult score(Gold gold, Map<String, List<Map<String, String>>> rowsByQuery) {
        NameIndex index = new NameIndex(gold);
        EntityScorer.Outcome entities = new EntityScorer(gold, index)
                .score(rowsByQuery.getOrDefault(FactQuery.ENTITIES, List.of()));
        List<QueryScore> scores = new ArrayList<>();
        scores.add(entities.score());
        FactScorer facts = new FactScorer(gold, index);
        for (FactQuery q : FactQuery.ALL) {
            scores.add(facts.score(q, rowsByQuery.getOrDefault(q.name(), List.of())));
        }
        return new EvalResult(scores, entities.fragmentation(), index.seen());
    }
}
