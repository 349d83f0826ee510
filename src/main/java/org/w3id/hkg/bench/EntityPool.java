package org.w3id.hkg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The entities a generated corpus draws from, so that they recur across documents. Remembers which
 * were mentioned and the extra (traditional) name forms the documents used, for the gold file.
 */
final class EntityPool {
    /** Share of the pool per type, in the order the types are generated. */
    private static final Map<String, Double> SHARES = shares();

    private final Map<String, List<GenEntity>> byType = new LinkedHashMap<>();
    private final Map<String, Set<String>> extraNames = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    private static Map<String, Double> shares() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("hospital", 0.35);
        m.put("company", 0.15);
        m.put("regulator", 0.15);
        m.put("alliance", 0.10);
        m.put("person", 0.25);
        return m;
    }

    /** A name drawn for the pool, before short forms are checked for clashes. */
    private record Draft(String type, String name, String shortForm, String ticker) {
    }

    /** A pool of about {@code size} entities (at least two per type), drawn from {@code rnd}. */
    static EntityPool generate(int size, Random rnd) {
        Set<String> names = new HashSet<>();
        Set<String> tickers = new HashSet<>();
        List<Draft> drafts = new ArrayList<>();
        SHARES.forEach((type, share) -> {
            int want = Math.max(2, (int) Math.round(size * share));
            int made = 0;
            for (int attempt = 0; made < want && attempt < want * 30; attempt++) {
                Draft d = draft(type, rnd);
                if (names.add(d.name())) {
                    boolean listed = type.equals("company") && rnd.nextInt(10) < 7;
                    drafts.add(listed ? new Draft(type, d.name(), d.shortForm(), ticker(rnd, tickers)) : d);
                    made++;
                }
            }
        });
        Map<String, Integer> shortCount = new HashMap<>();
        drafts.stream().filter(d -> d.shortForm() != null).forEach(d -> shortCount.merge(d.shortForm(), 1, Integer::sum));
        EntityPool pool = new EntityPool();
        Map<String, Integer> serial = new HashMap<>();
        for (Draft d : drafts) {
            String s = d.shortForm();
            boolean unique = s != null && shortCount.get(s) == 1 && !names.contains(s);
            int n = serial.merge(d.type(), 1, Integer::sum);
            GenEntity e = new GenEntity(d.type() + "-" + n, d.type(), d.name(), unique ? List.of(s) : List.of(), d.ticker());
            pool.byType.computeIfAbsent(d.type(), k -> new ArrayList<>()).add(e);
        }
        return pool;
    }

    private static Draft draft(String type, Random rnd) {
        String place = any(Vocab.PLACES, rnd);
        return switch (type) {
            case "hospital" -> hospital(place, rnd);
            case "company" -> {
                String brand = any(Vocab.COMPANY_BRANDS, rnd);
                List<String> suffix = any(Vocab.COMPANY_SUFFIXES, rnd);
                yield new Draft(type, place + brand + suffix.get(0), brand + suffix.get(1), null);
            }
            case "regulator" -> regulator(place, rnd);
            case "alliance" -> {
                String stem = any(Vocab.REGIONS, rnd) + any(Vocab.FIELDS, rnd);
                String suffix = any(Vocab.ALLIANCE_SUFFIXES, rnd);
                yield new Draft(type, stem + suffix, suffix.equals("专科联盟") ? stem + "联盟" : null, null);
            }
            default -> new Draft(type, any(Vocab.SURNAMES, rnd) + any(Vocab.GIVEN_NAMES, rnd), null, null);
        };
    }

    private static Draft hospital(String place, Random rnd) {
        if (rnd.nextInt(4) == 0) {
            String ordinal = any(Vocab.ORDINALS, rnd);
            return new Draft("hospital", place + "市" + ordinal + "人民医院", place + ordinal.substring(1) + "院", null);
        }
        String brand = any(Vocab.HOSPITAL_BRANDS, rnd);
        String suffix = any(Vocab.HOSPITAL_SUFFIXES, rnd);
        return new Draft("hospital", place + brand + suffix, brand + suffix, null);
    }

    private static Draft regulator(String place, Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> new Draft("regulator", place + "市" + "卫生健康委员会", place + "市卫健委", null);
            case 1 -> new Draft("regulator", place + "市市场监督管理局", place + "市市场监管局", null);
            default -> {
                String district = any(Vocab.DISTRICTS, rnd);
                yield new Draft("regulator", place + "市" + district + "区卫生健康局", district + "区卫健局", null);
            }
        };
    }

    private static String ticker(Random rnd, Set<String> taken) {
        String t;
        do {
            t = any(Vocab.TICKER_PREFIXES, rnd) + String.format("%03d", rnd.nextInt(1000));
        } while (!taken.add(t));
        return t;
    }

    static <T> T any(List<T> list, Random rnd) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** A random entity of {@code type}. */
    GenEntity pick(String type, Random rnd) {
        return any(byType.get(type), rnd);
    }

    /** A random entity of {@code type} other than {@code not} (when the pool has another). */
    GenEntity pickOther(String type, GenEntity not, Random rnd) {
        GenEntity e = pick(type, rnd);
        for (int i = 0; i < 5 && e.equals(not); i++) {
            e = pick(type, rnd);
        }
        return e;
    }

    /** A random listed company, or any company when none is listed. */
    GenEntity pickListed(Random rnd) {
        List<GenEntity> listed = byType.get("company").stream().filter(c -> c.ticker() != null).toList();
        return listed.isEmpty() ? pick("company", rnd) : any(listed, rnd);
    }

    /** Records that a document named {@code e}, with its names as {@code script} writes them. */
    void mentioned(GenEntity e, Function<String, String> script) {
        used.add(e.id());
        for (String n : e.names()) {
            String shown = script.apply(n);
            if (!shown.equals(n)) {
                extraNames.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(shown);
            }
        }
    }

    /** Entities some document named, in pool order, each with all the names the gold lists. */
    List<Map.Entry<GenEntity, List<String>>> usedWithNames() {
        List<Map.Entry<GenEntity, List<String>>> out = new ArrayList<>();
        byType.values().forEach(list -> list.stream().filter(e -> used.contains(e.id())).forEach(e -> {
            List<String> names = new ArrayList<>(e.names());
            names.addAll(extraNames.getOrDefault(e.id(), Set.of()));
            out.add(Map.entry(e, names));
        }));
        return out;
    }

    /** Number of entities in the pool. */
    int size() {
        return byType.values().stream().mapToInt(List::size).sum();
    }
}
