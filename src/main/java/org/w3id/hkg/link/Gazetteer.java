package org.w3id.hkg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The gazetteer of Chinese administrative places ({@code data/places.tsv}) and the reading of an
 * organisation's place from the administrative prefix of its name (广东省… → 广东; 广州市… → 广州;
 * 四川省成都市… → 成都).
 */
public final class Gazetteer {
    /** Bundled copy inside the jar. */
    public static final String RESOURCE = "data/places.tsv";
    static final List<String> HEADER = List.of("slug", "name", "short", "level", "parent", "wikidata", "except");
    /** A short form followed by one of these names a lower unit of the same name (朝阳区 is not 朝阳市). */
    private static final String LOWER_UNITS = "区县镇乡旗";
    static final List<String> LEVELS = List.of("province", "city", "district");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Map<String, Place> bySlug;

    private Gazetteer(Map<String, Place> bySlug) {
        this.bySlug = bySlug;
    }

    /** Reads {@code file}, or the bundled gazetteer when {@code file} is null or absent. */
    public static Gazetteer load(Path file) {
        List<Tsv.Row> rows = file != null && Files.isRegularFile(file)
                ? Tsv.read(file, HEADER, 4) : Tsv.readResource(RESOURCE, HEADER, 4);
        Map<String, Place> places = new LinkedHashMap<>();
        Map<String, Tsv.Row> lines = new LinkedHashMap<>();
        for (Tsv.Row row : rows) {
            Place p = parse(row);
            if (places.putIfAbsent(p.slug(), p) != null) {
                throw row.error("slug '" + p.slug() + "' used twice");
            }
            lines.put(p.slug(), row);
        }
        places.values().forEach(p -> {
            if (!p.parent().isEmpty() && !places.containsKey(p.parent())) {
                throw lines.get(p.slug()).error("unknown parent '" + p.parent() + "'");
            }
        });
        return new Gazetteer(places);
    }

    private static Place parse(Tsv.Row row) {
        String slug = row.cell(0);
        if (!SLUG.matcher(slug).matches()) {
            throw row.error("slug must be lower-case ASCII letters, digits and hyphens: '" + slug + "'");
        }
        if (row.cell(1).isEmpty()) {
            throw row.error("empty name");
        }
        String level = row.cell(3);
        if (!LEVELS.contains(level)) {
            throw row.error("level must be one of " + LEVELS + ": '" + level + "'");
        }
        String qid = row.cell(5);
        String wikidata = qid.isEmpty() ? ""
                : ExternalIri.parse(qid).filter(ExternalIri::isWikidata)
                        .orElseThrow(() -> row.error("not a Wikidata item: '" + qid + "'"));
        return new Place(slug, Names.compact(row.cell(1)), list(row.cell(2)), level, row.cell(4), wikidata,
                list(row.cell(6)));
    }

    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(Names::compact).filter(s -> !s.isEmpty()).toList();
    }

    /** All places, in file order. */
    public List<Place> places() {
        return List.copyOf(bySlug.values());
    }

    /** The place with this slug. */
    public Optional<Place> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The place that contains {@code place}, if any. */
    public Optional<Place> parent(Place place) {
        return bySlug(place.parent());
    }

    /**
     * The most specific place named at the start of {@code orgName}: a province or city, then, right after
     * it, one of its cities or districts, and so on. Districts are only read after their parent (their names
     * repeat across cities). Empty when no place (or two equally good ones) starts the name.
     */
    public Optional<Place> locate(String orgName) {
        String s = Names.compact(orgName);
        Optional<Match> match = best(s, bySlug.values().stream().filter(p -> !p.level().equals("district")));
        Place found = null;
        while (match.isPresent()) {
            Place p = match.get().place();
            found = p;
            s = s.substring(match.get().length());
            match = best(s, bySlug.values().stream().filter(c -> c.parent().equals(p.slug())));
        }
        return Optional.ofNullable(found);
    }

    private record Match(Place place, int length) {
    }

    private static Optional<Match> best(String s, Stream<Place> candidates) {
        List<Match> matches = new ArrayList<>();
        candidates.forEach(p -> {
            if (p.except().stream().anyMatch(s::startsWith)) {
                return;
            }
            p.names().stream().filter(n -> s.length() > n.length() && s.startsWith(n))
                    .filter(n -> n.equals(p.name()) || LOWER_UNITS.indexOf(s.charAt(n.length())) < 0)
                    .mapToInt(String::length).max().ifPresent(len -> matches.add(new Match(p, len)));
        });
        int longest = matches.stream().mapToInt(Match::length).max().orElse(0);
        List<Match> top = matches.stream().filter(m -> m.length() == longest).toList();
        List<Match> provinces = top.stream().filter(m -> m.place().isProvince()).toList();
        List<Match> pick = provinces.isEmpty() ? top : provinces;
        return pick.size() == 1 ? Optional.of(pick.get(0)) : Optional.empty();
    }
}
