package org.w3id.hkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.graph.Iris;
import org.w3id.hkg.pipeline.Components;
import org.w3id.hkg.pipeline.GraphBuild;
import org.w3id.hkg.pipeline.Progress;
import org.w3id.hkg.pipeline.StopSignal;
import org.w3id.hkg.serve.HkgServer;
import org.w3id.hkg.store.GraphStore;
import org.w3id.hkg.vocab.HKG;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code hkg serve}: serves the store read-only over HTTP (SPARQL, Graph Store read, the Fuseki UI,
 * linked-data pages) until Ctrl-C; builds the store from {@code seeds/} first (and links it, as {@code hkg build} does) when it is empty.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serves the graph read-only: SPARQL at /hkg/sparql, the query UI at /, entity pages "
                + "at /id/..., the dataset home at /about.",
                "An empty store is first built from seeds/ and linked, as hkg build does."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Query timeout, e.g. 30s, 500ms, 2m (default: 30s).")
    Duration timeout = Duration.ofSeconds(30);

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the instance IRIs served at the root (default: ${DEFAULT-VALUE}).")
    String base = HKG.DEFAULT_BASE;

    @Option(names = "--seeds", paramLabel = "DIR", description = "Built into an empty store (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GraphStore graphStore = openStore();
        HkgServer server;
        try {
            // Ctrl-C while the seeds are built stops that build early, keeping what it read; then nothing is served
            try (StopOnSignal ctrlC = new StopOnSignal(System.err)) {
                if (!buildIfEmpty(graphStore, ctrlC.signal())) {
                    graphStore.close();
                    return BuildCommand.STOPPED;
                }
            }
            server = HkgServer.builder().dataset(graphStore.dataset()).host(host).port(port)
                    .timeout(timeout).base(base).build().start();
        } catch (HkgServer.PortInUseException e) {
            graphStore.close();
            throw new UserError(e.getMessage());
        } catch (RuntimeException e) {
            graphStore.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            graphStore.close();
        }, "hkg-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("hkg: serving " + store.path() + " at " + server.url());
        out.println("  SPARQL " + server.sparqlUrl() + " · dataset home " + server.url() + "about · Ctrl-C stops");
        out.flush();
        server.join();
        return 0;
    }

    private GraphStore openStore() {
        try {
            return store.open();
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UserError(msg.startsWith("cannot open") ? msg : "cannot open store " + store.path() + ": " + msg);
        }
    }

    /** Builds the store from the seeds if it is empty; false if Ctrl-C stopped that build (then nothing is served). */
    private boolean buildIfEmpty(GraphStore graphStore, StopSignal stop) {
        if (!graphStore.isEmpty()) {
            return true;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(seeds)) {
            spec.commandLine().getErr().println("hkg: store " + store.path() + " is empty and there is no " + seeds
                    + " to build it from");
            return true;
        }
        out.println("hkg: store " + store.path() + " is empty: building it from " + seeds + " ...");
        out.flush();
        return !BuildCommand.runAndReport(out, new GraphBuild(Components.standard(new Iris(base)),
                Runtime.getRuntime().availableProcessors(), GraphBuild.CHUNK, Progress.NONE).stoppedBy(stop), graphStore,
                List.of(seeds), base,
                "finish it with: hkg build --store " + store.path() + " " + seeds).stopped();
    }

    /** Parses {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT30S}). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            Matcher m = SIMPLE.matcher(v);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofSeconds(n);
                };
            }
            try {
                return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + value + "' is not a duration (e.g. 30s, 500ms, 2m)");
            }
        }
    }
}
