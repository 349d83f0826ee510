package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg bench}: placeholder until its owner lands it. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'bench' is not built yet");
    }
}
