package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityRef;
import org.w3id.hkg.extract.Evidence;
import org.w3id.hkg.extract.Mention;
import org.w3id.hkg.extract.Sentence;

/**
 * Builds one {@link Entity} per distinct reference of a document's mentions: aliases are the names
 * written (as written, traditional included, and their variants), the English name is the first
 * Latin-script name, the evidence is the sentence of the first mention. Pure function.
 */
public final class EntityCollector {
    /** Bare kind words and English phrases that refer to an entity without naming it: never an alias. */
    private static final Set<String> ANAPHORS = Set.of("医院", "公司", "集团", "联盟", "医联体", "医共体", "the hospital", "The hospital",
            "the company", "The company", "the group", "The group");

    /** 该院, 该诊所, 本机关, 涉事门诊部, 当事人, 前者: a demonstrative and a kind of body, never an alias. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:该|本|我|你|贵|这家|这所|此|涉事|上述|前述|那家)"
            + "(?:医院|院|公司|集团|联盟|医联体|医共体|诊所|门诊部|中心|卫生院|机构|医疗机构|机关|局|委|单位|企业)|当事人|前者|后者");

    /** A place name alone ({@code …市, …省, …县, …区}). */
    private static final Pattern PLACE_ONLY = Pattern.compile("\\p{IsHan}{1,8}?(?:省|市|县|区|自治区|自治州|特别行政区)");

    private EntityCollector() {
    }

    /** The entities behind {@code mentions}, in order of first mention. */
    public static List<Entity> collect(DocumentContext document, List<Mention> mentions) {
        Map<EntityRef, List<Mention>> byRef = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byRef.computeIfAbsent(m.ref(), r -> new ArrayList<>()).add(m);
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<EntityRef, List<Mention>> e : byRef.entrySet()) {
            EntityRef ref = e.getKey();
            Set<String> aliases = new LinkedHashSet<>();
            String english = isLatin(ref.name()) ? ref.name() : null;
            double confidence = 0;
            for (Mention m : e.getValue()) {
                confidence = Math.max(confidence, m.confidence());
                String written = ShortNames.ANNOTATION.matcher(m.surface()).replaceAll("").strip();
                written = ShortNames.SPACES.matcher(written).replaceAll(" ");
                if (refersWithoutNaming(written)) {
                    continue;
                }
                for (String a : variants(written)) {
                    if (!a.equals(ref.name()) && !a.isBlank() && !placeOf(a, ref.name())) {
                        aliases.add(a);
                    }
                }
                if (english == null && isLatin(written)) {
                    english = written;
                }
            }
            out.add(new Entity(ref, aliases, english, evidence(document, e.getValue().get(0)), confidence));
        }
        return out;
    }

    /** Whether a mention's words refer to an entity without naming it (该院, 该诊所, 本机关, 当事人). */
    static boolean refersWithoutNaming(String written) {
        String normal = ShortNames.normalize(written);
        return ANAPHORS.contains(normal) || DEMONSTRATIVE.matcher(normal).matches();
    }

    /**
     * Whether {@code alias} is only the place that starts {@code name} (岳阳市 of 岳阳市第三人民医院): a
     * mention found in pieces leaves its place behind, which names the place, not the organisation.
     */
    static boolean placeOf(String alias, String name) {
        String a = ShortNames.normalize(alias);
        return a.length() < name.length() && ShortNames.normalize(name).startsWith(a) && PLACE_ONLY.matcher(a).matches();
    }

    private static List<String> variants(String written) {
        List<String> v = new ArrayList<>();
        v.add(written);
        String simplified = ShortNames.normalize(written);
        v.add(simplified);
        Matcher m = OrgGrammar.INNER_LATIN.matcher(simplified);
        if (m.find() && m.end() < simplified.length()) {
            v.add(m.group(1).trim() + simplified.substring(m.end()));
            v.add(simplified.substring(0, m.start()) + simplified.substring(m.end()));
        }
        return v;
    }

    static boolean isLatin(String s) {
        return s.chars().noneMatch(ch -> OrgGrammar.isHan((char) ch)) && s.chars().anyMatch(Character::isLetter);
    }

    private static Evidence evidence(DocumentContext document, Mention m) {
        for (Sentence s : document.sentences()) {
            if (s.begin() <= m.begin() && m.begin() < s.end()) {
                return s.evidence();
            }
        }
        return new Evidence(m.begin(), m.end(), m.surface());
    }
}
