package org.w3id.hkg.cli;

/** An error the user can fix (missing path, store that cannot be opened ...): printed as one line, exit 2. */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
