package org.w3id.hkg.link;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.w3id.hkg.vocab.HKG;

/**
 * Settings of a linking run.
 *
 * @param base       instance base IRI ({@code https://w3id.org/hkg/} by default)
 * @param linksDir   folder of link tables, {@code types.tsv}, {@code exchanges.tsv}; null: the bundled ones
 * @param placesFile gazetteer; null: {@code places.tsv} beside {@code linksDir}, else the bundled one
 * @param cacheDir   reconciliation cache folder; null: no cache
 * @param endpoints  SPARQL endpoints to reconcile against (asked over the network only when {@code network})
 * @param network    whether endpoints may be asked; off, only the cache answers (also of cached endpoints)
 * @param batchSize  names per request
 * @param timeout    connect and query timeout per request
 */
public record LinkOptions(String base, Path linksDir, Path placesFile, Path cacheDir, List<String> endpoints,
                          boolean network, int batchSize, Duration timeout) {
    /** Default names per request. */
    public static final int BATCH = 50;

    public LinkOptions {
        endpoints = List.copyOf(endpoints);
    }

    /** Curated tables and cache only (what {@code build} runs): tables in {@code linksDir}, cache in its {@code cache/}. */
    public static LinkOptions offline(Path linksDir) {
        return new LinkOptions(HKG.DEFAULT_BASE, linksDir, null, linksDir == null ? null : linksDir.resolve("cache"),
                List.of(), false, BATCH, Duration.ofSeconds(60));
    }

    /** The same with these endpoints asked over the network. */
    public LinkOptions withEndpoints(List<String> urls) {
        return new LinkOptions(base, linksDir, placesFile, cacheDir, urls, true, batchSize, timeout);
    }

    public LinkOptions withBase(String newBase) {
        return new LinkOptions(newBase, linksDir, placesFile, cacheDir, endpoints, network, batchSize, timeout);
    }

    public LinkOptions withCache(Path dir) {
        return new LinkOptions(base, linksDir, placesFile, dir, endpoints, network, batchSize, timeout);
    }

    public LinkOptions withBatch(int size, Duration perRequest) {
        return new LinkOptions(base, linksDir, placesFile, cacheDir, endpoints, network, size, perRequest);
    }

    public LinkOptions withPlaces(Path file) {
        return new LinkOptions(base, linksDir, file, cacheDir, endpoints, network, batchSize, timeout);
    }

    /** The gazetteer file to read (may not exist: then the bundled one is used). */
    Path gazetteerFile() {
        if (placesFile != null) {
            return placesFile;
        }
        Path parent = linksDir == null ? null : linksDir.toAbsolutePath().getParent();
        return parent == null ? null : parent.resolve("places.tsv");
    }
}
