package org.w3id.hkg.eval;

import java.util.List;

/**
 * Score of one competency query against the gold.
 *
 * @param query         query name
 * @param gold          distinct gold facts
 * @param predicted     distinct predicted facts
 * @param truePositives predicted facts that are gold facts
 * @param agreements    attribute agreement among the matched facts, one per attribute column
 * @param missed        gold facts not predicted (false negatives), as readable cells
 * @param spurious      predicted facts not in the gold (false positives), as readable cells
 */
public record QueryScore(String query, int gold, int predicted, int truePositives, List<Agreement> agreements,
                         List<List<String>> missed, List<List<String>> spurious) {
    public QueryScore {
        agreements = List.copyOf(agreements);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    /** True positives over predicted; 1 when nothing was predicted and nothing was to be found, else 0. */
    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
    }

    /** True positives over gold; 1 when the gold has nothing and nothing was predicted, else 0. */
    public double recall() {
        return gold == 0 ? (predicted == 0 ? 1.0 : 0.0) : (double) truePositives / gold;
    }

    /** Harmonic mean of precision and recall (0 when both are 0). */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
