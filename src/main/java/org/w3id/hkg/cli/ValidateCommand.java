package org.w3id.hkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.w3id.hkg.graph.Validation;
import org.w3id.hkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hkg validate}: SHACL validation of the union graph against {@code ontology/shapes.ttl}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks the graph against the SHACL shapes of ontology/shapes.ttl and prints a readable report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the graph conforms", "1:violations (listed)", "2:missing store"})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore gs = store.openExisting()) {
            Validation.Result r = Validation.validate(gs);
            r.violations().forEach(v -> out.println("  " + v));
            out.printf("%s: %d focus nodes checked, %d violations%n", r.conforms() ? "conforms" : "does not conform",
                    r.checked(), r.violations().size());
            out.flush();
            return r.conforms() ? 0 : 1;
        }
    }
}
