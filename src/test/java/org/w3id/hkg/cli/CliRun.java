package org.w3id.hkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the {@code hkg} command line in this JVM, with what it printed.
 *
 * @param exit its exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int exit, String out, String err) {
    /** Runs {@code hkg args...}. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Hkg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
