package org.w3id.hkg.ingest;

/** A document that cannot be read. The message is one line and says why (without the file name). */
public class IngestException extends Exception {
    public IngestException(String reason) {
        super(reason);
    }
}
