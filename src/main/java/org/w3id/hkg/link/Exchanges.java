package org.w3id.hkg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stock exchanges known by slug ({@code data/links/exchanges.tsv}: header
 * {@code slug<TAB>names<TAB>wikidata<TAB>note}, names '|'-separated, canonical Chinese name first). Listings
 * point to {@code {base}id/exchange/{slug}}; the linker labels those nodes and links them when a QID is given.
 */
public final class Exchanges {
    /** File name inside the links folder. */
    public static final String FILE = "exchanges.tsv";
    static final List<String> HEADER = List.of("slug", "names", "wikidata", "note");

    /** One exchange. */
    public record Exchange(String slug, List<String> names, String wikidata, String where) {
        public Exchange {
            names = List.copyOf(names);
        }
    }

    private final Map<String, Exchange> bySlug;

    private Exchanges(Map<String, Exchange> bySlug) {
        this.bySlug = bySlug;
    }

    /** Reads {@code linksDir/exchanges.tsv}, or the bundled copy when {@code linksDir} is null or lacks it. */
    public static Exchanges load(Path linksDir) {
        Path file = linksDir == null ? null : linksDir.resolve(FILE);
        List<Tsv.Row> rows = file != null && Files.isRegularFile(file)
                ? Tsv.read(file, HEADER, 2) : Tsv.readResource("data/links/" + FILE, HEADER, 2);
        Map<String, Exchange> map = new LinkedHashMap<>();
        for (Tsv.Row row : rows) {
            List<String> names = Arrays.stream(row.cell(1).split("\\|")).map(Names::clean)
                    .filter(s -> !s.isEmpty()).toList();
            String qid = row.cell(2);
            String wd = qid.isEmpty() ? "" : ExternalIri.parse(qid).filter(ExternalIri::isWikidata)
                    .orElseThrow(() -> row.error("not a Wikidata item: '" + qid + "'"));
            if (names.isEmpty() || map.putIfAbsent(row.cell(0), new Exchange(row.cell(0), names, wd,
                    row.file() + ":" + row.line())) != null) {
                throw row.error("exchange without names, or slug used twice: '" + row.cell(0) + "'");
            }
        }
        return new Exchanges(map);
    }

    /** The exchange whose node is {@code iri} ({@code {base}id/exchange/{slug}}). */
    public Optional<Exchange> byIri(String base, String iri) {
        String prefix = base + "id/exchange/";
        return iri.startsWith(prefix) ? Optional.ofNullable(bySlug.get(iri.substring(prefix.length())))
                : Optional.empty();
    }

    /** All exchanges, in file order. */
    public List<Exchange> all() {
        return List.copyOf(bySlug.values());
    }
}
