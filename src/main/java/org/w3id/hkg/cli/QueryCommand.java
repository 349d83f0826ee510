package org.w3id.hkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.hkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hkg query}: runs a SPARQL query over the union of all graphs. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Runs a SPARQL query (a file, or the query text) over the union of all graphs.",
                "SELECT/ASK results as a table, W3C CSV/TSV or SPARQL JSON; CONSTRUCT/DESCRIBE as Turtle."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad query, missing file or store"})
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "QUERY", description = "A file holding a query, or the query text.")
    String query;

    @Override
    public Integer call() throws IOException {
        Query q = parse(query);
        PrintStream out = System.out;
        try (GraphStore gs = store.openExisting()) {
            gs.read(() -> {
                try (QueryExecution qe = QueryExecution.dataset(gs.dataset()).query(q).build()) {
                    write(qe, q, out);
                }
                return null;
            });
        }
        out.flush();
        return 0;
    }

    /** Reads the query from a file if {@code text} names one, and parses it. */
    static Query parse(String text) throws IOException {
        String sparql = text;
        if (looksLikePath(text)) {
            Path p = Path.of(text);
            if (!Files.isRegularFile(p)) {
                throw new UserError("no such query file: " + text);
            }
            sparql = Files.readString(p, StandardCharsets.UTF_8);
        }
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new UserError("bad query: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A single line without braces is a file name; anything else is query text. */
    private static boolean looksLikePath(String text) {
        return !text.contains("\n") && text.length() < 1024 && !text.contains("{");
    }

    private void write(QueryExecution qe, Query q, OutputStream out) {
        if (q.isSelectType()) {
            var rs = qe.execSelect();
            switch (format) {
                case csv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, rs, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(out, rs, ResultSetLang.RS_JSON);
                default -> ResultSetFormatter.out(out, rs, q);
            }
        } else if (q.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case csv -> ResultSetMgr.write(out, b, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, b, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(out, b, ResultSetLang.RS_JSON);
                default -> ResultSetFormatter.out(out, b);
            }
        } else if (q.isConstructType()) {
            RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
        } else if (q.isDescribeType()) {
            RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
        } else {
            throw new UserError("unsupported query form");
        }
    }
}
