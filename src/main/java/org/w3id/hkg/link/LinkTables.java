package org.w3id.hkg.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.hkg.cli.UserError;

/**
 * Reads the curated link tables {@code data/links/*.tsv}: header
 * {@code local<TAB>external<TAB>source<TAB>note[<TAB>predicate]}. The configuration files {@code types.tsv}
 * and {@code exchanges.tsv} in the same folder are not link tables.
 */
public final class LinkTables {
    static final List<String> HEADER = List.of("local", "external", "source", "note");
    /** Files of the links folder that are not link tables. */
    public static final Set<String> NOT_TABLES = Set.of(TypeMap.FILE, Exchanges.FILE);
    /** Tables bundled in the jar, read when no links folder is given. */
    static final List<String> BUNDLED = List.of("data/links/curated.tsv");

    private LinkTables() {
    }

    /** Every link of every table in {@code linksDir} (by file name), or of the bundled tables when null. */
    public static List<CuratedLink> load(Path linksDir) {
        List<CuratedLink> links = new ArrayList<>();
        if (linksDir == null) {
            BUNDLED.forEach(r -> Tsv.readResource(r, HEADER, 2).forEach(row -> links.add(parse(row))));
            return links;
        }
        if (!Files.isDirectory(linksDir)) {
            throw new UserError("links folder not found: " + linksDir);
        }
        try (Stream<Path> files = Files.list(linksDir)) {
            for (Path f : files.filter(LinkTables::isTable).sorted().toList()) {
                Tsv.read(f, HEADER, 2).forEach(row -> links.add(parse(row)));
            }
        } catch (IOException e) {
            throw new UserError("cannot list " + linksDir + ": " + e.getMessage());
        }
        return links;
    }

    private static boolean isTable(Path f) {
        String name = f.getFileName().toString();
        return Files.isRegularFile(f) && name.endsWith(".tsv") && !NOT_TABLES.contains(name);
    }

    /** Parses one table row; errors name the file and line. */
    static CuratedLink parse(Tsv.Row row) {
        String local = row.cell(0);
        if (local.isEmpty()) {
            throw row.error("empty 'local' column");
        }
        String external = ExternalIri.parse(row.cell(1)).orElseThrow(() ->
                row.error("'external' must be a QID (Q42, wd:Q42) or an absolute http(s) IRI: '" + row.cell(1) + "'"));
        return new CuratedLink(row.file(), row.line(), local, external, predicate(row), row.cell(2), row.cell(3));
    }

    private static String predicate(Tsv.Row row) {
        return switch (row.cell(4)) {
            case "", "sameAs", "owl:sameAs" -> OWL.sameAs.getURI();
            case "exactMatch", "skos:exactMatch" -> SKOS.exactMatch.getURI();
            default -> throw row.error("predicate must be owl:sameAs or skos:exactMatch: '" + row.cell(4) + "'");
        };
    }
}
