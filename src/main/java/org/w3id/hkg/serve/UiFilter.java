package org.w3id.hkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adapts the Fuseki UI (served from the jena-fuseki-ui jar) to a read-only hkg server: its
 * {@code index.html} gets a banner linking to the landing page and a style sheet that hides the tabs and
 * buttons that would write (add data, edit, manage); its query page gets the seven competency queries as
 * "Example Queries" and the hkg prefixes. Its hashed static files get long caching headers.
 */
final class UiFilter implements Filter {
    private static final String UI_ROOT = "webapp";
    private static final String EXAMPLES_MARK = "queries:[{value:SELECT_TRIPLES_QUERY,";
    private static final String PREFIXES_MARK = "prefixes:[";

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest hreq = (HttpServletRequest) req;
        HttpServletResponse hres = (HttpServletResponse) res;
        String path = hreq.getRequestURI().substring(hreq.getContextPath().length());
        boolean read = "GET".equals(hreq.getMethod()) || "HEAD".equals(hreq.getMethod());
        if (read && (path.equals("/") || path.equals("/index.html"))) {
            send(hres, "text/html; charset=utf-8", "no-cache", cache.computeIfAbsent("index", k -> index()));
        } else if (read && path.matches("/static/Query-[A-Za-z0-9_-]+\\.js")) {
            byte[] js = cache.computeIfAbsent(path, this::queryPage);
            if (js == null) {
                chain.doFilter(req, res);
            } else {
                send(hres, "text/javascript; charset=utf-8", "public, max-age=86400", js);
            }
        } else {
            if (read && path.startsWith("/static/")) {
                hres.setHeader("Cache-Control", "public, max-age=86400");
            }
            chain.doFilter(req, res);
        }
    }

    private static void send(HttpServletResponse res, String type, String cacheControl, byte[] body)
            throws IOException {
        res.setContentType(type);
        res.setHeader("Cache-Control", cacheControl);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private byte[] index() {
        String html = new String(uiFile("/index.html"), StandardCharsets.UTF_8);
        String css = Resources.text("ui-readonly.css");
        html = html.replace("</head>", "<style id=\"hkg-readonly\">" + css + "</style>\n</head>");
        html = html.replace("<div id=\"app\"></div>", Resources.text("ui-banner.html") + "<div id=\"app\"></div>");
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] queryPage(String path) {
        byte[] raw = uiFile(path);
        if (raw == null) {
            return null;
        }
        String js = new String(raw, StandardCharsets.UTF_8);
        if (!js.contains(EXAMPLES_MARK)) {
            return raw;
        }
        StringBuilder examples = new StringBuilder();
        CompetencyExamples.all().forEach((name, text) -> examples.append("{value:").append(Js.string(text))
                .append(",text:").append(Js.string(name)).append("},"));
        js = js.replace(EXAMPLES_MARK, "queries:[" + examples + "{value:SELECT_TRIPLES_QUERY,");
        StringBuilder prefixes = new StringBuilder();
        CompetencyExamples.PREFIXES.forEach((p, ns) -> prefixes.append("{uri:").append(Js.string(ns))
                .append(",text:").append(Js.string(p)).append("},"));
        int at = js.indexOf(PREFIXES_MARK, js.indexOf("queries:["));
        if (at >= 0) {
            at += PREFIXES_MARK.length();
            js = js.substring(0, at) + prefixes + js.substring(at);
        }
        return js.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] uiFile(String path) {
        try (InputStream in = FMod_UI_Anchor.class.getClassLoader().getResourceAsStream(UI_ROOT + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Class whose loader sees the UI jar. */
    private static final class FMod_UI_Anchor {
    }
}
