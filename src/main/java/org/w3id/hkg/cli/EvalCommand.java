package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg eval}: placeholder until its owner lands it. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'eval' is not built yet");
    }
}
