package org.w3id.hkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.w3id.hkg.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hkg generate}: writes a synthetic corpus and its gold facts, for benchmarks and sanity checks. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes N synthetic news documents (Markdown, HTML, text; some GB18030, some traditional "
                + "Chinese) into DIR/docs and their gold facts into DIR/gold.json, so that 'hkg eval --gold DIR/gold.json DIR/docs' scores a build "
                + "of them. The same seed gives the same bytes."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "N", description = "number of documents (1 or more)")
    int docs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write (new or empty)")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        if (docs < 1) {
            throw new UserError("--docs must be 1 or more, not " + docs);
        }
        checkEmpty();
        try {
            CorpusGenerator.Summary s = CorpusGenerator.generate(docs, out, seed);
            spec.commandLine().getOut().printf("wrote %d documents and %s (%d entities)%n", s.documents(), s.gold(),
                    s.entities());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            throw new UserError("cannot write to " + out + ": " + e.getMessage());
        }
    }

    private void checkEmpty() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("output path is a file, not a folder: " + out);
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new UserError("output folder is not empty: " + out);
                }
            } catch (IOException e) {
                throw new UserError("cannot read " + out + ": " + e.getMessage());
            }
        }
    }
}
