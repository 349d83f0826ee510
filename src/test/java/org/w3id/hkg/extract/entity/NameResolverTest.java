package org.w3id.hkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Evidence;
import org.w3id.hkg.extract.Extraction;
import org.w3id.hkg.extract.Fact;
import org.w3id.hkg.extract.Ownership;

class NameResolverTest {
    private static EntityRecognizer recognizer;
    private static NameResolver resolver;

    @BeforeAll
    static void load() {
        NameData data = Docs.data();
        recognizer = new EntityRecognizer(data);
        resolver = new NameResolver(data);
    }

    private static Extraction extract(String id, String text, List<Fact> facts) {
        DocumentContext ctx = recognizer.prepare(Docs.doc(id, text));
        return new Extraction(id, recognizer.entities(ctx, recognizer.find(ctx)), facts);
    }

    private static Set<EntityRef> refs(List<Extraction> xs) {
        return xs.stream().flatMap(x -> x.entities().stream()).map(Entity::ref).collect(Collectors.toSet());
    }

    @Test
    void shortTraditionalAndEnglishNamesBecomeOneEntity() {
        List<Extraction> batch = new ArrayList<>();
        batch.add(extract("a.txt", "杭州明德医院院长刘建国表示,医院将全面整改。", List.of()));
        batch.add(extract("b.txt", "明德醫院今日恢復門診。", List.of()));
        batch.add(extract("c.txt", "Hangzhou Mingde Hospital joined the network, said Jianguo Liu, president of the hospital.", List.of()));
        NameResolver.Resolution res = resolver.resolveWithMerges(batch, List.of());
        Set<EntityRef> refs = refs(res.extractions());
        assertTrue(refs.contains(new EntityRef("杭州明德医院", EntityType.HOSPITAL)), refs.toString());
        assertEquals(1, refs.stream().filter(r -> r.type() == EntityType.HOSPITAL).count(), refs.toString());
        assertEquals(Set.of(new EntityRef("刘建国", EntityType.PERSON)),
                refs.stream().filter(r -> r.type() == EntityType.PERSON).collect(Collectors.toSet()));
        Entity h = res.extractions().get(2).entities().stream()
                .filter(e -> e.ref().type() == EntityType.HOSPITAL).findFirst().orElseThrow();
        assertTrue(h.aliases().contains("Hangzhou Mingde Hospital"), h.aliases().toString());
        assertTrue(res.merges().stream().anyMatch(m -> m.rule().startsWith("English rendering")));
    }

    @Test
    void factsAreRewrittenAndCompanyShortNamesMerge() {
        EntityRef shortName = new EntityRef("明德医疗", EntityType.COMPANY);
        EntityRef hospital = new EntityRef("杭州明德医院", EntityType.HOSPITAL);
        Fact own = new Ownership(hospital, shortName, new Evidence(0, 4, "明德医疗"), 0.8);
        List<Extraction> batch = List.of(
                extract("a.txt", "杭州明德医疗投资股份有限公司发布公告。", List.of()),
                new Extraction("b.txt", List.of(new Entity(shortName, Set.of(), null, new Evidence(0, 4, "明德医疗"), 0.8)),
                        List.of(own)));
        List<Extraction> out = resolver.resolve(batch, List.of());
        Ownership o = out.get(1).facts(Ownership.class).get(0);
        assertEquals(new EntityRef("杭州明德医疗投资股份有限公司", EntityType.COMPANY), o.parent());
        assertEquals(hospital, o.org());
    }

