package org.w3id.hkg.ingest;

import org.apache.jena.atlas.json.io.JSONHandlerBase;
import org.apache.jena.atlas.json.io.parser.JSONParser;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a news document: Markdown with YAML front matter (body in Markdown or HTML), an HTML page, or plain
 * text such as a saved page. The format and charset are detected from the content, never from the file name.
 * The text keeps the article, one paragraph per line, without markup or site chrome; the metadata comes from
 * the front matter, the HTML head and the byline, date, source and masthead lines of the text.
 *
 * <p>Instances are immutable and thread-safe; create one and share it.
 */
public final class NewsReader implements DocumentReader {
    /**
     * Largest file read. A saved news page, images inlined, is a few MiB; a bigger file is not one article
     * (a data dump, an archive, a video) and would only fill the memory.
     */
    public static final long MAX_FILE_BYTES = 64L << 20;
    /**
     * Default for the most characters of article text one document may have. A long news article or official
     * notice has tens of thousands; extraction holds about 25 bytes per character of a document while it works
     * on it, so the limit also bounds the memory a worker thread needs.
     */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    private static final int SNIFF = 4096;
    private static final Pattern HTML_START = Pattern.compile(
            "(?i)<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article|table)\\b");
    private static final Pattern HTML_ANYWHERE = Pattern.compile("(?i)<(?:html|body)\\b");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(?:p|div|br|span|table|h[1-6]|ul|ol|li|blockquote|img|a|section|article)\\b[^>\\n]{0,500}>|<!--");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6} \\S");

    private final ArticleLines articles;
    private final Outlets outlets;
    private final int maxChars;

    /** A reader with the packaged boilerplate and outlet rules ({@code /data/ingest/*.txt}). */
    public NewsReader() {
        this(Boilerplate.load(), Outlets.load());
    }

    NewsReader(Boilerplate boilerplate, Outlets outlets) {
        this(new ArticleLines(boilerplate, outlets), outlets, DEFAULT_MAX_CHARS);
    }

    private NewsReader(ArticleLines articles, Outlets outlets, int maxChars) {
        this.articles = articles;
        this.outlets = outlets;
        this.maxChars = maxChars;
    }

    /** The same reader, refusing documents whose article text has more than {@code maxChars} characters. */
    public NewsReader withMaxChars(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("the character limit must be at least 1, not " + maxChars);
        }
        return new NewsReader(articles, outlets, maxChars);
    }

    @Override
    public SourceDocument read(Path file) throws IngestException {
        byte[] bytes;
        try {
            tooLarge(Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException("no such file");
        } catch (AccessDeniedException e) {
            throw new IngestException("permission denied");
        } catch (IOException e) {
            throw new IngestException("cannot read the file: " + Whitespace.collapse(String.valueOf(e.getMessage())));
        }
        return read(idOf(file), file, bytes);
    }

    /**
     * Reads a document from bytes already in memory.
     *
     * @param id    the document identifier (normally the file name)
     * @param path  where the bytes came from (recorded, not read)
     * @param bytes the file content
     */
    public SourceDocument read(String id, Path path, byte[] bytes) throws IngestException {
        tooLarge(bytes.length);
        Decoded decoded = TextDecoder.decode(bytes);
        String text = unixNewlines(decoded.text());
        if (text.isBlank()) {
            throw new IngestException("no text: the file holds only white space");
        }
        if (isJson(text)) {
            throw new IngestException("JSON data, not a news article");
        }
        MetaHints hints = new MetaHints();
        Body body = body(text, hints);
        if (body.text().isEmpty()) {
            throw new IngestException("no article text: only markup, metadata or site boilerplate");
        }
        if (body.text().length() > maxChars) {
            throw new IngestException(String.format(Locale.ROOT,
                    "article text of %,d characters is over the limit of %,d (--max-chars): not read as one article",
                    body.text().length(), maxChars));
        }
        String lang = Script.lang(body.text(), body.declaredLang());
        return new SourceDocument(id, path, body.format(), decoded.charset(), body.text(),
                hints.toMeta(lang, Sha256.hex(bytes)), new ArrayList<>(hints.warnings()));
    }

    /** Whether the whole text is one JSON object or array (a data file, such as a corpus's gold.json, beside the articles). */
    private static boolean isJson(String text) {
        int first = 0;
        int last = text.length() - 1;
        while (first < last && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        while (last > first && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        char open = text.charAt(first);
        char close = text.charAt(last);
        if (first == last || !(open == '{' && close == '}' || open == '[' && close == ']')) {
            return false;
        }
        try {
            // checks the syntax only, without building the tree: a data file can be tens of MiB
            JSONParser.parseAny(new StringReader(text), new JSONHandlerBase());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void tooLarge(long bytes) throws IngestException {
        if (bytes > MAX_FILE_BYTES) {
            throw new IngestException(String.format(Locale.ROOT, "file of %.1f MiB is over the %d MiB a news page can be: not read",
                    bytes / (double) (1 << 20), MAX_FILE_BYTES >> 20));
        }
    }

    /** The body of the document in its detected format. */
    private record Body(String format, String text, String declaredLang) {
    }

    private Body body(String text, MetaHints hints) throws IngestException {
        if (FrontMatter.startsWithFence(text)) {
            return frontMatterDocument(text, hints);
        }
        if (looksLikeHtml(text)) {
            Document doc = HtmlPage.parse(text);
            HtmlPage.meta(doc, hints);
            String body = articles.read(HtmlPage.lines(doc, false), false, hints);
            return new Body("html", body, langTag(HtmlPage.declaredLang(doc)));
        }
        String format = MARKDOWN_HEADING.matcher(text.stripLeading()).find() ? "markdown" : "text";
        return new Body(format, markdownBody(text, hints), null);
    }

    private Body frontMatterDocument(String text, MetaHints hints) throws IngestException {
        FrontMatter fm = FrontMatter.split(text);
        if (fm.problem() != null) {
            if (fm.body().isBlank()) {
                throw new IngestException(fm.problem() + ", and no text follows it");
            }
            hints.warn(fm.problem() + "; the rest is read as plain text");
            return new Body("text", markdownBody(fm.body(), hints), null);
        }
        hints.title(fm.text("title"));
        String date = first(fm, "date", "published", "pubdate");
        if (date != null) {
            DateText.Result r = DateText.find(date);
            if (r.found()) {
                hints.date(r);
            } else {
                hints.warn("front matter date '" + Whitespace.collapse(date) + "' is not a date");
            }
        }
        hints.publisher(first(fm, "source", "publisher"));
        hints.author(fm.text("author"));
        hints.url(first(fm, "url", "link", "canonical_url"));
        String body = markdownBody(fm.body(), hints);
        List<String> tags = new ArrayList<>(fm.values("tags"));
        tags.addAll(fm.values("categories"));
        for (String tag : tags) {
            hints.publisher(outlets.fromTag(tag));
        }
        return new Body("markdown", body, null);
    }

    private String markdownBody(String text, MetaHints hints) {
        if (BLOCK_TAG.matcher(text).find()) {
            return articles.read(HtmlPage.lines(HtmlPage.parseMixed(text), true), true, hints);
        }
        return articles.read(lines(text), true, hints);
    }

    private static String first(FrontMatter fm, String... keys) {
        for (String key : keys) {
            String v = fm.text(key);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static boolean looksLikeHtml(String text) {
        int from = skipCommentsAndSpace(text);
        String start = text.substring(from, Math.min(text.length(), from + SNIFF));
        if (start.startsWith("<?xml")) {
            return HTML_ANYWHERE.matcher(start).find();
        }
        if (start.startsWith("<")) {
            return HTML_START.matcher(start).lookingAt();
        }
        return HTML_ANYWHERE.matcher(start).find();
    }

    /** Where the text starts after leading white space and HTML comments. */
    private static int skipCommentsAndSpace(String head) {
        int pos = 0;
        while (pos < head.length()) {
            if (Character.isWhitespace(head.charAt(pos))) {
                pos++;
            } else if (head.startsWith("<!--", pos)) {
                int end = head.indexOf("-->", pos + 4);
                if (end < 0) {
                    return head.length();
                }
                pos = end + 3;
            } else {
                break;
            }
        }
        return pos;
    }

    /** Maps an HTML {@code lang} attribute to one of the language tags used here, or null. */
    static String langTag(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String l = declared.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (l.startsWith("en")) {
            return "en";
        }
        if (l.startsWith("zh")) {
            return l.contains("hant") || l.endsWith("-tw") || l.endsWith("-hk") || l.endsWith("-mo") ? "zh-Hant" : "zh-Hans";
        }
        return null;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static String unixNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
