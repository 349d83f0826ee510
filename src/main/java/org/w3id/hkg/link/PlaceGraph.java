package org.w3id.hkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hkg.graph.Slugs;
import org.w3id.hkg.vocab.HKG;

/**
 * Derives the gazetteer graph: {@code hkg:Place} nodes for the places named at the start of organisation
 * names, {@code schema:location} from each organisation to its place, and labels for the stock exchanges
 * listings point to. Places and exchanges with a Wikidata item in their table get an {@code owl:sameAs} link.
 */
final class PlaceGraph {
    static final Property LOCATION = ModelFactory.createDefaultModel().createProperty(HKG.SCHEMA + "location");
    static final Property CONTAINED_IN = ModelFactory.createDefaultModel()
            .createProperty(HKG.SCHEMA + "containedInPlace");

    /**
     * What was derived.
     *
     * @param model     the gazetteer graph
     * @param nodes     the place nodes and exchanges, with their names, as linkable entities
     * @param links     links given by the tables ({@code data/places.tsv}, {@code exchanges.tsv})
     * @param locations number of {@code schema:location} triples
     */
    record Result(Model model, List<LocalEntity> nodes, List<Link> links, int locations) {
    }

    private PlaceGraph() {
    }

    static Result build(String base, Gazetteer gazetteer, Exchanges exchanges, List<LocalEntity> entities) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("schema", HKG.SCHEMA);
        Map<String, LocalEntity> nodes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        LinkSource placeSource = LinkSource.table("places.tsv");
        int locations = 0;
        for (LocalEntity e : entities) {
            if (e.kind().isOrganisation()) {
                // canonical names only: an alias such as a nickname may begin like a place and is not one
                Optional<Place> place = e.canonicalNames().stream().map(gazetteer::locate).flatMap(Optional::stream)
                        .findFirst();
                if (place.isPresent()) {
                    m.createResource(e.iri()).addProperty(LOCATION, place(m, base, gazetteer, place.get(), nodes,
                            links, placeSource));
                    locations++;
                }
            } else if (e.kind() == Kind.EXCHANGE) {
                Optional<Exchanges.Exchange> ex = exchanges.byIri(base, e.iri());
                nodes.put(e.iri(), ex.map(x -> exchange(m, e, x, links)).orElse(e));
            }
        }
        return new Result(m, List.copyOf(nodes.values()), links, locations);
    }

    private static Resource place(Model m, String base, Gazetteer gazetteer, Place p, Map<String, LocalEntity> nodes,
                                  List<Link> links, LinkSource source) {
        String iri = base + "id/place/" + p.slug();
        Resource r = m.createResource(iri);
        if (nodes.containsKey(iri)) {
            return r;
        }
        nodes.put(iri, new LocalEntity(iri, Kind.PLACE, p.names()));
        r.addProperty(RDF.type, HKG.Place).addProperty(RDFS.label, p.name(), "zh")
                .addProperty(SKOS.prefLabel, p.name(), "zh").addProperty(HKG.pinyin, Slugs.pinyinLabel(p.name()));
        p.shortForms().forEach(s -> r.addProperty(SKOS.altLabel, s, "zh"));
        if (!p.wikidata().isEmpty()) {
            links.add(new Link(iri, OWL.sameAs.getURI(), p.wikidata(), source, p.name()));
        }
        gazetteer.parent(p).ifPresent(parent ->
                r.addProperty(CONTAINED_IN, place(m, base, gazetteer, parent, nodes, links, source)));
        return r;
    }

    private static LocalEntity exchange(Model m, LocalEntity e, Exchanges.Exchange x, List<Link> links) {
        Resource r = m.createResource(e.iri()).addProperty(RDF.type, HKG.StockExchange);
        List<String> names = new ArrayList<>(e.labels());
        if (names.isEmpty()) {
            String first = x.names().get(0);
            r.addProperty(RDFS.label, first, lang(first)).addProperty(SKOS.prefLabel, first, lang(first));
        }
        for (String n : x.names()) {
            if (!names.contains(n)) {
                if (!names.isEmpty()) {
                    r.addProperty(SKOS.altLabel, n, lang(n));
                }
                names.add(n);
            }
        }
        if (!x.wikidata().isEmpty()) {
            links.add(new Link(e.iri(), OWL.sameAs.getURI(), x.wikidata(), LinkSource.table(Exchanges.FILE),
                    x.names().get(0)));
        }
        return new LocalEntity(e.iri(), Kind.EXCHANGE, names);
    }

    /** {@code zh} for names with Han characters, {@code en} otherwise. */
    static String lang(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh" : "en";
    }
}