    @Test
    void aPartThatSeveralNamesShareMergesNone() {
        Evidence ev = new Evidence(0, 1, "x");
        EntityRef guilin = new EntityRef("桂林市第七人民医院", EntityType.HOSPITAL);
        EntityRef nanyang = new EntityRef("南阳市第七人民医院", EntityType.HOSPITAL);
        EntityRef liuzhou = new EntityRef("柳州市第七人民医院", EntityType.HOSPITAL);
        List<Extraction> batch = List.of(
                new Extraction("a.txt", List.of(new Entity(guilin, Set.of("第七人民医院"), null, ev, 0.9)), List.of()),
                new Extraction("b.txt", List.of(new Entity(nanyang, Set.of("第七人民医院"), null, ev, 0.9)), List.of()),
                new Extraction("c.txt", List.of(new Entity(new EntityRef("第七人民医院", EntityType.HOSPITAL), Set.of(), null, ev, 0.9)),
                        List.of()));
        Entity stored = new Entity(liuzhou, Set.of("第七人民医院"), null, ev, 1);
        NameResolver.Resolution res = resolver.resolveWithMerges(batch, List.of(stored));
        assertEquals(List.of(), res.merges(), "three hospitals and a name that fits each of them");
        assertEquals(Set.of(guilin, nanyang, new EntityRef("第七人民医院", EntityType.HOSPITAL)), refs(res.extractions()));
    }

    @Test
    void aPartOfOneNameOnlyStillMerges() {
        Evidence ev = new Evidence(0, 1, "x");
        EntityRef full = new EntityRef("四川大学华西医院", EntityType.HOSPITAL);
        List<Extraction> batch = List.of(
                new Extraction("a.txt", List.of(new Entity(full, Set.of("华西医院"), null, ev, 0.9)), List.of()),
                new Extraction("b.txt", List.of(new Entity(new EntityRef("华西医院", EntityType.HOSPITAL), Set.of(), null, ev, 0.9)),
                        List.of()),
                new Extraction("c.txt", List.of(new Entity(full, Set.of("华西医院"), null, ev, 0.9)), List.of()));
        assertEquals(Set.of(full), refs(resolver.resolve(batch, List.of())));
    }

    @Test
    void aNumberedShortNameJoinsItsCitysHospital() {
        List<Extraction> batch = List.of(
                extract("a.txt", "衡水市第三人民医院发生一起医疗事件。", List.of()),
                extract("b.txt", "邢台市第三人民医院院长表示将配合调查。", List.of()),
                extract("c.txt", "衡水三院副院长郝宏伟被记过处分。", List.of()));
        Set<EntityRef> hospitals = refs(resolver.resolve(batch, List.of())).stream()
                .filter(r -> r.type() == EntityType.HOSPITAL).collect(Collectors.toSet());
        assertEquals(Set.of(new EntityRef("衡水市第三人民医院", EntityType.HOSPITAL), new EntityRef("邢台市第三人民医院", EntityType.HOSPITAL)),
                hospitals);
    }

    @Test
    void knownAliasesFromTheDataFile() {
        List<Extraction> batch = List.of(extract("a.txt", "美國梅奧診所(Mayo Clinic)宣布合作。", List.of()));
        Set<EntityRef> refs = refs(resolver.resolve(batch, List.of()));
        assertTrue(refs.contains(new EntityRef("妙佑医疗国际", EntityType.HOSPITAL)), refs.toString());
    }

    @Test
    void knownStoreNamesWin() {
        Entity stored = new Entity(new EntityRef("杭州明德医院", EntityType.HOSPITAL), Set.of(), null, new Evidence(0, 1, "x"), 1);
        List<Extraction> batch = List.of(extract("a.txt", "明德医院今日恢复门诊。", List.of()));
        assertEquals(Set.of(new EntityRef("杭州明德医院", EntityType.HOSPITAL)), refs(resolver.resolve(batch, List.of(stored))));
    }

    @Test
    void englishCompanyShortFormsMerge() {
        List<Extraction> batch = List.of(
                extract("a.txt", "Hong Kong-listed Greatwall Healthcare Holdings said on Monday it had bought a clinic.", List.of()),
                extract("b.txt", "Shares of Greatwall Healthcare rose, said Wei Zhang, chairman of Greatwall Healthcare.", List.of()));
        Set<EntityRef> companies = refs(resolver.resolve(batch, List.of())).stream()
                .filter(r -> r.type() == EntityType.COMPANY).collect(Collectors.toSet());
        assertEquals(Set.of(new EntityRef("Greatwall Healthcare Holdings", EntityType.COMPANY)), companies);
    }
}
