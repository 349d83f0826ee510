package org.w3id.hkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.w3id.hkg.vocab.HKG;

/**
 * {@code GET /about}: the dataset's home page. What it holds (counts per class), the hospitals, companies,
 * regulators and alliances (links to their pages), a name search ({@code ?q=}) and the competency queries
 * ready to run in the query UI.
 */
final class LandingServlet extends HttpServlet {
    private static final int LIST_LIMIT = 1000;
    private static final Map<String, String[]> LISTS = lists();

    private final transient ServeContext ctx;

    LandingServlet(ServeContext ctx) {
        this.ctx = ctx;
    }

    private static Map<String, String[]> lists() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put(HKG.Hospital.getURI(), new String[] {"医院", "Hospitals", "hospitals"});
        m.put(HKG.Company.getURI(), new String[] {"公司", "Companies", "companies"});
        m.put(HKG.Regulator.getURI(), new String[] {"监管机构", "Regulators", "regulators"});
        m.put(HKG.Alliance.getURI(), new String[] {"医院联盟", "Alliances", "alliances"});
        return m;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String q = req.getParameter("q");
        StringBuilder b = new StringBuilder();
        b.append("<h1>hkg 医院知识图谱 <span class=\"en\">Hospital knowledge graph</span></h1>\n")
                .append("<p>从中文新闻中抽取的医院、所属公司、监管处罚、医院联盟、医疗事件和人物，每条事实都附有证据句。"
                        + "<br><span class=\"en\">Hospitals, their owners, regulators' sanctions, alliances, incidents "
                        + "and people, extracted from Chinese news; every fact links to its evidence sentence.</span></p>\n");
        try {
            search(b, q);
            counts(b);
            for (Map.Entry<String, String[]> e : LISTS.entrySet()) {
                list(b, e.getKey(), e.getValue());
            }
        } catch (QueryCancelledException e) {
            b.append("<p>查询超时 <span class=\"en\">The query timed out.</span></p>");
        }
        queries(b);
        b.append(Html.h2("接口", "Endpoints", "endpoints")).append("<ul>")
                .append("<li>SPARQL: <code>/hkg/sparql</code> (").append(Html.a("/", "查询界面 query UI")).append(")</li>")
                .append("<li>Graph Store (read): <code>/hkg/get?default</code></li>")
                .append("<li>").append(Html.a("/.well-known/void", "VoID / DCAT")).append("</li>")
                .append("<li>").append(Html.a("/health", "/health")).append("</li></ul>\n");
        res.setHeader("Cache-Control", "no-cache");
        LinkedDataServlet.write(res, "text/html; charset=utf-8", Html.page("hkg", "", b.toString()));
    }

    private void search(StringBuilder b, String q) {
        b.append("<form class=\"search\" action=\"/about\" method=\"get\" role=\"search\">")
                .append("<input type=\"search\" name=\"q\" placeholder=\"名称搜索 Search names (中文 / pinyin / English)\" value=\"")
                .append(Html.esc(q)).append("\"> <button type=\"submit\">搜索 Search</button></form>\n");
        if (q == null || q.isBlank()) {
            return;
        }
        ParameterizedSparqlString pss = Sparql.template("""
                SELECT DISTINCT ?e ?type ?l WHERE {
                  ?e skos:prefLabel|skos:altLabel|rdfs:label|hkg:pinyin ?name .
                  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(?q)))
                  ?e a ?type FILTER(STRSTARTS(STR(?type), STR(hkg:)))
                  OPTIONAL { ?e skos:prefLabel ?l } } LIMIT 500""");
        pss.setLiteral("q", q.strip());
        LabelPicker labels = new LabelPicker();
        Map<String, String> types = new LinkedHashMap<>();
        for (QuerySolution s : ctx.select(pss)) {
            String e = s.getResource("e").getURI();
            labels.offer(e, s.contains("l") ? s.getLiteral("l") : null);
            types.putIfAbsent(e, s.getResource("type").getURI());
        }
        b.append(Html.h2("搜索结果", "Search results", "results"));
        if (types.isEmpty()) {
            b.append("<p class=\"none\">没有找到 <span class=\"en\">Nothing found for</span> “")
                    .append(Html.esc(q)).append("”.</p>\n");
            return;
        }
        b.append("<ul class=\"results\">");
        types.forEach((e, t) -> b.append("<li>").append(Html.a(LocalPaths.href(e, ctx.base()), labels.label(e)))
                .append(" <span class=\"badge\">").append(Html.esc(Names.of(t))).append("</span></li>"));
        b.append("</ul>\n");
    }

    private void counts(StringBuilder b) {
        b.append(Html.h2("数据概况", "What the dataset holds", "counts")).append("<table class=\"counts\">");
        for (QuerySolution s : ctx.select(Sparql.template("""
                SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type FILTER(STRSTARTS(STR(?type), STR(hkg:))) }
                GROUP BY ?type ORDER BY DESC(?n)"""))) {
            b.append("<tr><td>").append(Html.esc(Names.of(s.getResource("type").getURI()))).append("</td><td>")
                    .append(s.getLiteral("n").getLong()).append("</td></tr>");
        }
        b.append("</table>\n");
    }

    private void list(StringBuilder b, String type, String[] heading) {
        ParameterizedSparqlString pss = Sparql.template("""
                SELECT ?e ?l WHERE { ?e a ?type OPTIONAL { ?e skos:prefLabel|rdfs:label ?l } }""");
        pss.setIri("type", type);
        LabelPicker labels = new LabelPicker();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (QuerySolution s : ctx.select(pss)) {
            String e = s.getResource("e").getURI();
            labels.offer(e, s.contains("l") ? s.getLiteral("l") : null);
            seen.put(e, true);
        }
        if (seen.isEmpty()) {
            return;
        }
        List<String> sorted = seen.keySet().stream().sorted(Comparator.comparing(labels::label)).limit(LIST_LIMIT)
                .toList();
        b.append(Html.h2(heading[0], heading[1] + " (" + seen.size() + ")", heading[2])).append("<ul class=\"cols\">");
        sorted.forEach(e -> b.append("<li>").append(Html.a(LocalPaths.href(e, ctx.base()), labels.label(e)))
                .append("</li>"));
        b.append("</ul>\n");
    }

    private static void queries(StringBuilder b) {
        Map<String, String> all = CompetencyExamples.all();
        b.append(Html.h2("能力问题", "Competency queries", "queries"));
        if (all.isEmpty()) {
            b.append("<p>No competency queries are packaged in this build.</p>\n");
            return;
        }
        b.append("<ul class=\"queries\">");
        all.forEach((name, text) -> b.append("<li>").append(Html.a(uiQueryUrl(text), name))
                .append(" · ").append(Html.a("/hkg/sparql?query=" + encode(text), "results (JSON)"))
                .append("<details><summary>SPARQL</summary><pre>").append(Html.esc(text))
                .append("</pre></details></li>"));
        b.append("</ul>\n");
    }

    /** The query UI's page for the hkg dataset with {@code query} in its editor. */
    static String uiQueryUrl(String query) {
        return "/#/dataset/" + HkgServer.DATASET_NAME + "/query?query=" + encode(query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
