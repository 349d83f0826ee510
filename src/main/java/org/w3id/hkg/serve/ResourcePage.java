package org.w3id.hkg.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hkg.vocab.HKG;

/**
 * The HTML page of an entity, document or fact: names, types, relations both ways, facts, a dated
 * timeline, the source articles with the evidence highlighted in its paragraph, external links and
 * downloads.
 */
final class ResourcePage {
    private static final Set<String> NOT_RELATIONS = Set.of(RDF.type.getURI(), HKG.mentionedIn.getURI(),
            OWL.sameAs.getURI(), SKOS.exactMatch.getURI(), HKG.source.getURI());
    private static final Set<String> NAME_PROPS = Set.of(SKOS.prefLabel.getURI(), SKOS.altLabel.getURI(),
            RDFS.label.getURI(), HKG.pinyin.getURI(), HKG.text.getURI(), HKG.evidence.getURI());
    private static final Set<String> TIMELINE = Set.of(HKG.Incident.getURI(), HKG.Sanction.getURI(),
            HKG.Membership.getURI());

    private final ResourceData d;
    private final String base;
    private final String localPath;

    ResourcePage(ResourceData d, String base, String localPath) {
        this.d = d;
        this.base = base;
        this.localPath = localPath;
    }

    String render() {
        String title = d.labels.has(d.iri) ? d.labels.label(d.iri) : title();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n<p>");
        for (String t : d.types()) {
            b.append("<span class=\"badge\">").append(Html.esc(Names.of(t))).append("</span>");
        }
        b.append(" <span class=\"iri\">").append(Html.esc(d.iri)).append("</span></p>\n");
        downloads(b);
        names(b);
        properties(b);
        relations(b);
        pager(b);
        if (!d.isFact()) {
            facts(b);
            timeline(b);
        }
        text(b);
        sources(b);
        pager(b);
        external(b);
        String head = "";
        for (RdfSyntax s : RdfSyntax.values()) {
            head += "<link rel=\"alternate\" type=\"" + s.mediaType() + "\" href=\"" + Html.esc(localPath) + "."
                    + s.suffix() + "\">\n";
        }
        return Html.page(title, head, b.toString());
    }

    private String title() {
        List<Literal> t = d.literals("http://purl.org/dc/terms/title");
        return t.isEmpty() ? Names.localName(d.iri) : t.get(0).getLexicalForm();
    }

    private void downloads(StringBuilder b) {
        b.append("<p class=\"downloads\">下载 <span class=\"en\">Download</span>: ");
        b.append(Html.a(localPath + ".ttl", "Turtle")).append(Html.a(localPath + ".jsonld", "JSON-LD"))
                .append(Html.a(localPath + ".nt", "N-Triples")).append(Html.a(localPath + ".rdf", "RDF/XML"))
                .append("</p>\n");
    }

    private void names(StringBuilder b) {
        List<String[]> rows = new ArrayList<>();
        for (Literal l : d.literals(SKOS.prefLabel.getURI())) {
            rows.add(new String[] {l.getLanguage().startsWith("zh") ? "中文名 Chinese" : "名称 Name ("
                    + (l.getLanguage().isEmpty() ? "-" : l.getLanguage()) + ")", l.getLexicalForm()});
        }
        d.literals(HKG.pinyin.getURI()).forEach(l -> rows.add(new String[] {"拼音 Pinyin", l.getLexicalForm()}));
        d.literals(SKOS.altLabel.getURI()).forEach(l -> rows.add(new String[] {"别名 Alias", l.getLexicalForm()}));
        if (rows.isEmpty()) {
            return;
        }
        b.append(Html.h2("名称", "Names", "names")).append("<table>");
        rows.forEach(r -> b.append("<tr><th>").append(Html.esc(r[0])).append("</th><td>").append(Html.esc(r[1]))
                .append("</td></tr>"));
        b.append("</table>\n");
    }

