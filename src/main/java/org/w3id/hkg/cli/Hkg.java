package org.w3id.hkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar target/hkg.jar COMMAND ...}. */
@Command(name = "hkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds, serves and exports a knowledge graph of news about hospitals.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class,
                ValidateCommand.class, EvalCommand.class, LinkCommand.class, GenerateCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some input was skipped or a check failed (see messages)",
                "2:usage error, missing path or store that cannot be opened"})
public final class Hkg implements Runnable {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Hkg());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
