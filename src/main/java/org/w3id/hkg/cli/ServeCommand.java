package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg serve}: placeholder until its owner lands it. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'serve' is not built yet");
    }
}
