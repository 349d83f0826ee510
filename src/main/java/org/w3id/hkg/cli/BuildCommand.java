package org.w3id.hkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.w3id.hkg.graph.Iris;
import org.w3id.hkg.ingest.NewsReader;
import org.w3id.hkg.link.LinkReport;
import org.w3id.hkg.link.Linker;
import org.w3id.hkg.pipeline.BuildReport;
import org.w3id.hkg.pipeline.Components;
import org.w3id.hkg.pipeline.GraphBuild;
import org.w3id.hkg.pipeline.Progress;
import org.w3id.hkg.store.GraphStore;
import org.w3id.hkg.vocab.HKG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hkg build}: reads documents into the store, one named graph per document. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Reads news documents (files or folders) into the store: one named graph per document.",
                "An unchanged document changes nothing; a changed one replaces its graph.",
                "Then links entities to external datasets from data/links (curated tables and cache, no network)."},
        footerHeading = "%n",
        footer = {"Ctrl-C stops the build early: it stores the documents already read, commits and ends (exit code 130);",
                "run the same command again to resume: stored documents are recognised by their content hash and skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was read", "1:some documents were skipped or partly read",
                "2:missing input path or store that cannot be opened", "130:stopped early by Ctrl-C (143: by SIGTERM)"})
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--rebuild", description = "Empty the store first.")
    boolean rebuild;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = HKG.DEFAULT_BASE,
            description = "Base of the IRIs minted for entities and documents (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--compact", description = "Compact the store after building: returns the space of the index "
            + "blocks earlier transactions copied (a store built in many chunks is about 1.6–1.8× its compacted size), "
            + "at the cost of rewriting the store once.")
    boolean compact;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + NewsReader.DEFAULT_MAX_CHARS,
            description = "Skip a document whose article text has more than N characters (default: ${DEFAULT-VALUE}; "
                    + "a long news article has tens of thousands). Bounds the memory one document takes.")
    int maxChars;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar with rate and ETA on a terminal (default: on; --no-progress hides it).")
    boolean progress;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to read.")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (maxChars < 1) {
            throw new UserError("--max-chars must be at least 1");
        }
        // Ctrl-C stops the build early, keeping what it read; the process ends once the store is closed
        try (StopOnSignal ctrlC = new StopOnSignal(System.err); GraphStore gs = store.open()) {
            if (rebuild) {
                gs.clear();
            }
            Progress progress = showProgress() ? new ProgressBarDisplay("build") : Progress.NONE;
            BuildReport r = runAndReport(out, new GraphBuild(components(), threads, GraphBuild.CHUNK, progress)
                    .compacting(compact).stoppedBy(ctrlC.signal()), gs, inputs, base, RESUME);
            return r.stopped() ? STOPPED : r.skipped().isEmpty() ? 0 : 1;
        }
    }

    /** The exit code of a build stopped by Ctrl-C, as a shell reports a process ended by SIGINT. */
    static final int STOPPED = 130;
    /** How to resume a stopped build, as its report says. */
    static final String RESUME = "run the same command again to resume";

    private Components components() {
        return Components.standard(new Iris(base)).withReader(new NewsReader().withMaxChars(maxChars));
    }

    /** {@code data/links} of the working folder when it exists, else the tables packaged in the jar. */
    private static Path linksDir() {
        Path dir = Path.of("data", "links");
        return Files.isDirectory(dir) ? dir : null;
    }

    private boolean showProgress() {
        return progress && System.console() != null;
    }

    /**
     * Runs {@code build} on {@code gs}, linking its entities (curated tables and cache, no network) after
     * the last chunk and before the store is counted, and prints what it read, the store's triples and
     * entities (links included), and the links; or, for a build stopped early, what it did not get to and
     * {@code resume}, how to finish it.
     */
    static BuildReport runAndReport(PrintWriter out, GraphBuild build, GraphStore gs, List<Path> inputs, String base,
                                    String resume) {
        AtomicReference<LinkReport> linked = new AtomicReference<>();
        BuildReport r = build.finishing(store -> linked.set(Linker.linkOffline(store, linksDir(), base))).run(gs, inputs);
        out.printf("documents read: %d, unchanged: %d, skipped or partly read: %d%n", r.read(), r.unchanged(), r.skipped().size());
        r.skipped().forEach(s -> out.println("  skipped: " + s));
        out.printf("triples: %d, entities: %d%n", r.triples(), r.entities());
        if (r.stopped()) {
            out.printf("stopped early: %d documents not read, links not updated; %s%n", r.notReached(), resume);
        } else {
            LinkReport links = linked.get();
            out.println("links: " + links.summary());
            links.warnings().forEach(w -> out.println("  warning: " + w));
        }
        out.flush();
        return r;
    }
}
