package org.w3id.hkg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.graph.CompetencyQueries;
import org.w3id.hkg.pipeline.GraphBuild;
import org.w3id.hkg.store.GraphStore;

/**
 * The checked quality level: builds the graph of the development corpus ({@code ../shared/eval/dev},
 * beside the project as in CI) and fails when the macro F1, any query's F1 or the fragmentation falls
 * behind the level recorded in {@code eval/dev-threshold.properties}.
 */
class DevCorpusThresholdTest {
    private static final Path DEV = Path.of("..", "shared", "eval", "dev");

    @Test
    void extractionStaysAtTheLevelReachedOnTheDevCorpus() throws Exception {
        assumeTrue(Files.isRegularFile(DEV.resolve("gold.json")), "no development corpus at " + DEV.toAbsolutePath());
        Properties limits = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/eval/dev-threshold.properties")) {
            limits.load(in);
        }
        EvalResult result;
        try (GraphStore store = GraphStore.inMemory()) {
            GraphBuild.build(store, List.of(DEV.resolve("docs")));
            result = Scorer.score(Gold.parse(DEV.resolve("gold.json")),
                    QueryRows.collect(store.dataset(), CompetencyQueries.all()));
        }
        String table = result.queries().stream()
                .map(q -> String.format("%s F1=%.3f", q.query(), q.f1())).toList().toString();
        double macro = Double.parseDouble(limits.getProperty("macroF1"));
        assertTrue(result.macroF1() >= macro, "macro F1 " + result.macroF1() + " < " + macro + " " + table);
        double perQuery = Double.parseDouble(limits.getProperty("queryF1"));
        for (QueryScore q : result.queries()) {
            assertTrue(q.f1() >= perQuery, q.query() + " F1 " + q.f1() + " < " + perQuery + " " + table);
        }
        double frag = Double.parseDouble(limits.getProperty("fragmentation"));
        assertTrue(result.fragmentation().value() <= frag, "fragmentation " + result.fragmentation() + " > " + frag);
    }
}
