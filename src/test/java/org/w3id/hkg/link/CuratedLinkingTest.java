package org.w3id.hkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.hkg.vocab.HKG;

class CuratedLinkingTest {
    private static final String WD = ExternalIri.WIKIDATA;
    private static final String LINKS = Linker.linksGraph(Sample.BASE);
    private static final String GAZ = Linker.gazetteerGraph(Sample.BASE);

    @TempDir
    Path dir;
    private Path links;
    private Sample store;

    @BeforeEach
    void setUp() throws Exception {
        links = Files.createDirectories(dir.resolve("links"));
        Files.writeString(links.resolve("curated.tsv"), """
                local\texternal\tsource\tnote
                青山医院\tQ101\thand\tby canonical name
                ＢＡＩＹＵＮ  clinic\tQ102\thand\tby English alias, other width and case
                company:江城药业\tQ103\thand\ttype:name picks the company
                江城药业\tQ999\thand\tambiguous without the type
                https://w3id.org/hkg/id/regulator/jc-health\thttp://example.org/agency/9\tregistry\tby IRI\texactMatch
                id/exchange/szse\tQ104\thand\tbase-relative IRI
                不存在的医院\tQ105\thand\tno such node
                place:绵阳\thttp://example.org/place/mianyang\thand\ta derived place by short form
                """);
        store = new Sample()
                .entity("d1", Kind.HOSPITAL, "qingshan", "青山医院", "青山总医院")
                .entity("d1", Kind.HOSPITAL, "baiyun", "广州市白云诊所", "Baiyun Clinic")
                .entity("d2", Kind.HOSPITAL, "jiangcheng", "江城药业")
                .entity("d2", Kind.COMPANY, "jiangcheng", "江城药业")
                .entity("d2", Kind.REGULATOR, "jc-health", "江城市卫生健康委员会")
                .entity("d3", Kind.HOSPITAL, "sc", "四川省成都市东郊医院")
                .entity("d3", Kind.HOSPITAL, "my", "绵阳市东郊医院")
                .entity("d3", Kind.HOSPITAL, "zs1", "中山大学附属第一医院", "中山一院")
                .listing("d3", "jiangcheng", "szse");
    }

    private LinkReport run() {
        return new Linker(LinkOptions.offline(links)).run(store.dataset());
    }

    @Test
    void linksByNameAliasTypeAndIri() {
        LinkReport report = run();
        assertEquals(List.of(WD + "Q101"), store.objects(LINKS, Sample.iri(Kind.HOSPITAL, "qingshan"), OWL.sameAs.getURI()));
        assertEquals(List.of(WD + "Q102"), store.objects(LINKS, Sample.iri(Kind.HOSPITAL, "baiyun"), OWL.sameAs.getURI()));
        assertEquals(List.of(WD + "Q103"), store.objects(LINKS, Sample.iri(Kind.COMPANY, "jiangcheng"), OWL.sameAs.getURI()));
        assertEquals(List.of(), store.objects(LINKS, Sample.iri(Kind.HOSPITAL, "jiangcheng"), OWL.sameAs.getURI()));
        assertEquals(List.of("http://example.org/agency/9"),
                store.objects(LINKS, Sample.iri(Kind.REGULATOR, "jc-health"), SKOS.exactMatch.getURI()));
        assertEquals(List.of(WD + "Q104"), store.objects(LINKS, Sample.BASE + "id/exchange/szse", OWL.sameAs.getURI()));
        assertEquals(1, report.unmatched().size());
        assertTrue(report.unmatched().get(0).endsWith("curated.tsv:8 不存在的医院"), report.unmatched().toString());
        assertEquals(1, report.ambiguous().size());
        assertTrue(report.ambiguous().get(0).contains("curated.tsv:5"), report.ambiguous().toString());
        assertEquals(List.of("http://example.org/place/mianyang"),
                store.objects(LINKS, Sample.BASE + "id/place/mianyang", OWL.sameAs.getURI()));
        // 6 table links + the QIDs of Guangzhou, Guangdong, Sichuan and Chengdu from places.tsv
        assertEquals(10, report.curated());
        assertEquals(0, report.reconciled());
    }

