package org.w3id.hkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.w3id.hkg.graph.Export;
import org.w3id.hkg.graph.Iris;
import org.w3id.hkg.serve.DatasetDescription;
import org.w3id.hkg.vocab.HKG;
import org.w3id.hkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hkg export}: writes the graph as Turtle (default), TriG, N-Quads, N-Triples or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Writes the graph to a file or standard output.",
                "ttl, nt and jsonld write the union graph; trig and nq keep one graph per source document.",
                "Includes the links to external datasets with their VoID linksets, and a VoID/DCAT description."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:missing store or file that cannot be written"})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl",
            description = "ttl, trig, nq, nt or jsonld (default: ${DEFAULT-VALUE}).")
    Export.Format format;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = HKG.DEFAULT_BASE,
            description = "Base of the dataset's IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--no-description", description = "Leave out the VoID/DCAT description of the dataset.")
    boolean noDescription;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (GraphStore gs = store.openExisting(); OutputStream out = open()) {
            Model description = noDescription ? null : new DatasetDescription(gs.dataset(), base).model();
            Export.write(gs, format, out, description, new Iris(base).graphOf("void"));
        }
        return 0;
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        try {
            if (output.getParent() != null) {
                Files.createDirectories(output.getParent());
            }
            return Files.newOutputStream(output);
        } catch (IOException e) {
            throw new UserError("cannot write " + output + ": " + e.getMessage());
        }
    }
}
