package org.w3id.hkg.ingest;

/** Whitespace normalisation of one line: runs of white space (including no-break and ideographic spaces) become one space. */
final class Whitespace {
    private Whitespace() {
    }

    /** Collapses white space inside the line, trims it and removes zero-width and control characters. */
    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else if (!invisible(c)) {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000';
    }

    private static boolean invisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || (Character.isISOControl(c));
    }
}
