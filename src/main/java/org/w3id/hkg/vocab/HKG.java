package org.w3id.hkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Terms of the hkg ontology ({@code ontology/hkg.ttl}). Every IRI of the vocabulary is written here
 * and nowhere else, as Jena's own {@code vocabulary} classes do.
 */
public final class HKG {
    private HKG() {
    }

    /** Ontology namespace. */
    public static final String NS = "https://w3id.org/hkg/ontology#";
    /** Default base of instance data (entities, documents, graphs, codes); {@code --base} changes it. */
    public static final String DEFAULT_BASE = "https://w3id.org/hkg/";
    /** Named graph that holds the ontology and code lists inside the store. */
    public static final String ONTOLOGY_GRAPH = DEFAULT_BASE + "graph/ontology";

    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Entity classes
    public static final Resource Organization = cls("Organization");
    public static final Resource Hospital = cls("Hospital");
    public static final Resource Company = cls("Company");
    public static final Resource Regulator = cls("Regulator");
    public static final Resource Alliance = cls("Alliance");
    public static final Resource Person = cls("Person");
    public static final Resource StockExchange = cls("StockExchange");
    public static final Resource Place = cls("Place");

    // Document
    public static final Resource NewsArticle = cls("NewsArticle");

    // Reified facts, each with provenance
    public static final Resource Fact = cls("Fact");
    public static final Resource Ownership = cls("Ownership");
    public static final Resource Membership = cls("Membership");
    public static final Resource Incident = cls("Incident");
    public static final Resource Sanction = cls("Sanction");
    public static final Resource Listing = cls("Listing");
    public static final Resource Post = cls("Post");

    // Code lists
    public static final Resource OutcomeScheme = ResourceFactory.createResource(DEFAULT_BASE + "code/outcome");
    public static final Resource MeasureScheme = ResourceFactory.createResource(DEFAULT_BASE + "code/measure");

    // Entity labels
    public static final Property pinyin = prop("pinyin");
    public static final Property mentionedIn = prop("mentionedIn");

    // Provenance of every fact
    public static final Property source = prop("source");
    public static final Property evidence = prop("evidence");
    public static final Property evidenceStart = prop("evidenceStart");
    public static final Property evidenceEnd = prop("evidenceEnd");
    public static final Property confidence = prop("confidence");

    // Ownership
    public static final Property subsidiary = prop("subsidiary");
    public static final Property parent = prop("parent");
    public static final Property parentOrganization = prop("parentOrganization");
    // Membership
    public static final Property member = prop("member");
    public static final Property alliance = prop("alliance");
    public static final Property since = prop("since");
    public static final Property memberOf = prop("memberOf");
    // Incident and Sanction
    public static final Property organization = prop("organization");
    public static final Property outcome = prop("outcome");
    public static final Property date = prop("date");
    public static final Property target = prop("target");
    public static final Property measure = prop("measure");
    public static final Property issuer = prop("issuer");
    // Listing
    public static final Property company = prop("company");
    public static final Property ticker = prop("ticker");
    public static final Property exchange = prop("exchange");
    public static final Property tickerSymbol = prop("tickerSymbol");
    // Post
    public static final Property heldBy = prop("heldBy");
    public static final Property postIn = prop("postIn");
    public static final Property roleLabel = prop("roleLabel");
    public static final Property holds = prop("holds");

    // Document metadata not covered by Dublin Core / schema.org
    public static final Property text = prop("text");
    public static final Property fileName = prop("fileName");
    public static final Property format = prop("format");
    public static final Property charset = prop("charset");
    public static final Property sha256 = prop("sha256");
}
