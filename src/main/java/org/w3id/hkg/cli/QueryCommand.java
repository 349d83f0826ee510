package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg query}: placeholder until its owner lands it. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'query' is not built yet");
    }
}
