package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3id.hkg.extract.CorpusResolver;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Extraction;

/**
 * The {@link CorpusResolver} of hkg: gives one canonical name to each real-world entity across the
 * documents of a build (and the entities already in the store). Entities are merged when
 * <ul>
 *   <li>a known alias ({@code data/names/aliases.tsv}) names them,</li>
 *   <li>they share a name or alias (after normalisation: traditional → simplified, NFKC, case, space),
 *       unless that alias is a part of several different names,</li>
 *   <li>one is a short form of the other (明德医院 / 杭州明德医院, 南京卫健委 / 南京市卫健委,
 *       明德医疗 / 杭州明德医疗投资股份有限公司), when that short form fits one entity only,</li>
 *   <li>an English name renders a Chinese one ({@link CrossLingual}), when it fits one entity only.</li>
 * </ul>
 * The canonical name is the known alias's canonical name, else a name the store already uses, else
 * the longest Chinese name, else the longest English name; all other names become aliases. Each
 * merge and its rule is listed by {@link #resolveWithMerges}. Thread-safe (stateless).
 *
 * <p>Construct with {@code new NameResolver(NameData.fromClasspath())} or
 * {@code new NameResolver(NameData.fromDirectory(Path.of("data/names")))}.
 */
public final class NameResolver implements CorpusResolver {
    private final NameData data;
    private final ShortNames shorts;
    private final CrossLingual cross;

    public NameResolver(NameData data) {
        this.data = data;
        this.shorts = new ShortNames(data);
        this.cross = new CrossLingual(data);
    }

    /** A resolver with the name files packaged in the jar. */
    public static NameResolver withDefaults() {
        return new NameResolver(NameData.fromClasspath());
    }

    /** One merge: two names found to denote one entity, and the rule that said so. */
    public record Merge(EntityRef a, EntityRef b, String rule) {
    }

    /** The resolved batch and the merges that made it. */
    public record Resolution(List<Extraction> extractions, List<Merge> merges, Map<EntityRef, EntityRef> renames) {
    }

    @Override
    public List<Extraction> resolve(List<Extraction> batch, Collection<Entity> known) {
        return resolveWithMerges(batch, known).extractions();
    }

    /** Resolves and reports each merge with its rule. */
    public Resolution resolveWithMerges(List<Extraction> batch, Collection<Entity> known) {
        Nodes nodes = new Nodes();
        for (Entity e : known) {
            nodes.add(e, true);
        }
        for (Extraction x : batch) {
            for (Entity e : x.entities()) {
                nodes.add(e, false);
            }
            for (var f : x.facts()) {
                for (EntityRef r : RefRewriter.refs(f)) {
                    nodes.addRef(r);
                }
            }
        }
        List<Merge> merges = new ArrayList<>();
        KnownNames aliases = new KnownNames(data);
        mergeKnownAliases(nodes, aliases, merges);
        mergeSharedNames(nodes, merges);
        mergeShortForms(nodes, merges);
        mergeEnglish(nodes, merges);
        Map<EntityRef, EntityRef> renames = canonicalNames(nodes, aliases);
        List<Extraction> out = new ArrayList<>();
        Map<EntityRef, Set<String>> clusters = nodes.clusterNames(renames);
        for (Extraction x : batch) {
            out.add(RefRewriter.rewrite(x, renames, clusters));
        }
        return new Resolution(out, List.copyOf(merges), renames);
    }

    /** All refs seen, their names, and a union-find over them. */
    static final class Nodes {
        final Map<EntityRef, Set<String>> names = new LinkedHashMap<>();
        final Map<EntityRef, EntityRef> parent = new HashMap<>();
        final Set<EntityRef> known = new LinkedHashSet<>();

        void add(Entity e, boolean fromStore) {
            addRef(e.ref());
            Set<String> ns = names.get(e.ref());
            for (String a : e.aliases()) {
                if (!EntityCollector.refersWithoutNaming(a)) {
                    ns.add(a);
                }
            }
            if (e.english() != null) {
                ns.add(e.english());
            }
            if (fromStore) {
                known.add(e.ref());
            }
        }

