package org.w3id.hkg.link;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.w3id.hkg.vocab.HKG;

/**
 * The kinds of local node that can be linked: the five entity types, places and stock exchanges. The
 * {@link #code()} is the type segment of the node's IRI ({@code {base}id/{code}/{slug}}), the prefix of a
 * {@code type:name} reference in a link table and the key of {@code data/links/types.tsv}.
 */
public enum Kind {
    HOSPITAL(HKG.Hospital), COMPANY(HKG.Company), REGULATOR(HKG.Regulator), ALLIANCE(HKG.Alliance),
    PERSON(HKG.Person), PLACE(HKG.Place), EXCHANGE(HKG.StockExchange);

    private final Resource rdfClass;

    Kind(Resource rdfClass) {
        this.rdfClass = rdfClass;
    }

    /** Lower-case code, e.g. {@code hospital}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ontology class of nodes of this kind. */
    public Resource rdfClass() {
        return rdfClass;
    }

    /** The kind with this code (case-insensitive), if any. */
    public static Optional<Kind> ofCode(String code) {
        for (Kind k : values()) {
            if (k.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind whose ontology class has this IRI, if any. */
    public static Optional<Kind> ofClass(String classIri) {
        for (Kind k : values()) {
            if (k.rdfClass.getURI().equals(classIri)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** True for the organisation kinds that get a {@code schema:location} from their name. */
    public boolean isOrganisation() {
        return this == HOSPITAL || this == COMPANY || this == REGULATOR || this == ALLIANCE;
    }
}
