package org.w3id.hkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints user errors as one line (no stack trace) and maps them to exit code 2. */
final class UserErrorHandler implements IExecutionExceptionHandler {
    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        boolean user = isUserError(ex);
        String msg = user ? ex.getMessage() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
        cmd.getErr().println("hkg: " + msg);
        if (!user && System.getenv("HKG_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return USER_ERROR;
    }

    /** Errors whose message is meant for the user: no stack trace, ever. */
    static boolean isUserError(Exception ex) {
        return ex instanceof UserError || ex instanceof org.w3id.hkg.store.StoreException
                || ex instanceof org.w3id.hkg.pipeline.BuildException;
    }
}
