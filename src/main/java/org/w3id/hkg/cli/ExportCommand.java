package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg export}: placeholder until its owner lands it. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'export' is not built yet");
    }
}
