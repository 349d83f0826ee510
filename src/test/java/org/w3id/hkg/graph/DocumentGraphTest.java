package org.w3id.hkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.vocab.HKG;

class DocumentGraphTest {
    private final Iris iris = Iris.standard();
    private final DocumentGraph mapper = new DocumentGraph(iris);
    private final Model document = mapper.map(Fixtures.document("a.txt"), Fixtures.extraction("a.txt"));
    private final Model names = mapper.describe(Fixtures.extraction("a.txt").referenced());
    private final Model model = document.union(names);

    @Test
    void entityIrisAreReadableAndDeterministic() {
        String iri = iris.entity(Fixtures.HOSPITAL);
        assertTrue(iri.startsWith("https://w3id.org/hkg/id/hospital/lan-zhou-hua-kang-yi-yuan-"), iri);
        assertEquals(iri, Iris.standard().entity(Fixtures.HOSPITAL));
        assertNotEquals(iris.entity(new org.w3id.hkg.extract.EntityRef("张伟", org.w3id.hkg.extract.EntityType.PERSON)),
                iris.entity(new org.w3id.hkg.extract.EntityRef("章伟", org.w3id.hkg.extract.EntityType.PERSON)));
    }

    @Test
    void entitiesCarryLabelsAliasesAndPinyin() {
        Resource h = model.getResource(iris.entity(Fixtures.HOSPITAL));
        assertTrue(h.hasProperty(RDF.type, HKG.Hospital));
        assertEquals("兰州华康医院", h.getProperty(SKOS.prefLabel).getString());
        assertEquals("zh", h.getProperty(SKOS.prefLabel).getLanguage());
        List<String> alt = h.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toList();
        assertTrue(alt.containsAll(List.of("华康医院", "Lanzhou Huakang Hospital")), alt.toString());
        assertEquals("lán zhōu huá kāng yī yuàn", h.getProperty(HKG.pinyin).getString());
    }

    @Test
    void namesAreDescribedOnceOutsideTheDocumentGraph() {
        Resource h = document.getResource(iris.entity(Fixtures.HOSPITAL));
        assertTrue(h.hasProperty(HKG.mentionedIn, document.getResource(iris.document("a.txt"))));
        assertEquals(List.of(), document.listStatements(h, SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null).toList(),
                "labels live in the shared entity graph, not in each document's");
        assertTrue(names.getResource(iris.entity(Fixtures.PERSON)).hasProperty(RDF.type, HKG.Person));
        assertEquals(0, names.listSubjectsWithProperty(HKG.source).toList().size(), "no facts among the names");
    }

    @Test
    void everyFactHasProvenanceThatPointsIntoTheText() {
        String text = Fixtures.TEXT;
        List<Resource> facts = model.listSubjectsWithProperty(HKG.source).toList();
        assertEquals(6, facts.size());
        for (Resource f : facts) {
            int b = f.getProperty(HKG.evidenceStart).getInt();
            int e = f.getProperty(HKG.evidenceEnd).getInt();
            assertEquals(f.getProperty(HKG.evidence).getString(), text.substring(b, e));
            assertTrue(f.getProperty(HKG.confidence).getDouble() > 0);
            assertEquals(iris.document("a.txt"), f.getProperty(HKG.source).getResource().getURI());
        }
    }

    @Test
    void shortcutTriplesAccompanyFacts() {
        Resource h = model.getResource(iris.entity(Fixtures.HOSPITAL));
        Resource c = model.getResource(iris.entity(Fixtures.COMPANY));
        assertTrue(h.hasProperty(HKG.parentOrganization, c));
        assertTrue(c.hasProperty(HKG.tickerSymbol, "300999"));
    }

    @Test
    void articleKeepsMetadataAndText() {
        Resource a = model.getResource(iris.document("a.txt"));
        assertTrue(a.hasProperty(RDF.type, HKG.NewsArticle));
        assertEquals(Fixtures.TEXT, a.getProperty(HKG.text).getString());
        try (QueryExecution qe = QueryExecution.model(model).query("""
                PREFIX schema: <https://schema.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?p ?d WHERE { ?a schema:publisher/rdfs:label ?p ; dcterms:issued ?d }""").build()) {
            var row = qe.execSelect().next();
            assertEquals("西北晨报", row.getLiteral("p").getString());
            assertEquals("2023-03-05", row.getLiteral("d").getLexicalForm());
        }
    }
}