    private void properties(StringBuilder b) {
        List<ResourceData.Arc> props = d.out.stream()
                .filter(a -> a.other().isLiteral() && !NAME_PROPS.contains(a.predicate())).toList();
        if (props.isEmpty() && d.literals(HKG.evidence.getURI()).isEmpty()) {
            return;
        }
        b.append(Html.h2("属性", "Properties", "properties")).append("<table>");
        props.forEach(a -> b.append("<tr><th>").append(Html.esc(Names.of(a.predicate()))).append("</th><td>")
                .append(value(a.other())).append("</td></tr>"));
        d.literals(HKG.evidence.getURI()).forEach(l -> b.append("<tr><th>证据句 evidence</th><td>")
                .append(Html.esc(l.getLexicalForm())).append("</td></tr>"));
        b.append("</table>\n");
    }

    private void relations(StringBuilder b) {
        List<ResourceData.Arc> out = d.out.stream()
                .filter(a -> !a.other().isLiteral() && !NOT_RELATIONS.contains(a.predicate())).toList();
        if (out.isEmpty() && d.in.isEmpty()) {
            return;
        }
        b.append(Html.h2("关系", "Relations", "relations")).append("<table>");
        b.append("<tr><th>方向 Direction</th><th>关系 Relation</th><th>对象 Resource</th></tr>");
        out.forEach(a -> b.append("<tr><td>→</td><td>").append(Html.esc(Names.of(a.predicate())))
                .append("</td><td>").append(value(a.other())).append("</td></tr>"));
        d.in.forEach(a -> b.append("<tr><td>←</td><td>").append(Html.esc(Names.of(a.predicate())))
                .append("</td><td>").append(value(a.other())).append("</td></tr>"));
        b.append("</table>\n");
    }

    private List<FactView> entityFacts() {
        return d.facts.values().stream().filter(f -> !f.iri.equals(d.iri)).toList();
    }

    /**
     * Which articles this page shows, when there are more than one page of them, with links to the more
     * recent and the older ones. Facts, timeline and sources are those of the articles shown.
     */
    private void pager(StringBuilder b) {
        if (d.pages() == 1 && d.page == 1) {
            return;
        }
        int first = d.offset() + 1;
        int last = Math.min(d.articleCount, d.offset() + ResourceData.ARTICLES_PER_PAGE);
        b.append("<nav class=\"pager\">");
        if (d.page > 1) {
            b.append(Html.a(localPath + "?page=" + (Math.min(d.page, d.pages() + 1) - 1), "← 较新 Newer")).append(' ');
        }
        b.append("<span>文章 Articles ").append(first <= last ? first + "–" + last : "–").append(" / ")
                .append(d.articleCount).append(" (").append(d.page).append(" / ").append(d.pages())
                .append(")</span>");
        if (d.page < d.pages()) {
            b.append(' ').append(Html.a(localPath + "?page=" + (d.page + 1), "较早 Older →"));
        }
        b.append("</nav>\n");
    }

