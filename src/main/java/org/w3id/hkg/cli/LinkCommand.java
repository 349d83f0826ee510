package org.w3id.hkg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hkg link}: placeholder until its owner lands it. */
@Command(name = "link", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Not built yet.")
public final class LinkCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("'link' is not built yet");
    }
}
