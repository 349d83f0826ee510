package org.w3id.hkg.extract.entity;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.util.Memo;

/**
 * How names of one organisation relate: a matching key (place admin words and suffix variants
 * normalised: 南京卫健委 and 南京市卫健委 share a key), short forms (明德医院 of 杭州明德医院,
 * 姑苏市场监督管理局 of 苏州市姑苏区市场监督管理局), company cores (明德医疗 of
 * 杭州明德医疗投资股份有限公司) and place prefixes. Pure functions over {@link NameData}.
 */
public final class ShortNames {
    private static final Pattern ADMIN_PREFIX = Pattern.compile("^(?:中共)?(\\p{IsHan}{2,7}?(?:省|市|自治区|特别行政区))");
    /** A pinyin reading printed after a rare character: 醫(yī). */
    static final Pattern ANNOTATION = Pattern.compile(
            "(?<=\\p{IsHan})\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\\)");

    /** White space next to a non-Latin character. */
    private static final Pattern SPACE_AT_NON_LATIN = Pattern.compile("(?<=\\P{IsLatin})\\s+|\\s+(?=\\P{IsLatin})");
    static final Pattern SPACES = Pattern.compile("\\s+");
    /** 原 (former) before a name. */
    private static final Pattern FORMER = Pattern.compile("^原(?=\\p{IsHan}{2})");
    /** A county-level or lower place written before a name: 信州区, 无为县, 茅家岭街道, 严桥镇. */
    private static final Pattern LOCAL_PREFIX = Pattern.compile("^(\\p{IsHan}{2,4}?(?:区|县|旗|街道|镇|乡))(?!医院|卫生|人民|中医|妇幼)");
    /** What may stand before an organisation suffix and still name no organisation of its own: 第一, 人民, 中心. */
    private static final Pattern BARE_KIND = Pattern.compile("第?[一二三四五六七八九十\\d]+|中心|妇幼|人民|中医|社区");
    private static final Pattern ADMIN_WORD_START = Pattern.compile("^(?:省|市|自治区|特别行政区)");
    /** Distinct strings whose normal form is remembered: the most used (names recur across sentences and documents). */
    private static final int MEMO = 16_384;
    private static final Memo<String, String> NORMALIZED = new Memo<>(ShortNames::normalizeOnce, MEMO);
    private static final Memo<String, String> FOLDED = new Memo<>(
            name -> withoutSpace(normalize(name)).toLowerCase(Locale.ROOT), MEMO);

    private final NameData data;
    /** Words the rest of a company name after its short name may consist of: domain, industry and legal words. */
    private final List<String> corporateWords;
    /** Specialty, generic and domain words: what may stand between a brand and its suffix (悦澜/医疗美容/门诊部). */
    private final java.util.Set<String> descriptive;
    private final Memo<String, String> keys = new Memo<>(this::keyOnce, MEMO);
    private final Memo<String, String> stripped = new Memo<>(this::stripPlaceOnce, MEMO);
    private final Memo<String, String> cores = new Memo<>(this::companyCoreOnce, MEMO);
    private final Memo<String, List<String>> shortForms = new Memo<>(this::companyShortFormsOnce, MEMO);

    public ShortNames(NameData data) {
        this.data = data;
        List<String> words = new java.util.ArrayList<>(DOMAIN);
        words.addAll(data.industry());
        data.suffixes().stream().filter(x -> x.type() == org.w3id.hkg.extract.EntityType.COMPANY)
                .forEach(x -> words.add(x.suffix()));
        this.corporateWords = List.copyOf(words);
        java.util.Set<String> described = new java.util.HashSet<>(data.specialties());
        described.addAll(data.generic());
        described.addAll(DOMAIN);
        this.descriptive = java.util.Set.copyOf(described);
    }

    /** NFKC, traditional → simplified, no white space inside Chinese, pinyin annotations removed. */
    public static String normalize(String name) {
        return NORMALIZED.apply(name);
    }