    private void facts(StringBuilder b) {
        List<FactView> facts = entityFacts();
        if (facts.isEmpty()) {
            return;
        }
        b.append(Html.h2("相关事实", "Facts", "facts")).append("<table>");
        b.append("<tr><th>类型 Kind</th><th>角色 Role</th><th>内容 Details</th><th>日期 Date</th>"
                + "<th>来源 Source</th></tr>");
        for (FactView f : facts) {
            b.append("<tr><td>").append(link(f.iri, kindName(f))).append("</td><td>");
            f.rolesOf(d.iri).forEach(r -> b.append(Html.esc(Names.of(r))).append(' '));
            b.append("</td><td>");
            undated(f).forEach(a -> b.append(Html.esc(Names.zh(a.predicate()))).append(": ")
                    .append(value(a.other())).append("<br>"));
            b.append("</td><td>").append(Html.esc(f.date())).append("</td><td>");
            if (f.source() != null) {
                b.append(link(f.source(), d.labels.label(f.source())));
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** The details of a fact but its date (shown in a column or as the timeline's date). */
    private List<ResourceData.Arc> undated(FactView f) {
        return f.details(d.iri).stream().filter(a -> !a.predicate().equals(HKG.date.getURI())
                && !a.predicate().equals(HKG.since.getURI())).toList();
    }

    private void timeline(StringBuilder b) {
        List<FactView> dated = entityFacts().stream()
                .filter(f -> f.date() != null && f.kinds().stream().anyMatch(TIMELINE::contains))
                .sorted(Comparator.comparing(FactView::date)).toList();
        if (dated.isEmpty()) {
            return;
        }
        b.append(Html.h2("时间线", "Timeline", "timeline")).append("<ol class=\"timeline\">");
        for (FactView f : dated) {
            b.append("<li><time>").append(Html.esc(f.date())).append("</time>").append(link(f.iri, kindName(f)))
                    .append(" — ");
            undated(f).forEach(a -> b.append(value(a.other())).append(' '));
            if (f.evidence() != null) {
                b.append("<br><q>").append(Html.esc(f.evidence())).append("</q>");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

    private void text(StringBuilder b) {
        List<Literal> text = d.literals(HKG.text.getURI());
        if (text.isEmpty()) {
            return;
        }
        String t = text.get(0).getLexicalForm();
        List<EvidenceHighlighter.Span> spans = new ArrayList<>();
        for (FactView f : d.sourced.values()) {
            EvidenceHighlighter.Span s = EvidenceHighlighter.locate(t, f.start(), f.end(), f.evidence());
            if (s != null) {
                spans.add(s);
            }
        }
        b.append(Html.h2("正文", "Text", "text")).append("<blockquote class=\"text\">")
                .append(EvidenceHighlighter.whole(t, spans)).append("</blockquote>\n");
    }

    private void sources(StringBuilder b) {
        if (d.docs.isEmpty() || d.literals(HKG.text.getURI()).size() > 0) {
            return;
        }
        b.append(Html.h2("来源与证据", "Sources and evidence", "sources"));
        for (ResourceData.Doc doc : d.docs.values()) {
            b.append("<h3>").append(link(doc.iri(), doc.title() == null ? Names.localName(doc.iri()) : doc.title()))
                    .append("</h3><p>");
            if (doc.publisher() != null) {
                b.append(Html.esc(doc.publisher())).append(" · ");
            }
            if (doc.issued() != null) {
                b.append(Html.esc(doc.issued())).append(" · ");
            }
            if (isWebUrl(doc.url())) {
                b.append("<a class=\"original\" href=\"").append(Html.esc(doc.url()))
                        .append("\" rel=\"nofollow\">原文 <span class=\"en\">original</span></a>");
            }
            b.append("</p>\n");
            for (FactView f : d.facts.values()) {
                if (doc.iri().equals(f.source()) && f.evidence() != null) {
                    b.append("<blockquote class=\"evidence\">")
                            .append(EvidenceHighlighter.paragraph(doc.text(), f.start(), f.end(), f.evidence()))
                            .append("<br><small>").append(link(f.iri, kindName(f))).append("</small></blockquote>\n");
                }
            }
        }
    }

    private void external(StringBuilder b) {
        List<String> ext = d.out.stream().filter(a -> (a.predicate().equals(OWL.sameAs.getURI())
                || a.predicate().equals(SKOS.exactMatch.getURI())) && a.other().isURIResource())
                .map(a -> a.other().asResource().getURI()).filter(ResourcePage::isWebUrl).distinct().toList();
        if (ext.isEmpty()) {
            return;
        }
        b.append(Html.h2("外部链接", "External links", "external")).append("<ul>");
        ext.forEach(u -> b.append("<li>").append(Html.a(u, u)).append("</li>"));
        b.append("</ul>\n");
    }

    /** Only http(s) links are made clickable (never javascript: or data: from the data). */
    private static boolean isWebUrl(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }

    private String kindName(FactView f) {
        List<String> k = f.kinds();
        return k.isEmpty() ? Names.localName(f.iri) : Names.of(k.get(0));
    }

    private String value(RDFNode n) {
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            return link(iri, d.labels.label(iri));
        }
        if (n.isLiteral()) {
            return Html.esc(n.asLiteral().getLexicalForm());
        }
        String key = ResourceData.nodeIri(n);
        return d.labels.has(key) ? Html.esc(d.labels.label(key)) : "[…]";
    }

    private String link(String iri, String text) {
        String href = LocalPaths.href(iri, base);
        return href.startsWith("/") || isWebUrl(href) ? Html.a(href, text) : Html.esc(text);
    }
}
