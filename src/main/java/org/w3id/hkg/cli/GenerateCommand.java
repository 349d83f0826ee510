package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg generate}: placeholder until its owner lands it. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'generate' is not built yet");
    }
}
