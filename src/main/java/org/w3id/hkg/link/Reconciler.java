package org.w3id.hkg.link;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/**
 * Looks names up at one SPARQL endpoint, in batches, through its {@link ReconcileCache}: a name the cache
 * has answered is never asked again. After the first network failure the endpoint is not asked any more and
 * {@link #warning()} says why in one line.
 */
final class Reconciler {
    private static final String USER_AGENT = "hkg-link/0.1 (https://w3id.org/hkg; knowledge-graph builder)";

    private final String endpoint;
    private final ReconcileCache cache;
    private final boolean network;
    private final int batchSize;
    private final Duration timeout;
    private HttpClient client;
    private String warning;
    private int requests;
    private int cacheHits;

    Reconciler(String endpoint, ReconcileCache cache, boolean network, int batchSize, Duration timeout) {
        this.endpoint = endpoint;
        this.cache = cache;
        this.network = network;
        this.batchSize = Math.max(1, batchSize);
        this.timeout = timeout;
    }

    /**
     * Candidates per normalised name for {@code names} of local type {@code kind} among {@code classes}.
     * Names neither cached nor answerable (offline, endpoint down) are absent from the result.
     */
    Map<String, Set<String>> lookup(Kind kind, List<String> classes, Collection<String> names) {
        String classKey = String.join(" ", classes.stream().map(ExternalIri::shortForm).sorted().toList());
        Map<String, Set<String>> answers = new HashMap<>();
        Map<String, Set<String>> ask = new LinkedHashMap<>();
        for (String name : names) {
            String key = Names.key(name);
            Optional<Set<String>> cached = cache.get(new ReconcileCache.Key(kind.code(), classKey, key));
            if (cached.isPresent()) {
                if (answers.put(key, cached.get()) == null) {
                    cacheHits++;
                }
            } else {
                ask.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
            }
        }
        List<String> keys = new ArrayList<>(ask.keySet());
        for (int i = 0; i < keys.size() && network && warning == null; i += batchSize) {
            List<String> batch = keys.subList(i, Math.min(keys.size(), i + batchSize));
            Map<String, Set<String>> formKeys = new HashMap<>();
            for (String key : batch) {
                ask.get(key).stream().flatMap(n -> Variants.of(n).stream())
                        .forEach(f -> formKeys.computeIfAbsent(f, x -> new TreeSet<>()).add(key));
            }
            Map<String, Set<String>> found = query(LabelQuery.build(new TreeSet<>(formKeys.keySet()), classes),
                    formKeys);
            if (found == null) {
                break;
            }
            for (String key : batch) {
                Set<String> items = found.getOrDefault(key, Set.of());
                cache.put(new ReconcileCache.Key(kind.code(), classKey, key), items);
                answers.put(key, items);
            }
        }
        return answers;
    }

    /** Candidates per key of the names sent; {@code formKeys} maps each form sent to its keys. Null on failure. */
    private Map<String, Set<String>> query(Query query, Map<String, Set<String>> formKeys) {
        requests++;
        Map<String, Set<String>> found = new HashMap<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).httpClient(client())
                .httpHeader("User-Agent", USER_AGENT).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                if (row.get("name").isLiteral() && row.get("item").isURIResource()) {
                    String form = row.getLiteral("name").getLexicalForm();
                    for (String key : formKeys.getOrDefault(form, Set.of(Names.key(form)))) {
                        found.computeIfAbsent(key, k -> new TreeSet<>()).add(row.getResource("item").getURI());
                    }
                }
            }
            return found;
        } catch (RuntimeException e) {
            warning = "endpoint " + endpoint + " not usable, its names are left unlinked: " + oneLine(e);
            return null;
        }
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return msg.replaceAll("\\s+", " ").trim();
    }

    String endpoint() {
        return endpoint;
    }

    /** One-line reason the endpoint stopped being asked, or null. */
    String warning() {
        return warning;
    }

    int requests() {
        return requests;
    }

    int cacheHits() {
        return cacheHits;
    }
}
