package org.w3id.hkg.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.Evidence;
import org.w3id.hkg.extract.Extraction;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Incident;
import org.w3id.hkg.extract.Listing;
import org.w3id.hkg.extract.Membership;
import org.w3id.hkg.extract.Ownership;
import org.w3id.hkg.extract.Role;
import org.w3id.hkg.extract.Sanction;
import org.w3id.hkg.ingest.DocumentMeta;
import org.w3id.hkg.ingest.SourceDocument;
import org.w3id.hkg.vocab.HKG;

/**
 * Maps one document and what was extracted from it to RDF under the hkg ontology: the article with
 * its metadata and text, the entities it mentions, and one node per fact with provenance; and the
 * entities' names, once per entity.
 */
public final class DocumentGraph {
    private static final String SCHEMA = HKG.SCHEMA;
    private final Iris iris;

    public DocumentGraph(Iris iris) {
        this.iris = iris;
    }

    /**
     * The RDF of one document, for the document's own named graph: the article with its metadata and
     * text, which entities it mentions, and one node per fact with provenance. What names an entity
     * (type, labels, pinyin) is not repeated here: it goes once into the shared entity graph, see
     * {@link #describe}.
     */
    public Model map(SourceDocument doc, Extraction extraction) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        Resource article = article(m, doc);
        for (Entity e : extraction.referenced()) {
            m.createResource(iris.entity(e.ref())).addProperty(HKG.mentionedIn, article);
        }
        for (Fact f : extraction.facts()) {
            fact(m, f, article);
        }
        return m;
    }

    /**
     * The descriptions of {@code entities} for the shared entity graph: type, canonical label, aliases,
     * English name and pinyin. Adding them again is harmless, so a build writes the description of an
     * entity each time it learns a new name for it.
     */
    public Model describe(Collection<Entity> entities) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.ALL);
        for (Entity e : entities) {
            Resource r = m.createResource(iris.entity(e.ref()))
                    .addProperty(RDF.type, typeClass(e.ref()))
                    .addProperty(RDFS.label, label(m, e.ref().name()))
                    .addProperty(SKOS.prefLabel, label(m, e.ref().name()));
            if (Slugs.hasHan(e.ref().name())) {
                r.addProperty(HKG.pinyin, Slugs.pinyinLabel(e.ref().name()));
            }
            for (String alias : e.aliases()) {
                if (!alias.equals(e.ref().name())) {
                    r.addProperty(SKOS.altLabel, label(m, alias));
                }
            }
            if (e.english() != null && !e.english().equals(e.ref().name())) {
                r.addProperty(SKOS.altLabel, m.createLiteral(e.english(), "en"));
            }
        }
        return m;
    }

    private Resource article(Model m, SourceDocument doc) {
        DocumentMeta meta = doc.meta();
        Resource a = m.createResource(iris.document(doc.id()))
                .addProperty(RDF.type, HKG.NewsArticle)
                .addProperty(RDF.type, m.createResource(SCHEMA + "NewsArticle"))
                .addProperty(HKG.fileName, doc.id())
                .addProperty(HKG.format, doc.format())
                .addProperty(HKG.charset, doc.charset())
                .addProperty(HKG.sha256, meta.sha256())
                .addProperty(HKG.text, doc.text());
        if (meta.title() != null) {
            a.addProperty(DCTerms.title, langLiteral(m, meta.title(), meta.lang()));
        }
        if (meta.published() != null) {
            a.addProperty(DCTerms.issued, date(m, meta.published()));
        }
        if (meta.lang() != null) {
            a.addProperty(DCTerms.language, meta.lang());
        }
        if (meta.url() != null) {
            a.addProperty(m.createProperty(SCHEMA + "url"), urlNode(m, meta.url()));
        }
        if (meta.publisher() != null) {
            a.addProperty(m.createProperty(SCHEMA + "publisher"),
                    m.createResource(iris.agent("publisher", meta.publisher()))
                            .addProperty(RDF.type, m.createResource(SCHEMA + "Organization"))
                            .addProperty(RDFS.label, label(m, meta.publisher())));
        }
        if (meta.author() != null) {
            a.addProperty(m.createProperty(SCHEMA + "author"),
                    m.createResource(iris.agent("author", meta.author()))
                            .addProperty(RDF.type, m.createResource(SCHEMA + "Person"))
                            .addProperty(RDFS.label, label(m, meta.author())));
        }
        return a;
    }

    private Resource ref(Model m, EntityRef ref) {
        return m.createResource(iris.entity(ref));
    }

    private void fact(Model m, Fact f, Resource article) {
        String kind = f.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        Resource node = m.createResource(iris.fact(kind, article.getURI() + "|" + f));
        provenance(m, node, f.evidence(), f.confidence(), article);
        if (f instanceof Ownership o) {
            Resource org = ref(m, o.org());
            Resource parent = ref(m, o.parent());
            node.addProperty(RDF.type, HKG.Ownership).addProperty(HKG.subsidiary, org).addProperty(HKG.parent, parent);
            org.addProperty(HKG.parentOrganization, parent);
        } else if (f instanceof Membership ms) {
            Resource member = ref(m, ms.member());
            Resource alliance = ref(m, ms.alliance());
            node.addProperty(RDF.type, HKG.Membership).addProperty(HKG.member, member).addProperty(HKG.alliance, alliance);
            member.addProperty(HKG.memberOf, alliance);
            optionalDate(m, node, HKG.since, ms.since());
        } else if (f instanceof Incident i) {
            node.addProperty(RDF.type, HKG.Incident)
                    .addProperty(HKG.organization, ref(m, i.org()))
                    .addProperty(HKG.outcome, m.createResource(Iris.code("outcome", i.outcome())));
            optionalDate(m, node, HKG.date, i.date());
        } else if (f instanceof Sanction s) {
            node.addProperty(RDF.type, HKG.Sanction)
                    .addProperty(HKG.target, ref(m, s.target()))
                    .addProperty(HKG.measure, m.createResource(Iris.code("measure", s.measure())));
            if (s.issuer() != null) {
                node.addProperty(HKG.issuer, ref(m, s.issuer()));
            }
            optionalDate(m, node, HKG.date, s.date());
        } else if (f instanceof Listing l) {
            Resource company = ref(m, l.company());
            node.addProperty(RDF.type, HKG.Listing).addProperty(HKG.company, company).addProperty(HKG.ticker, l.ticker());
            company.addProperty(HKG.tickerSymbol, l.ticker());
            if (l.exchange() != null) {
                node.addProperty(HKG.exchange, m.createResource(iris.exchange(l.exchange()))
                        .addProperty(RDF.type, HKG.StockExchange)
                        .addProperty(SKOS.notation, l.exchange()));
            }
        } else if (f instanceof Role r) {
            Resource person = ref(m, r.person());
            node.addProperty(RDF.type, HKG.Post)
                    .addProperty(HKG.heldBy, person)
                    .addProperty(HKG.postIn, ref(m, r.org()))
                    .addProperty(HKG.roleLabel, label(m, r.role()));
            person.addProperty(HKG.holds, node);
        }
    }

    private static void provenance(Model m, Resource node, Evidence ev, double confidence, Resource article) {
        node.addProperty(HKG.source, article)
                .addProperty(HKG.evidence, ev.sentence())
                .addLiteral(HKG.evidenceStart, m.createTypedLiteral(String.valueOf(ev.begin()), XSDDatatype.XSDinteger))
                .addLiteral(HKG.evidenceEnd, m.createTypedLiteral(String.valueOf(ev.end()), XSDDatatype.XSDinteger))
                .addLiteral(HKG.confidence, m.createTypedLiteral(
                        BigDecimal.valueOf(confidence).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        XSDDatatype.XSDdecimal));
    }

    private static void optionalDate(Model m, Resource node, org.apache.jena.rdf.model.Property p, LocalDate d) {
        if (d != null) {
            node.addProperty(p, date(m, d));
        }
    }

    static Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    /** A name as a literal: {@code @zh} (or {@code @zh-Hant} when given) for Chinese, {@code @en} for Latin script. */
    static Literal label(Model m, String name) {
        return m.createLiteral(name, Slugs.hasHan(name) ? "zh" : "en");
    }

    private static Literal langLiteral(Model m, String text, String lang) {
        return lang == null ? m.createLiteral(text) : m.createLiteral(text, lang);
    }

    private static org.apache.jena.rdf.model.RDFNode urlNode(Model m, String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.isAbsolute() && uri.getHost() != null) {
                return m.createResource(uri.toASCIIString());
            }
        } catch (java.net.URISyntaxException e) {
            // not a valid IRI: keep the address as text
        }
        return m.createLiteral(url);
    }

    private static Resource typeClass(EntityRef ref) {
        return switch (ref.type()) {
            case HOSPITAL -> HKG.Hospital;
            case COMPANY -> HKG.Company;
            case REGULATOR -> HKG.Regulator;
            case ALLIANCE -> HKG.Alliance;
            case PERSON -> HKG.Person;
        };
    }
}
