package org.w3id.hkg.ingest;

/**
 * One pass over bytes that checks UTF-8 well-formedness and tells a truncated or lightly corrupted UTF-8 file
 * apart from text in another charset.
 *
 * @param multiByte    number of well-formed multi-byte sequences
 * @param invalidBytes number of bytes that start no well-formed sequence
 * @param firstInvalid offset of the first such byte, or -1
 * @param truncated    true if the only problem is an incomplete sequence at the very end
 */
record Utf8Check(int multiByte, int invalidBytes, int firstInvalid, boolean truncated) {

    boolean valid() {
        return invalidBytes == 0 && !truncated;
    }

    /** Many well-formed multi-byte sequences and very few bad bytes: a damaged UTF-8 file, not another charset. */
    boolean mostlyUtf8() {
        return multiByte >= 8 && invalidBytes * 50 < multiByte;
    }

    static Utf8Check of(byte[] b) {
        int multi = 0;
        int invalid = 0;
        int first = -1;
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            int ok = len == 0 ? 0 : wellFormed(b, i, len);
            if (ok == len && len > 0) {
                multi++;
                i += len;
                continue;
            }
            if (len > 0 && i + ok == n) {
                return new Utf8Check(multi, invalid, first < 0 ? i : first, invalid == 0);
            }
            invalid++;
            if (first < 0) {
                first = i;
            }
            i++;
        }
        return new Utf8Check(multi, invalid, first, false);
    }

    /** How many bytes of the sequence of the given length starting at i are well-formed (len if all). */
    private static int wellFormed(byte[] b, int i, int len) {
        int lead = b[i] & 0xFF;
        for (int k = 1; k < len; k++) {
            if (i + k >= b.length) {
                return k;
            }
            int c = b[i + k] & 0xFF;
            int lo = 0x80;
            int hi = 0xBF;
            if (k == 1) {
                if (lead == 0xE0) {
                    lo = 0xA0;
                } else if (lead == 0xED) {
                    hi = 0x9F;
                } else if (lead == 0xF0) {
                    lo = 0x90;
                } else if (lead == 0xF4) {
                    hi = 0x8F;
                }
            }
            if (c < lo || c > hi) {
                return -1;
            }
        }
        return len;
    }
}