    @Test
    void everyLinkCarriesItsProvenance() {
        run();
        List<String> statements = store.objects(LINKS, Sample.BASE + "void/links", "http://rdfs.org/ns/void#subset");
        assertTrue(statements.stream().anyMatch(s -> s.contains("table-curated-sameas-wikidata")), statements.toString());
        String linkset = Sample.BASE + "void/linkset/table-curated-sameas-wikidata";
        assertEquals(List.of("curated.tsv"), store.objects(LINKS, linkset, "http://purl.org/dc/terms/source"));
        String placeLinkset = Sample.BASE + "void/linkset/table-places-sameas-wikidata";
        assertEquals(List.of("places.tsv"), store.objects(LINKS, placeLinkset, "http://purl.org/dc/terms/source"));
        String stmt = Sample.BASE + "link/" + Linkset.hash(Sample.iri(Kind.HOSPITAL, "qingshan"), OWL.sameAs.getURI(),
                WD + "Q101", linkset);
        assertEquals(List.of(RDF.Statement.getURI()), store.objects(LINKS, stmt, RDF.type.getURI()));
        assertEquals(List.of(linkset), store.objects(LINKS, stmt, "http://purl.org/dc/terms/isPartOf"));
        assertEquals(List.of("by canonical name"), store.objects(LINKS, stmt, RDFS.comment.getURI()));
    }

    @Test
    void derivesPlacesLocationsAndExchangeLabels() {
        LinkReport report = run();
        String location = HKG.SCHEMA + "location";
        assertEquals(List.of(Sample.BASE + "id/place/guangzhou"),
                store.objects(GAZ, Sample.iri(Kind.HOSPITAL, "baiyun"), location));
        assertEquals(List.of(Sample.BASE + "id/place/chengdu"), store.objects(GAZ, Sample.iri(Kind.HOSPITAL, "sc"), location));
        assertEquals(List.of(), store.objects(GAZ, Sample.iri(Kind.HOSPITAL, "qingshan"), location));
        assertEquals(List.of(), store.objects(GAZ, Sample.iri(Kind.HOSPITAL, "zs1"), location),
                "neither the exception 中山大学 nor the alias 中山一院 places it in 中山市");
        assertEquals(List.of(Sample.BASE + "id/place/guangdong"),
                store.objects(GAZ, Sample.BASE + "id/place/guangzhou", HKG.SCHEMA + "containedInPlace"));
        assertEquals(List.of(HKG.Place.getURI()), store.objects(GAZ, Sample.BASE + "id/place/guangzhou", RDF.type.getURI()));
        assertEquals(List.of("guǎng zhōu shì"), store.objects(GAZ, Sample.BASE + "id/place/guangzhou", HKG.pinyin.getURI()));
        assertEquals(List.of(WD + "Q16572"),
                store.objects(LINKS, Sample.BASE + "id/place/guangzhou", OWL.sameAs.getURI()));
        assertEquals(List.of("深圳证券交易所"), store.objects(GAZ, Sample.BASE + "id/exchange/szse", SKOS.prefLabel.getURI()));
        assertEquals(5, report.places());
        assertEquals(3, report.locations(), "江城 is not in the gazetteer: no location for 江城市卫生健康委员会");
    }

    @Test
    void runningTwiceGivesTheSameGraphs() {
        run();
        long links1 = store.size(LINKS);
        long gaz1 = store.size(GAZ);
        LinkReport again = run();
        assertEquals(links1, store.size(LINKS));
        assertEquals(gaz1, store.size(GAZ));
        assertEquals(10, again.curated());
        assertTrue(links1 > 9 * 4);
    }
}
