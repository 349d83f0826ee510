package org.w3id.hkg.store;

/** A store that cannot be opened or used; the message is one line meant for the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }
}
