package org.w3id.hkg.extract.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.w3id.hkg.eval.EvalResult;
import org.w3id.hkg.eval.Gold;
import org.w3id.hkg.eval.QueryRows;
import org.w3id.hkg.eval.Report;
import org.w3id.hkg.eval.Scorer;
import org.w3id.hkg.extract.RuleExtractor;
import org.w3id.hkg.extract.relation.FactExtractor;
import org.w3id.hkg.graph.CompetencyQueries;
import org.w3id.hkg.graph.Iris;
import org.w3id.hkg.ingest.NewsReader;
import org.w3id.hkg.pipeline.Components;
import org.w3id.hkg.pipeline.GraphBuild;
import org.w3id.hkg.pipeline.Progress;
import org.w3id.hkg.store.GraphStore;

/**
 * Dev harness (not a test): the whole pipeline with this package's recogniser and resolver, scored
 * like {@code hkg eval}. Usage: {@code java ... PipelineHarness /work/shared/eval/dev [report.md]}.
 */
public final class PipelineHarness {
    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args.length > 0 ? args[0] : "/work/shared/eval/dev");
        NameData data = NameData.fromDirectory(Path.of("data/names"));
        Components stages = new Components(new NewsReader(),
                new RuleExtractor(new EntityRecognizer(data), FactExtractor.fromClasspath()),
                new NameResolver(data), Iris.standard());
        Map<String, List<Map<String, String>>> rows;
        try (GraphStore store = GraphStore.inMemory()) {
            new GraphBuild(stages, 2, GraphBuild.CHUNK, Progress.NONE).run(store, List.of(dev.resolve("docs")));
            rows = QueryRows.collect(store.dataset(), CompetencyQueries.all());
        }
        EvalResult result = Scorer.score(Gold.parse(dev.resolve("gold.json")), rows);
        System.out.print(Report.table(result));
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), Report.markdown(result));
        }
    }
}
