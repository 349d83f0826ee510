package org.w3id.hkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.hkg.link.LinkOptions;
import org.w3id.hkg.link.LinkReport;
import org.w3id.hkg.link.Linker;
import org.w3id.hkg.link.Linkset;
import org.w3id.hkg.store.GraphStore;
import org.w3id.hkg.vocab.HKG;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hkg link}: links the store's entities to Wikidata and other datasets (curated tables, reconciliation). */
@Command(name = "link", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Links entities, places and stock exchanges to Wikidata and other datasets.",
                "Curated tables (--links) come first; --endpoint adds reconciliation by exact label and type.",
                "Every answer is cached (--cache), so later runs and build give the same links offline.",
                "Replaces the graphs <base>graph/links and <base>graph/gazetteer.",
                "Exit 1 when an endpoint could not be used (the other links are written)."})
public final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SPARQL endpoint to reconcile against, e.g. https://query.wikidata.org/sparql (repeatable).")
    List<String> endpoints = new ArrayList<>();

    @Option(names = "--links", paramLabel = "DIR",
            description = "Curated link tables, types.tsv, exchanges.tsv (default: ${DEFAULT-VALUE}).")
    Path links = Path.of("data/links");

    @Option(names = "--cache", paramLabel = "DIR", description = "Reconciliation cache (default: <links>/cache).")
    Path cache;

    @Option(names = "--places", paramLabel = "FILE", description = "Gazetteer (default: places.tsv beside <links>).")
    Path places;

    @Option(names = "--base", paramLabel = "IRI", description = "Instance base IRI (default: ${DEFAULT-VALUE}).")
    String base = HKG.DEFAULT_BASE;

    @Option(names = "--void", paramLabel = "FILE.ttl", description = "Also write the VoID linkset description here.")
    Path voidFile;

    @Option(names = "--batch", paramLabel = "N", description = "Names per request (default: ${DEFAULT-VALUE}).")
    int batch = LinkOptions.BATCH;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Per request (default: ${DEFAULT-VALUE}).")
    int timeout = 60;

    @Option(names = {"-v", "--verbose"}, description = "List ambiguous, unmatched and unlinked names.")
    boolean verbose;

    @Override
    public Integer call() {
        boolean haveLinks = Files.isDirectory(links);
        if (!haveLinks && spec.commandLine().getParseResult().hasMatchedOption("--links")) {
            throw new UserError("links folder not found: " + links);
        }
        // without a links folder (jar run elsewhere) the tables bundled in the jar are used
        Path linksDir = haveLinks ? links : null;
        LinkOptions options = LinkOptions.offline(linksDir).withBase(base)
                .withCache(cache != null ? cache : linksDir == null ? null : linksDir.resolve("cache"))
                .withBatch(batch, Duration.ofSeconds(Math.max(1, timeout)));
        if (places != null) {
            options = options.withPlaces(places);
        }
        if (!endpoints.isEmpty()) {
            options = options.withEndpoints(endpoints);
        }
        Linker linker = new Linker(options);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (GraphStore gs = store.openExisting()) {
            LinkReport report = linker.run(gs.dataset());
            report.warnings().forEach(w -> err.println("hkg: warning: " + w));
            if (verbose) {
                report.unmatched().forEach(u -> out.println("unmatched curated row: " + u));
                report.ambiguous().forEach(a -> out.println("ambiguous: " + a));
                report.unlinked().forEach(u -> out.println("no match: " + u));
            }
            out.println(report.summary());
            if (voidFile != null) {
                writeVoid(gs, options.base());
            }
            return report.warnings().isEmpty() ? 0 : 1;
        }
    }

    private void writeVoid(GraphStore gs, String iriBase) {
        try {
            Path parent = voidFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(voidFile)) {
                RDFDataMgr.write(os, Linkset.describe(gs.dataset(), iriBase), Lang.TURTLE);
            }
        } catch (IOException e) {
            throw new UserError("cannot write " + voidFile + ": " + e.getMessage());
        }
    }
}