        void addRef(EntityRef r) {
            names.computeIfAbsent(r, k -> new LinkedHashSet<>(List.of(k.name())));
            parent.putIfAbsent(r, r);
        }

        EntityRef find(EntityRef r) {
            EntityRef p = parent.get(r);
            if (p == null || p.equals(r)) {
                return r;
            }
            EntityRef root = find(p);
            parent.put(r, root);
            return root;
        }

        boolean union(EntityRef a, EntityRef b) {
            EntityRef ra = find(a);
            EntityRef rb = find(b);
            if (ra.equals(rb)) {
                return false;
            }
            parent.put(rb, ra);
            return true;
        }

        Map<EntityRef, Set<String>> clusterNames(Map<EntityRef, EntityRef> renames) {
            Map<EntityRef, Set<String>> out = new HashMap<>();
            for (Map.Entry<EntityRef, Set<String>> e : names.entrySet()) {
                EntityRef target = renames.getOrDefault(e.getKey(), e.getKey());
                out.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(e.getValue());
            }
            return out;
        }
    }

    private static String key(String name) {
        return ShortNames.folded(name);
    }

    private static void merge(Nodes nodes, EntityRef a, EntityRef b, String rule, List<Merge> merges) {
        if (nodes.union(a, b)) {
            merges.add(new Merge(a, b, rule));
        }
    }

    private void mergeKnownAliases(Nodes nodes, KnownNames aliases, List<Merge> merges) {
        for (EntityRef r : List.copyOf(nodes.names.keySet())) {
            for (String n : nodes.names.get(r)) {
                EntityRef target = aliases.alias(n);
                if (target != null && compatible(r.type(), target.type(), true)) {
                    nodes.addRef(target);
                    merge(nodes, target, r, "known alias " + n, merges);
                    break;
                }
            }
        }
    }

    private static boolean compatible(EntityType a, EntityType b, boolean lenient) {
        if (a == b) {
            return true;
        }
        return lenient && a != EntityType.PERSON && b != EntityType.PERSON;
    }

    /**
     * Merges entities that share a name or alias, except on a part of a name that several different
     * names contain: a document that calls 桂林市第七人民医院 "第七人民医院" says nothing about 南阳市第七人民医院,
     * which another document calls the same. Left alone, such a part chains every entity that uses it
     * into one. A part that only one name contains still merges (华西医院 with 四川大学华西医院), and short
     * names used as names are left to {@link #mergeShortForms}, which merges them only where they fit one
     * entity.
     */
    private void mergeSharedNames(Nodes nodes, List<Merge> merges) {
        Set<String> ambiguous = partsOfSeveralNames(nodes);
        Map<String, EntityRef> byName = new HashMap<>();
        for (Map.Entry<EntityRef, Set<String>> e : nodes.names.entrySet()) {
            for (String n : e.getValue()) {
                String k = e.getKey().type().code() + "|" + key(n);
                if (key(n).length() < 2 || bare(n) || ambiguous.contains(k)) {
                    continue;
                }
                EntityRef other = byName.putIfAbsent(k, e.getKey());
                if (other != null) {
                    merge(nodes, other, e.getKey(), "shared name " + n, merges);
                }
            }
        }
    }

