package org.w3id.hkg.pipeline;

/** A build that cannot start (e.g. a missing input path); one-line message for the user. */
public class BuildException extends RuntimeException {
    public BuildException(String message) {
        super(message);
    }
}
