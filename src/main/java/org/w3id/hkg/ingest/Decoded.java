package org.w3id.hkg.ingest;

/**
 * Text decoded from a file's bytes.
 *
 * @param text    the decoded characters (byte-order mark removed)
 * @param charset the charset that decoded them without error ("UTF-8", "GB18030", "Big5", ...)
 */
record Decoded(String text, String charset) {
}
