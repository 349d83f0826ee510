package org.w3id.hkg.extract.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.Extraction;
import org.w3id.hkg.extract.Mention;
import org.w3id.hkg.ingest.SourceDocument;

/**
 * Dev harness (not a test): runs the recogniser and the resolver over the dev corpus and prints, per
 * document, the entities found against gold.json's mentions, then precision/recall of the entity set
 * and fragmentation. Usage: {@code java ... DevHarness /work/shared/eval/dev}.
 */
public final class DevHarness {
    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args.length > 0 ? args[0] : "/work/shared/eval/dev");
        String gold = Files.readString(dev.resolve("gold.json"));
        Map<String, Set<String>> names = goldNames(gold);
        Map<String, String> types = goldTypes(gold);
        Map<String, Set<String>> mentions = goldMentions(gold);
        NameData data = NameData.fromDirectory(Path.of("data/names"));
        EntityRecognizer rec = new EntityRecognizer(data);
        NameResolver resolver = new NameResolver(data);
        List<Extraction> batch = new ArrayList<>();
        long t0 = System.nanoTime();
        for (SourceDocument doc : DevCorpus.readAll(dev.resolve("docs"))) {
            DocumentContext ctx = rec.prepare(doc);
            List<Mention> ms = rec.find(ctx);
            List<Entity> es = rec.entities(ctx, ms);
            batch.add(new Extraction(doc.id(), es, List.of()));
            if (args.length > 1) {
                for (Mention m : ms) {
                    System.out.println("   M " + m.surface() + " -> " + m.ref().name() + " " + m.ref().type().code());
                }
            }
        }
        System.out.printf("recognition: %.2fs%n", (System.nanoTime() - t0) / 1e9);
        report("per document, before corpus resolution", batch, names, types, mentions);
        NameResolver.Resolution res = resolver.resolveWithMerges(batch, List.of());
        res.merges().forEach(m -> System.out.println("   merge " + m.a().name() + " <- " + m.b().name() + " : " + m.rule()));
        List<Extraction> resolved = res.extractions();
        report("after corpus resolution", resolved, names, types, mentions);
    }

    private static void report(String title, List<Extraction> batch, Map<String, Set<String>> names,
                               Map<String, String> types, Map<String, Set<String>> mentions) {
        System.out.println("==== " + title);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        Map<String, Set<String>> iris = new HashMap<>();
        Set<String> corpusFound = new HashSet<>();
        Set<String> corpusFp = new TreeSet<>();
        for (Extraction x : batch) {
            Set<String> found = new LinkedHashSet<>();
            List<String> wrong = new ArrayList<>();
            for (Entity e : x.entities()) {
                String id = match(e, names);
                if (id == null || !types.get(id).equals(e.ref().type().code())) {
                    wrong.add(e.ref().name() + "/" + e.ref().type().code() + (id == null ? "" : "(=" + id + ")"));
                    corpusFp.add(e.ref().name() + "/" + e.ref().type().code());
                } else {
                    found.add(id);
                    iris.computeIfAbsent(id, k -> new TreeSet<>()).add(e.ref().name() + "/" + e.ref().type().code());
                    corpusFound.add(id);
                }
            }
            Set<String> gold = mentions.getOrDefault(x.documentId(), Set.of());
            Set<String> missed = new TreeSet<>(gold);
            missed.removeAll(found);
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(gold);
            tp += found.size() - extra.size();
            fp += wrong.size() + extra.size();
            fn += missed.size();
            System.out.println(x.documentId() + ": found " + found + "\n   missed " + missed + " extra " + extra
                    + "\n   false " + wrong);
        }
        System.out.printf("doc-level mentions: P=%.3f R=%.3f (tp=%d fp=%d fn=%d)%n",
                tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), tp, fp, fn);
        Set<String> goldAll = new HashSet<>();
        mentions.values().forEach(goldAll::addAll);
        int ctp = (int) corpusFound.stream().filter(goldAll::contains).count();
        double p = ctp / (double) Math.max(1, corpusFound.size() + corpusFp.size());
        double r = ctp / (double) goldAll.size();
        System.out.printf("corpus entities: P=%.3f R=%.3f F1=%.3f  false positives %s%n", p, r,
                2 * p * r / Math.max(1e-9, p + r), corpusFp);
        int nodes = iris.values().stream().mapToInt(Set::size).sum();
        System.out.printf("fragmentation: %.3f%n", nodes / (double) Math.max(1, iris.size()));
        iris.forEach((k, v) -> {
            if (v.size() > 1) {
                System.out.println("   fragmented " + k + " " + v);
            }
        });
        Set<String> missing = new TreeSet<>(goldAll);
        missing.removeAll(corpusFound);
        System.out.println("   missing " + missing);
    }

    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static String match(Entity e, Map<String, Set<String>> names) {
        List<String> all = new ArrayList<>();
        all.add(e.ref().name());
        all.addAll(e.aliases());
        for (String n : all) {
            for (Map.Entry<String, Set<String>> g : names.entrySet()) {
                if (g.getValue().contains(key(n))) {
                    return g.getKey();
                }
            }
        }
        return null;
    }

    private static final Pattern ENTITY = Pattern.compile(
            "\"([\\w-]+)\"\\s*:\\s*\\{\\s*\"type\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"names\"\\s*:\\s*\\[([^\\]]*)\\]");
    private static final Pattern DOC = Pattern.compile("\"([^\"]+\\.(?:md|txt|html))\"\\s*:\\s*\\{(.*?)\"mentions\"\\s*:\\s*\\[([^\\]]*)\\]", Pattern.DOTALL);
    private static final Pattern STR = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static Map<String, Set<String>> goldNames(String json) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Matcher m = ENTITY.matcher(json);
        while (m.find()) {
            Set<String> ns = new HashSet<>();
            Matcher s = STR.matcher(m.group(3));
            while (s.find()) {
                ns.add(key(s.group(1).replace("\\\"", "\"")));
            }
            out.put(m.group(1), ns);
        }
        return out;
    }

    private static Map<String, String> goldTypes(String json) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ENTITY.matcher(json);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static Map<String, Set<String>> goldMentions(String json) {
        Map<String, Set<String>> out = new HashMap<>();
        Matcher m = DOC.matcher(json);
        while (m.find()) {
            Set<String> ids = new HashSet<>();
            Matcher s = STR.matcher(m.group(3));
            while (s.find()) {
                ids.add(s.group(1));
            }
            out.put(m.group(1), ids);
        }
        return out;
    }
}
