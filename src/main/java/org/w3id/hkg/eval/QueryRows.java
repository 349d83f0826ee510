package org.w3id.hkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/** Runs SELECT queries over a dataset and returns their rows as plain strings, the scorer's input. */
public final class QueryRows {
    private QueryRows() {
    }

    /** Rows of each query (name → SELECT text), in one read transaction. */
    public static Map<String, List<Map<String, String>>> collect(Dataset ds, Map<String, String> queries) {
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        Txn.executeRead(ds, () -> queries.forEach((name, text) -> out.put(name, select(ds, text))));
        return out;
    }

    /** Rows of one SELECT: variable → IRI or literal lexical form; unbound and blank nodes are left out. */
    public static List<Map<String, String>> select(Dataset ds, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : rs.getResultVars()) {
                    String value = text(s.get(v));
                    if (value != null) {
                        row.put(v, value);
                    }
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String text(RDFNode n) {
        if (n == null || n.isAnon()) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }
}
