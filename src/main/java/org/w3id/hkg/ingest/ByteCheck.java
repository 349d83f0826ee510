package org.w3id.hkg.ingest;

/** Rejects byte content that is not text: an empty file, NUL bytes, or mostly control characters. */
final class ByteCheck {
    private static final int SAMPLE = 8192;

    private ByteCheck() {
    }

    /**
     * Throws when the bytes cannot be a text document in a single-byte-compatible charset.
     *
     * @param bytes      the file content
     * @param bomLength  length of a byte-order mark at the start (0 if none)
     * @param wideBom    true if the BOM announces UTF-16 or UTF-32, where NUL bytes are normal
     */
    static void requireText(byte[] bytes, int bomLength, boolean wideBom) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException("empty file");
        }
        if (wideBom) {
            return;
        }
        int end = Math.min(bytes.length, bomLength + SAMPLE);
        int control = 0;
        for (int i = bomLength; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new IngestException("binary content (NUL bytes)");
            }
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                control++;
            }
        }
        int sampled = end - bomLength;
        if (sampled > 0 && control * 10 > sampled) {
            throw new IngestException("binary content (" + control + " control bytes in the first " + sampled + ")");
        }
    }
}
