package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg build}: placeholder until its owner lands it. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'build' is not built yet");
    }
}
