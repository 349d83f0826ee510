package org.w3id.hkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.hkg.eval.EvalResult;
import org.w3id.hkg.eval.Gold;
import org.w3id.hkg.eval.QueryRows;
import org.w3id.hkg.eval.Report;
import org.w3id.hkg.eval.Scorer;
import org.w3id.hkg.graph.CompetencyQueries;
import org.w3id.hkg.ingest.IngestException;
import org.w3id.hkg.ingest.InputFiles;
import org.w3id.hkg.pipeline.BuildReport;
import org.w3id.hkg.pipeline.GraphBuild;
import org.w3id.hkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hkg eval}: builds a fresh in-memory graph of a corpus and scores it against its gold facts. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Builds a fresh graph of DOCS_DIR in memory, runs the seven competency queries and "
                + "scores them against the gold facts: per query precision, recall, F1, attribute "
                + "agreement, fragmentation, and last macroF1 (mean F1)."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "gold facts of the corpus")
    Path gold;

    @Option(names = "--report", paramLabel = "FILE",
            description = "also write a Markdown report of missed and spurious facts and of name mappings")
    Path report;

    @Option(names = "--min-macro-f1", paramLabel = "X",
            description = "exit 1 when macroF1 is below X (a checked threshold for CI)")
    Double minMacroF1;

    @Parameters(paramLabel = "DOCS_DIR", description = "folder of the corpus documents")
    Path docs;

    @Override
    public Integer call() {
        if (!Files.isDirectory(docs)) {
            throw new UserError("documents folder not found: " + docs);
        }
        Gold g = parseGold();
        Map<String, List<Map<String, String>>> rows;
        try (GraphStore store = GraphStore.inMemory()) {
            BuildReport built = GraphBuild.build(store, documents(docs, gold));
            built.skipped().forEach(line -> spec.commandLine().getErr().println("hkg: skipped or partly read: " + line));
            rows = QueryRows.collect(store.dataset(), CompetencyQueries.all());
        }
        EvalResult result = Scorer.score(g, rows);
        spec.commandLine().getOut().print(Report.table(result));
        spec.commandLine().getOut().flush();
        if (report != null) {
            writeReport(result);
        }
        if (minMacroF1 != null && result.macroF1() < minMacroF1) {
            spec.commandLine().getErr().printf(Locale.ROOT, "hkg: macroF1 %.3f is below the threshold %s%n",
                    result.macroF1(), minMacroF1);
            return 1;
        }
        return 0;
    }

    /** The files of the corpus folder, less the gold file when it lies inside it (as {@code hkg generate} puts it). */
    static List<Path> documents(Path docs, Path gold) {
        Path goldFile = gold.toAbsolutePath().normalize();
        try {
            return InputFiles.list(List.of(docs)).stream()
                    .filter(p -> !p.toAbsolutePath().normalize().equals(goldFile)).toList();
        } catch (IngestException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Gold parseGold() {
        try {
            return Gold.parse(gold);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void writeReport(EvalResult result) {
        try {
            Files.writeString(report, Report.markdown(result), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write report " + report + ": " + e.getMessage());
        }
    }
}