    private static String normalizeOnce(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        s = ANNOTATION.matcher(s).replaceAll("");
        s = TextNormalizer.normalize(s);
        if (s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            s = SPACE_AT_NON_LATIN.matcher(s).replaceAll("");
        } else {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        return s;
    }

    /** The normalised name without white space, in lower case: how names are compared within a document. */
    public static String folded(String name) {
        return FOLDED.apply(name);
    }

    /** {@code s} without the white space characters of the regex class \\s ([ \\t\\n\\x0B\\f\\r]). */
    static String withoutSpace(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            if (space && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** {@code s} without any of {@code chars}. */
    private static String without(String s, String chars) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static String withoutLeading(String s, String prefix) {
        return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** A matching key: lower case, no white space, canonical suffix, admin words after places dropped. */
    public String key(String name) {
        return keys.apply(name);
    }

    private String keyOnce(String name) {
        String n = folded(name).replace("市市", "市");
        if (n.startsWith("原")) {
            n = FORMER.matcher(n).replaceFirst("");
        }
        OrgSuffix s = data.suffixOf(n);
        if (s == null) {
            return n;
        }
        String prefix = withoutLeading(n.substring(0, n.length() - s.suffix().length()), "中共");
        if (prefix.length() > 1) {
            prefix = prefix.charAt(0) + without(prefix.substring(1), "省市区县");
        }
        if (s.canon().equals("急救中心")) {
            prefix = prefix.replace("120", "");
        }
        return prefix + s.canon();
    }

    /** The specific part of a key: the key without its canonical suffix. */
    public String specificPart(String name) {
        String n = normalize(name);
        OrgSuffix s = data.suffixOf(n);
        String k = key(name);
        return s == null ? k : k.substring(0, k.length() - s.canon().length());
    }

    /** Whether {@code shortName} names the same organisation as {@code full}: same key, or a short form of it. */
    public boolean sameOrShort(String shortName, String full) {
        String a = key(shortName);
        String b = key(full);
        if (a.equals(b)) {
            return true;
        }
        if (!b.endsWith(a) || data.suffixOf(normalize(shortName)) == null) {
            return false;
        }
        return specificPart(shortName).length() >= 2;
    }

    /** Whether {@code shortName} is {@code full} without a trailing suffix (成都华康医学中心 of 成都华康医学中心医院). */
    public boolean truncated(String shortName, String full) {
        String a = normalize(shortName);
        String b = normalize(full);
        if (!b.startsWith(a) || a.length() >= b.length() || a.length() < 4) {
            return false;
        }
        String rest = b.substring(a.length());
        OrgSuffix s = data.suffixOf(rest);
        return s != null && s.suffix().equals(rest);
    }

    /**
     * Whether {@code shortName} is {@code full} with a middle part left out: its first two characters or more
     * and its last four or more (成渝儿童神经康复专科联盟 of 成渝地区双城经济圈儿童神经康复专科联盟).
     */
    public boolean elided(String shortName, String full) {
        String a = normalize(shortName);
        String b = normalize(full);
        if (a.length() < 6 || a.length() >= b.length()) {
            return false;
        }
        for (int p = 2; p <= a.length() - 4; p++) {
            if (b.startsWith(a.substring(0, p)) && b.endsWith(a.substring(p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code shortName} is {@code full}'s brand with the same suffix, the places before the brand and the
     * specialty words after it left out (悦澜门诊部 of 上海静安悦澜医疗美容门诊部).
     */
    public boolean brandShort(String shortName, String full) {
        String a = normalize(shortName);
        String b = normalize(full);
        OrgSuffix s = data.suffixOf(a);
        if (s == null || !b.endsWith(s.suffix()) || a.length() >= b.length()) {
            return false;
        }
        String brand = a.substring(0, a.length() - s.suffix().length());
        String rest = b.substring(0, b.length() - s.suffix().length());
        int at = rest.indexOf(brand);
        if (brand.length() < 2 || at < 2 || at > 6 || data.generic().contains(brand)) {
            return false;
        }
        String after = rest.substring(at + brand.length());
        return after.isEmpty() || Words.composedOf(after, descriptive);
    }

    /** {@code name} without leading place names (国家, 省/市 names, 中共). */
    public String stripPlace(String name) {
        return stripped.apply(name);
    }

    private String stripPlaceOnce(String name) {
        String n = normalize(name);
        for (int guard = 0; guard < 3; guard++) {
            String before = n;
            n = withoutLeading(n, "中共");
            for (String p : data.places()) {
                if (n.startsWith(p) && n.length() > p.length() + 1) {
                    n = ADMIN_WORD_START.matcher(n.substring(p.length())).replaceFirst("");
                    break;
                }
            }
            Matcher m = ADMIN_PREFIX.matcher(n);
            if (m.find() && n.length() > m.end() + 1) {
                n = n.substring(m.end());
            } else {
                Matcher local = LOCAL_PREFIX.matcher(n);
                // a district, county, town or sub-district before the name (信州区茅家岭街道昌盛门诊部 → 昌盛门诊部),
                // unless what is left is a bare kind of organisation (严桥镇卫生院 keeps its town)
                if (local.find() && n.length() > local.end() + 1 && !bareKind(n.substring(local.end()))) {
                    n = n.substring(local.end());
                }
            }
            if (n.equals(before)) {
                break;
            }
        }
        return n;
    }

    /** Whether {@code rest} is only an organisation suffix, or a number and one (卫生院, 第一人民医院, 中心医院). */
    private boolean bareKind(String rest) {
        OrgSuffix suffix = data.suffixOf(rest);
        String before = suffix == null ? rest : rest.substring(0, rest.length() - suffix.suffix().length());
        return before.isEmpty() || BARE_KIND.matcher(before).matches();
    }

    /** The leading place of a name (南京 of 杭州明德医院), or null. */
    public String placeOf(String name) {
        String n = normalize(name);
        String rest = stripPlace(n);
        if (rest.length() == n.length()) {
            return null;
        }
        String place = withoutLeading(n.substring(0, n.length() - rest.length()), "中共");
        return place.endsWith("省") || place.endsWith("市") ? place.substring(0, place.length() - 1) : place;
    }

    /** The legal-form and group words an English company name drops in its short form. */
    private static final Pattern ENGLISH_CORPORATE = Pattern.compile(
            "(?i)(?:[ ,]+(?:group|holdings?|co\\.?|ltd\\.?|limited|inc\\.?|corp\\.?|corporation|company|plc))+$");

    /**
     * The short name of an English company name: without its legal form and group words, two words or more
     * (Qiongya Health of Qiongya Health Group Co., Ltd.); null if none.
     */
    public static String englishShortForm(String name) {
        if (name.chars().anyMatch(ch -> ch >= 128)) {
            return null;
        }
        String core = ENGLISH_CORPORATE.matcher(name.strip()).replaceAll("");
        return !core.equals(name.strip()) && core.split(" ").length >= 2 ? core : null;
    }

    /** A company's conventional short name: no place, legal form or industry words at the end; null if under two characters. */
    public String companyCore(String name) {
        return cores.apply(name);
    }

    private String companyCoreOnce(String name) {
        String n = stripPlace(name);
        boolean changed = true;
        while (changed) {
            changed = false;
            OrgSuffix s = data.suffixOf(n);
            if (s != null && s.type() == org.w3id.hkg.extract.EntityType.COMPANY && n.length() > s.suffix().length()) {
                n = n.substring(0, n.length() - s.suffix().length());
                changed = true;
            }
            for (String w : data.industry()) {
                if (n.endsWith(w) && n.length() > w.length() + 1) {
                    n = n.substring(0, n.length() - w.length());
                    changed = true;
                }
            }
        }
        return n.length() >= 2 && !n.equals(normalize(name)) ? n : null;
    }

    /** Domain words a company's short name may also drop after its brand (明光眼科 of 明光眼科医疗集团). */
    private static final List<String> DOMAIN = List.of("医疗", "医药", "医学", "健康", "管理", "服务", "股份");

    /**
     * The short names a company's full name allows: every prefix of the name without its place (two
     * characters or more, not a generic word or a common noun) that the rest of the name follows as
     * industry, domain and legal words only (明德医疗 of 杭州明德医疗投资股份有限公司), and that prefix with 集团 when
     * the name has it (明德集团 of 杭州明德医疗集团股份有限公司).
     */
    public List<String> companyShortForms(String full) {
        return shortForms.apply(full);
    }

    private List<String> companyShortFormsOnce(String full) {
        String n = stripPlace(full);
        List<String> out = new java.util.ArrayList<>();
        for (int len = 2; len < n.length(); len++) {
            String prefix = n.substring(0, len);
            if (onlyCorporate(n.substring(len)) && !data.generic().contains(prefix) && !data.places().contains(prefix)
                    && !prefix.contains("股份") && !prefix.contains("有限") && !prefix.endsWith("责任")
                    && !Lexicon.isCommonNoun(prefix) && !Lexicon.isPlace(prefix)) {
                out.add(prefix);
                if (n.substring(len).contains("集团") && !prefix.endsWith("集团")) {
                    out.add(prefix + "集团"); // 粤康集团 of 广东粤康医疗集团股份有限公司
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code shortName} is one of {@link #companyShortForms} of {@code full}. */
    public boolean companyShortOf(String shortName, String full) {
        String a = normalize(shortName);
        return companyShortForms(full).contains(a) || companyShortForms(full).contains(stripPlace(a));
    }

    private boolean onlyCorporate(String rest) {
        return !rest.isEmpty() && Words.composedOf(rest, corporateWords);
    }
}