    /**
     * The aliases (type and key) that are a strict part of the names of two or more entities with
     * different names: ambiguous by construction.
     */
    private static Set<String> partsOfSeveralNames(Nodes nodes) {
        Map<String, String> claimedBy = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Map.Entry<EntityRef, Set<String>> e : nodes.names.entrySet()) {
            String own = key(e.getKey().name());
            for (String n : e.getValue()) {
                String part = key(n);
                if (part.length() < own.length() && own.contains(part)) {
                    String k = e.getKey().type().code() + "|" + part;
                    String first = claimedBy.putIfAbsent(k, own);
                    if (first != null && !first.equals(own)) {
                        ambiguous.add(k);
                    }
                }
            }
        }
        return ambiguous;
    }

    private static boolean bare(String n) {
        return n.length() > 1 && "市省区县".indexOf(n.charAt(0)) >= 0;
    }

    /**
     * Short forms, found through indexes so that a build with many entities stays linear: every
     * tail of each name's key (短名 = 全名 without its place), every prefix that lacks only a suffix,
     * and each company's core name.
     */
    private void mergeShortForms(Nodes nodes, List<Merge> merges) {
        List<EntityRef> refs = new ArrayList<>();
        for (EntityRef r : nodes.names.keySet()) {
            if (r.type() != EntityType.PERSON && !EntityCollector.isLatin(r.name())) {
                refs.add(r);
            }
        }
        Map<String, List<EntityRef>> tails = new HashMap<>();
        Map<String, List<EntityRef>> truncations = new HashMap<>();
        Map<String, List<EntityRef>> cores = new HashMap<>();
        for (EntityRef b : refs) {
            String k = shorts.key(b.name());
            for (int i = 0; i < k.length(); i++) {
                tails.computeIfAbsent(b.type().code() + "|" + k.substring(i), x -> new ArrayList<>()).add(b);
            }
            String n = ShortNames.normalize(b.name());
            for (int j = 4; j < n.length(); j++) {
                if (shorts.truncated(n.substring(0, j), n)) {
                    truncations.computeIfAbsent(b.type().code() + "|" + n.substring(0, j), x -> new ArrayList<>()).add(b);
                }
            }
            if (b.type() == EntityType.COMPANY) {
                String core = shorts.companyCore(b.name());
                if (core != null) {
                    cores.computeIfAbsent(core, x -> new ArrayList<>()).add(b);
                }
                for (String shortForm : shorts.companyShortForms(b.name())) {
                    cores.computeIfAbsent(shortForm, x -> new ArrayList<>()).add(b);
                }
            }
        }
        refs.sort((x, y) -> Integer.compare(x.name().length(), y.name().length()));
        for (EntityRef a : refs) {
            if (bare(a.name())) {
                continue;
            }
            List<EntityRef> candidates = new ArrayList<>();
            String type = a.type().code() + "|";
            String ka = shorts.key(a.name());
            candidates.addAll(tails.getOrDefault(type + ka, List.of()));
            candidates.addAll(truncations.getOrDefault(type + ShortNames.normalize(a.name()), List.of()));
            if (a.type() == EntityType.COMPANY) {
                for (String c : new String[] {a.name(), shorts.stripPlace(a.name()), shorts.companyCore(a.name())}) {
                    if (c != null) {
                        candidates.addAll(cores.getOrDefault(c, List.of()));
                    }
                }
            }
            Set<EntityRef> fits = new LinkedHashSet<>();
            for (EntityRef b : candidates) {
                if (b.name().length() > a.name().length() && shortOf(a, b)) {
                    fits.add(nodes.find(b));
                }
            }
            if (fits.size() == 1) {
                merge(nodes, fits.iterator().next(), a, "short form " + a.name(), merges);
            }
        }
    }

    private boolean shortOf(EntityRef a, EntityRef b) {
        if (a.type() == b.type() && (shorts.sameOrShort(a.name(), b.name()) || shorts.truncated(a.name(), b.name()))) {
            return true;
        }
        if (b.type() == EntityType.COMPANY && a.type() == EntityType.COMPANY) {
            String core = shorts.companyCore(b.name());
            return core != null && (core.equals(a.name()) || core.equals(shorts.stripPlace(a.name()))
                    || core.equals(shorts.companyCore(a.name()))) || shorts.companyShortOf(a.name(), b.name());
        }
        return false;
    }

    private static final Set<String> CORPORATE = Set.of("holdings", "group", "co.", "co", "ltd.", "ltd", "limited",
            "inc.", "inc", "corporation", "company", "plc");

    /** An English company name without its corporate words (Acme Healthcare of Acme Healthcare Holdings). */
    private void mergeEnglishShortForms(Nodes nodes, List<Merge> merges) {
        Map<String, List<EntityRef>> stems = new HashMap<>();
        for (EntityRef b : nodes.names.keySet()) {
            if (b.type() == EntityType.COMPANY && EntityCollector.isLatin(b.name())) {
                String[] w = b.name().split("\\s+");
                int n = w.length;
                while (n > 1 && CORPORATE.contains(w[n - 1].toLowerCase(Locale.ROOT).replace(",", ""))) {
                    n--;
                    stems.computeIfAbsent(String.join(" ", java.util.Arrays.copyOf(w, n)).toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(b);
                }
            }
        }
        for (EntityRef a : List.copyOf(nodes.names.keySet())) {
            List<EntityRef> fits = stems.getOrDefault(a.name().toLowerCase(Locale.ROOT), List.of());
            if (a.type() == EntityType.COMPANY && fits.stream().map(nodes::find).distinct().count() == 1) {
                merge(nodes, nodes.find(fits.get(0)), a, "English short form " + a.name(), merges);
            }
        }
    }

    private void mergeEnglish(Nodes nodes, List<Merge> merges) {
        mergeEnglishShortForms(nodes, merges);
        for (EntityRef a : List.copyOf(nodes.names.keySet())) {
            if (!EntityCollector.isLatin(a.name())) {
                continue;
            }
            Set<EntityRef> fits = new LinkedHashSet<>();
            for (Map.Entry<EntityRef, Set<String>> e : nodes.names.entrySet()) {
                EntityRef b = e.getKey();
                if (b.type() != a.type() || EntityCollector.isLatin(b.name()) || nodes.find(b).equals(nodes.find(a))) {
                    continue;
                }
                for (String n : e.getValue()) {
                    boolean fit = a.type() == EntityType.PERSON ? cross.person(a.name(), n) : cross.organisation(a.name(), n);
                    if (fit) {
                        fits.add(nodes.find(b));
                        break;
                    }
                }
            }
            if (fits.size() == 1) {
                merge(nodes, fits.iterator().next(), a, "English rendering " + a.name(), merges);
            }
        }
    }

    private Map<EntityRef, EntityRef> canonicalNames(Nodes nodes, KnownNames aliases) {
        Map<EntityRef, List<EntityRef>> clusters = new LinkedHashMap<>();
        for (EntityRef r : nodes.names.keySet()) {
            clusters.computeIfAbsent(nodes.find(r), k -> new ArrayList<>()).add(r);
        }
        Map<EntityRef, EntityRef> renames = new HashMap<>();
        for (List<EntityRef> members : clusters.values()) {
            EntityRef chosen = choose(members, nodes, aliases);
            for (EntityRef m : members) {
                renames.put(m, chosen);
            }
        }
        return renames;
    }

    private static EntityRef choose(List<EntityRef> members, Nodes nodes, KnownNames aliases) {
        for (EntityRef m : members) {
            EntityRef a = aliases.alias(m.name());
            if (a != null && a.name().equals(m.name())) {
                return a;
            }
        }
        for (EntityRef m : members) {
            EntityRef a = aliases.alias(m.name());
            if (a != null) {
                return a;
            }
        }
        for (EntityRef m : members) {
            if (nodes.known.contains(m)) {
                return m;
            }
        }
        EntityRef best = null;
        for (EntityRef m : members) {
            if (best == null || better(m, best)) {
                best = m;
            }
        }
        return new EntityRef(canonical(best.name()), best.type());
    }

    private static boolean better(EntityRef a, EntityRef b) {
        boolean la = EntityCollector.isLatin(a.name());
        boolean lb = EntityCollector.isLatin(b.name());
        if (la != lb) {
            return !la;
        }
        return a.name().length() > b.name().length();
    }

    /** Canonical spelling: NFKC, simplified, no inner white space in Chinese names. */
    static String canonical(String name) {
        return ShortNames.normalize(name);
    }
}
