package org.w3id.hkg.eval;

import static org.w3id.hkg.eval.Column.attribute;
import static org.w3id.hkg.eval.Column.codeKey;
import static org.w3id.hkg.eval.Column.entityKey;

import java.util.List;
import org.w3id.hkg.eval.Column.Role;

/**
 * A fact competency query as the scorer sees it: its name and its columns, in the order of both the
 * SELECT and the gold tuples.
 *
 * @param name    query name, e.g. "sanctions" (also the key of its list in {@code gold.json})
 * @param columns the columns
 */
public record FactQuery(String name, List<Column> columns) {
    public FactQuery {
        columns = List.copyOf(columns);
    }

    private static final String[] ORGS = {"hospital", "company"};

    /** The six fact queries, in report order (after "entities"). */
    public static final List<FactQuery> ALL = List.of(
            new FactQuery("ownership", List.of(entityKey("orgName", ORGS), entityKey("parentName", "company"))),
            new FactQuery("membership", List.of(entityKey("memberName", ORGS), entityKey("allianceName", "alliance"),
                    attribute("since", Role.DATE))),
            new FactQuery("incidents", List.of(entityKey("orgName", ORGS), codeKey("outcome"),
                    attribute("date", Role.DATE))),
            new FactQuery("sanctions", List.of(entityKey("targetName", "hospital", "company", "person"),
                    codeKey("measure"), attribute("issuerName", Role.ENTITY, "regulator"),
                    attribute("date", Role.DATE))),
            new FactQuery("listings", List.of(entityKey("companyName", "company"), codeKey("ticker"))),
            new FactQuery("roles", List.of(entityKey("personName", "person"),
                    entityKey("orgName", "hospital", "company", "regulator", "alliance"),
                    attribute("role", Role.TEXT))));

    /** Name of the entity query. */
    public static final String ENTITIES = "entities";
}
