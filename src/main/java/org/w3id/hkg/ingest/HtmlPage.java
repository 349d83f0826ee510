package org.w3id.hkg.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads HTML with jsoup: the page's metadata, and its text as one line per block (paragraph, heading, list
 * item...). Page chrome is removed first: scripts, styles, navigation, page header and footer, asides, forms,
 * share bars and comment boxes (by tag, ARIA role, or class/id words), and blocks that are nothing but links.
 */
final class HtmlPage {
    private static final String CHROME_TAGS = "script, style, noscript, template, nav, aside, form, iframe, button, "
            + "select, textarea, input, svg, canvas, object, embed, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [hidden]";
    private static final Pattern CHROME_NAMES = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:share|sharing|social|comments?|breadcrumbs?|sidebar|related|recommend|footer|header|"
                    + "nav|navbar|menu|toolbar|copyright|advert|ads|login|subscribe)(?:$|[\\s_-])");
    private static final Set<String> KEEP = Set.of("html", "body", "main", "article");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "blockquote", "pre",
            "figure", "figcaption", "hr", "address", "center", "caption");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[-|–—]\\s|_|｜|\\s\\|\\s");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^>\\s]{1,2000})>");
    private static final List<Evaluator> DATE_META = Stream.of("meta[name=date]", "meta[property=article:published_time]",
        "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish_date]", "meta[itemprop=datePublished]",
        "meta[name=dc.date]", "meta[name=dcterms.date]").map(QueryParser::parse).toList();
    /* Selectors parsed once: parsing a selector costs about as much as running it on a news page. */
    private static final Evaluator CHROME = QueryParser.parse(CHROME_TAGS);
    private static final Evaluator HEADER_FOOTER = QueryParser.parse("header, footer");
    private static final Evaluator ARTICLE = QueryParser.parse("article, main");
    private static final Evaluator CLASS_OR_ID = QueryParser.parse("[class], [id]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url]");
    private static final Evaluator AUTHOR = QueryParser.parse("meta[name=author]");
    private static final Evaluator SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
    private static final Evaluator LANG = QueryParser.parse("html[lang]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator ROW = QueryParser.parse("tr");

    private HtmlPage() {
    }

    static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** Parses HTML mixed with Markdown lines: Markdown autolinks are kept as text. */
    static Document parseMixed(String text) {
        return Jsoup.parseBodyFragment(AUTOLINK.matcher(text).replaceAll("&lt;$1&gt;"));
    }

    /**
     * The text blocks of the page, one per line.
     *
     * @param keepNewlines true if line breaks in text outside any block are line breaks (Markdown mixed with HTML)
     */
    static List<String> lines(Document doc, boolean keepNewlines) {
        Element body = doc.body();
        removeChrome(body);
        labelTables(body);
        LineCollector collector = new LineCollector(keepNewlines);
        NodeTraversor.traverse(collector, body);
        collector.flush();
        return collector.lines;
    }

    /** Title, date, address, author and site name from the page head. */
    static void meta(Document doc, MetaHints hints) {
        hints.title(pageTitle(doc));
        for (Evaluator selector : DATE_META) {
            Element e = doc.selectFirst(selector);
            if (e != null) {
                hints.date(DateText.find(e.attr("content")));
            }
        }
        Element time = doc.selectFirst(TIME);
        if (time != null) {
            hints.date(DateText.find(time.attr("datetime")));
        }
        hints.url(attr(doc, CANONICAL, "href"));
        hints.url(attr(doc, OG_URL, "content"));
        hints.author(attr(doc, AUTHOR, "content"));
        hints.publisher(attr(doc, SITE_NAME, "content"));
    }

    /** The {@code lang} attribute of the root element, or null. */
    static String declaredLang(Document doc) {
        Element html = doc.selectFirst(LANG);
        return html == null ? null : html.attr("lang");
    }

    private static String pageTitle(Document doc) {
        String title = Whitespace.collapse(doc.title());
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst(H1);
            return h1 == null ? null : h1.text();
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        return parts.length > 1 && parts[0].strip().length() >= 4 ? parts[0].strip() : title;
    }

    private static String attr(Document doc, Evaluator selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    /** Replaces each data table (no table inside) by one paragraph per row of "header:cell" pairs ({@link TableRows}). */
    private static void labelTables(Element body) {
        for (Element table : body.select(TABLE)) {
            if (table.select(TABLE).size() > 1) {
                continue; // a layout table around others: its inner tables are read on their own
            }
            List<List<String>> rows = new ArrayList<>();
            for (Element tr : table.select(ROW)) {
                rows.add(tr.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                        .map(c -> Whitespace.collapse(c.text())).toList());
            }
            List<String> labelled = TableRows.labelled(rows);
            if (labelled != null) {
                for (String row : labelled) {
                    table.before(new Element("p").text(row));
                }
                table.remove();
            }
        }
    }

    private static void removeChrome(Element body) {
        body.select(CHROME).remove();
        for (Element e : body.select(HEADER_FOOTER)) {
            if (e.closest(ARTICLE) == null) {
                e.remove();
            }
        }
        for (Element e : body.select(CLASS_OR_ID)) {
            if (!KEEP.contains(e.normalName()) && CHROME_NAMES.matcher(e.className() + " " + e.id()).find()) {
                e.remove();
            }
        }
    }

    /** Walks the tree and cuts the text into lines at block boundaries and line breaks. */
    private static final class LineCollector implements NodeVisitor {
        final List<String> lines = new ArrayList<>();
        private final boolean keepNewlines;
        private final StringBuilder current = new StringBuilder();
        private int blockDepth;
        private int linkDepth;
        private int preDepth;
        private int textChars;
        private int linkChars;

        LineCollector(boolean keepNewlines) {
            this.keepNewlines = keepNewlines;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t.getWholeText());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br") || BLOCKS.contains(tag)) {
                    flush();
                }
                if (BLOCKS.contains(tag)) {
                    blockDepth++;
                }
                if (tag.equals("a")) {
                    linkDepth++;
                } else if (tag.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    blockDepth--;
                    flush();
                } else if (tag.equals("td") || tag.equals("th")) {
                    current.append(' ');
                }
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (tag.equals("pre")) {
                    preDepth--;
                }
            }
        }

        private void text(String s) {
            boolean breaks = preDepth > 0 || (keepNewlines && blockDepth == 0);
            int start = 0;
            for (int nl = s.indexOf('\n'); breaks && nl >= 0; nl = s.indexOf('\n', start)) {
                append(s.substring(start, nl));
                flush();
                start = nl + 1;
            }
            append(s.substring(start));
        }

        private void append(String s) {
            current.append(s);
            int letters = (int) s.codePoints().filter(Character::isLetterOrDigit).count();
            textChars += letters;
            if (linkDepth > 0) {
                linkChars += letters;
            }
        }

        void flush() {
            boolean linkOnly = textChars > 0 && linkChars == textChars;
            String line = Whitespace.collapse(current.toString());
            if (!line.isEmpty() && !linkOnly) {
                lines.add(line);
            }
            current.setLength(0);
            textChars = 0;
            linkChars = 0;
        }
    }
}
