package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg validate}: placeholder until its owner lands it. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'validate' is not built yet");
    }
}
