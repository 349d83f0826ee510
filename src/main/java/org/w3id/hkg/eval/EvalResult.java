package org.w3id.hkg.eval;

import java.util.List;

/**
 * Result of scoring a graph against a gold standard.
 *
 * @param queries       one score per competency query, entities first
 * @param fragmentation IRIs per matched gold entity
 * @param names         every entity name seen in the results, with its mapping
 */
public record EvalResult(List<QueryScore> queries, Fragmentation fragmentation, List<NameMatch> names) {
    public EvalResult {
        queries = List.copyOf(queries);
        names = List.copyOf(names);
    }

    /** Mean F1 of the queries: the headline number. */
    public double macroF1() {
        return queries.stream().mapToDouble(QueryScore::f1).average().orElse(0.0);
    }
}
