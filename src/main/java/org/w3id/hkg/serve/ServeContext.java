package org.w3id.hkg.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

/** What the pages share: the dataset, the instance base and the query timeout; runs read-only queries. */
final class ServeContext {
    private final Dataset dataset;
    private final String base;
    private final Duration timeout;

    ServeContext(Dataset dataset, String base, Duration timeout) {
        this.dataset = dataset;
        this.base = base;
        this.timeout = timeout;
    }

    Dataset dataset() {
        return dataset;
    }

    /** Instance base, ending in '/'. */
    String base() {
        return base;
    }

    Duration timeout() {
        return timeout;
    }

    /**
     * Runs a SELECT in a read transaction, with the timeout, and copies the rows out (TDB2 rows resolve their
     * values lazily, which only works inside the transaction).
     */
    List<QuerySolution> select(ParameterizedSparqlString pss) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(pss)) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                rs.forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    copy.addAll(row);
                    rows.add(copy);
                });
                return rows;
            }
        });
    }

    /** Runs a CONSTRUCT in a read transaction, with the timeout. */
    Model construct(ParameterizedSparqlString pss) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(pss)) {
                Model m = ModelFactory.createDefaultModel();
                m.add(qe.execConstruct());
                return m;
            }
        });
    }

    /** Runs an ASK in a read transaction, with the timeout. */
    boolean ask(ParameterizedSparqlString pss) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = exec(pss)) {
                return qe.execAsk();
            }
        });
    }

    private QueryExecution exec(ParameterizedSparqlString pss) {
        return QueryExecution.dataset(dataset).query(pss.asQuery())
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }
}
