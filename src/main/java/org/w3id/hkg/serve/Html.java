package org.w3id.hkg.serve;

/** HTML escaping and the page frame ({@code serve/page.html}). */
final class Html {
    private static final String FRAME = Resources.text("page.html");

    private Html() {
    }

    /** Text escaped for element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A link. */
    static String a(String href, String text) {
        return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
    }

    /** A bilingual heading: Chinese first, English after. */
    static String h2(String zh, String en, String id) {
        return "<h2 id=\"" + esc(id) + "\">" + esc(zh) + " <span class=\"en\">" + esc(en) + "</span></h2>\n";
    }

    /** The whole page around {@code body}; {@code head} is extra markup for the head (e.g. alternate links). */
    static String page(String title, String head, String body) {
        return FRAME.replace("{{title}}", esc(title)).replace("{{head}}", head).replace("{{body}}", body);
    }
}
