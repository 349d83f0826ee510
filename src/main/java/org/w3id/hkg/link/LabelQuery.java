package org.w3id.hkg.link;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.LiteralLabelFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds, through the query API (never by pasting names into text), the batched exact-label lookup
 * <pre>
 * SELECT DISTINCT ?name ?item WHERE {
 *   VALUES ?name { "…"@zh "…"@zh-hans … "…"@en }
 *   VALUES ?labelProp { rdfs:label skos:altLabel schema:name }
 *   ?item ?labelProp ?name .
 *   ?item wdt:P31/wdt:P279* ?class .
 *   VALUES ?class { wd:Q16917 … }
 * }</pre>
 */
final class LabelQuery {
    /** Language tags a name is looked up with. */
    static final List<String> LANGUAGES = List.of("zh", "zh-hans", "zh-cn", "zh-hant", "en");
    static final Var NAME = Var.alloc("name");
    static final Var ITEM = Var.alloc("item");
    private static final Var PROP = Var.alloc("labelProp");
    private static final Var CLASS = Var.alloc("class");
    private static final String WDT = "http://www.wikidata.org/prop/direct/";
    /** Wikidata's RDF uses the http form of the schema.org namespace. */
    static final String WIKIDATA_SCHEMA = "http://schema.org/";
    private static final List<Node> LABEL_PROPS = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            NodeFactory.createURI(WIKIDATA_SCHEMA + "name"));

    private LabelQuery() {
    }

    /**
     * A language-tagged literal whose tag is kept exactly as given (lower case, as Wikidata writes it):
     * {@code NodeFactory.createLiteralLang} would send {@code zh-Hans}, which a store comparing tags
     * case-sensitively would not match.
     */
    @SuppressWarnings("deprecation")
    static Node literal(String text, String lang) {
        return NodeFactory.createLiteral(LiteralLabelFactory.createLang(text, lang));
    }

    /** The lookup of {@code names} (each in every language of {@link #LANGUAGES}) among {@code classes}. */
    static Query build(Collection<String> names, Collection<String> classes) {
        ElementData nameData = new ElementData();
        nameData.add(NAME);
        for (String name : names) {
            for (String lang : LANGUAGES) {
                nameData.add(BindingFactory.binding(NAME, literal(name, lang)));
            }
        }
        ElementData propData = new ElementData();
        propData.add(PROP);
        LABEL_PROPS.forEach(p -> propData.add(BindingFactory.binding(PROP, p)));
        ElementData classData = new ElementData();
        classData.add(CLASS);
        classes.forEach(c -> classData.add(BindingFactory.binding(CLASS, NodeFactory.createURI(c))));

        Path typePath = PathFactory.pathSeq(PathFactory.pathLink(NodeFactory.createURI(WDT + "P31")),
                PathFactory.pathZeroOrMore1(PathFactory.pathLink(NodeFactory.createURI(WDT + "P279"))));
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(ITEM, PROP, NAME));
        block.addTriplePath(new TriplePath(ITEM, typePath, CLASS));

        ElementGroup where = new ElementGroup();
        where.addElement(nameData);
        where.addElement(propData);
        where.addElement(block);
        where.addElement(classData);

        Query query = QueryFactory.make();
        query.setPrefix("rdfs", RDFS.getURI());
        query.setPrefix("skos", SKOS.getURI());
        query.setPrefix("schema", WIKIDATA_SCHEMA);
        query.setPrefix("wdt", WDT);
        query.setPrefix("wd", ExternalIri.WIKIDATA);
        query.setQuerySelectType();
        query.setDistinct(true);
        query.addResultVar(NAME);
        query.addResultVar(ITEM);
        query.setQueryPattern(where);
        return query;
    }
}
