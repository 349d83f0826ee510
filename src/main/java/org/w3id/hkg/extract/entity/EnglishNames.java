package org.w3id.hkg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hkg.extract.EntityType;

/**
 * English organisation and person names: a run of capitalised words ending in an organisation word
 * (Hospital, Clinic, Care Network, Investment, Group, Commission ...), and a capitalised two- or
 * three-word name followed by ", role of", preceded by "said" or by a title (Chairman X Y). A leading possessive region before
 * two or more name words (Region's City Name Hospital) is not part of the name. Stateless.
 */
public final class EnglishNames {
    private static final Map<String, EntityType> SUFFIX_WORDS = Map.ofEntries(
            Map.entry("hospital", EntityType.HOSPITAL), Map.entry("clinic", EntityType.HOSPITAL),
            Map.entry("center", EntityType.HOSPITAL), Map.entry("centre", EntityType.HOSPITAL),
            Map.entry("infirmary", EntityType.HOSPITAL), Map.entry("network", EntityType.ALLIANCE),
            Map.entry("alliance", EntityType.ALLIANCE), Map.entry("consortium", EntityType.ALLIANCE),
            Map.entry("investment", EntityType.COMPANY), Map.entry("group", EntityType.COMPANY),
            Map.entry("holdings", EntityType.COMPANY), Map.entry("healthcare", EntityType.COMPANY), Map.entry("company", EntityType.COMPANY),
            Map.entry("co.", EntityType.COMPANY), Map.entry("ltd.", EntityType.COMPANY),
            Map.entry("ltd", EntityType.COMPANY), Map.entry("limited", EntityType.COMPANY),
            Map.entry("corporation", EntityType.COMPANY), Map.entry("inc.", EntityType.COMPANY),
            Map.entry("commission", EntityType.REGULATOR), Map.entry("bureau", EntityType.REGULATOR),
            Map.entry("administration", EntityType.REGULATOR), Map.entry("exchange", EntityType.REGULATOR),
            Map.entry("authority", EntityType.REGULATOR));
    /** Words that head a name continued by "of" (University of X Hospital, Department of Health). */
    private static final Set<String> ORG_HEADS = Set.of("University", "Ministry", "Department", "Bureau", "Office",
            "College", "School", "Academy", "Institute", "Hospital", "Commission", "Administration", "Bank");
    /** Government bodies named "X of Y" (Department of Health, Ministry of Health). */
    private static final Set<String> GOVERNMENT_HEADS = Set.of("Ministry", "Department", "Bureau", "Office");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "&", "de");
    private static final Set<String> LEADING = Set.of("The", "A", "An", "Two", "Three", "Both", "In", "At", "With", "Our", "About");
    /** Capitalised verbs of a headline in title case: they end one name and may start another (X Joins Y Network). */
    private static final Set<String> HEADLINE_VERBS = Set.of("Joins", "Join", "Joined", "Acquires", "Acquired", "Buys", "Bought",
            "Opens", "Opened", "Signs", "Signed", "Becomes", "Became", "Launches", "Launched", "Partners", "Completes", "Completed",
            "Agrees", "Sells", "Sold", "Receives", "Fined", "Fines", "Suspends", "Suspended", "Names", "Named", "Appoints",
            "Appointed", "Plans", "Says", "Said", "Wins", "Expands", "Enters", "Takes", "Files", "Lists", "Listed", "Debuts",
            "Welcomes", "Announces", "Announced", "Teams", "Forms", "Formed", "Is", "Are", "Was", "To", "For", "As", "By", "After", "On");
    private static final Pattern HYPHEN_LOWER = Pattern.compile(".*-[a-z].*");
    private static final Pattern POSSESSIVE = Pattern.compile(".+['’]s");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’.\\-]*|&");
    private static final String ROLE_WORDS = "director|chairman|chairwoman|chair|president|ceo|chief|head|manager"
            + "|founder|dean|secretary|minister|spokesperson|spokesman|executive|vice|general|deputy|officer";
    private static final Pattern PERSON_ROLE = Pattern.compile(
            "\\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2}), (?:the |a )?(?:[a-z-]+ ){0,3}(?:" + ROLE_WORDS + ")\\b");
    /** A title written before the name: Chairman Fu Jianhua, Vice President Li Na, Dr. Wang Tao. */
    private static final Pattern PERSON_TITLED = Pattern.compile("\\b(?:(?:Vice|Deputy|Executive) )?(?:Chairman|Chairwoman|President"
            + "|Director|Dean|CEO|Chief Executive(?: Officer)?|General Manager|Party Secretary|Secretary|Spokesperson|Spokesman"
            + "|Spokeswoman|Dr\\.|Doctor|Professor|Prof\\.) ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\\b");
    /** Words that continue a title, not start a name (Director General, Chief Executive Officer). */
    private static final Set<String> TITLE_WORDS = Set.of("General", "Manager", "Officer", "Executive", "Secretary", "Director");
    private static final Pattern PERSON_SAID = Pattern.compile(
            "\\b(?:said|says|according to) ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\\b");

    private final NameData data;

    public EnglishNames(NameData data) {
        this.data = data;
    }

    /** The type an English organisation name denotes, by its last word or a known alias; null if none. */
    public EntityType typeOf(String name) {
        for (NameData.KnownAlias a : data.aliases()) {
            if (a.alias().equalsIgnoreCase(name.trim())) {
                return a.type();
            }
        }
        String[] words = name.trim().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        return SUFFIX_WORDS.get(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    /** English organisation names in {@code text}. */
    public List<Candidate> organisations(String text) {
        List<Candidate> out = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < words.size()) {
            if (!capitalised(text, words.get(i))) {
                i++;
                continue;
            }
            if (HEADLINE_VERBS.contains(word(text, words.get(i)))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && adjacent(text, words.get(j), words.get(j + 1))
                    && !HEADLINE_VERBS.contains(word(text, words.get(j + 1)))
                    && (capitalised(text, words.get(j + 1)) || connector(text, words.get(j + 1))
                    && j + 2 < words.size() && capitalised(text, words.get(j + 2)))) {
                j++;
            }
            int from = i;
            for (int k = i; k <= j; k++) {
                boolean split = connector(text, words.get(k)) && k > from
                        && SUFFIX_WORDS.containsKey(word(text, words.get(k - 1)).toLowerCase(Locale.ROOT));
                if (split) {
                    addRun(text, words, from, k - 1, out);
                    from = k + 1;
                }
            }
            addRun(text, words, from, j, out);
            i = j + 1;
        }
        return out;
    }

    private void addRun(String text, List<int[]> words, int from, int to, List<Candidate> out) {
        int last = -1;
        int lastEnd = -1;
        for (int k = to; k >= from && last < 0; k--) {
            String w = word(text, words.get(k)).toLowerCase(Locale.ROOT);
            if (SUFFIX_WORDS.containsKey(w)) {
                last = k;
                lastEnd = words.get(k)[1];
            } else if (w.endsWith(".") && SUFFIX_WORDS.containsKey(w.substring(0, w.length() - 1))) {
                last = k;
                lastEnd = words.get(k)[1] - 1;
            }
        }
        int first = from;
        for (int k = from; k < last; k++) {
            if (HYPHEN_LOWER.matcher(word(text, words.get(k))).matches()) {
                first = k + 1;
            }
        }
        for (int k = first; k < last; k++) {
            if (connector(text, words.get(k)) && !ORG_HEADS.contains(word(text, words.get(k - 1 < first ? first : k - 1)))
                    && !inGlossaryPhrase(text, words, k)) {
                first = k + 1;
                break;
            }
        }
        while (first < last && (LEADING.contains(word(text, words.get(first))) || HYPHEN_LOWER.matcher(word(text, words.get(first))).matches())) {
            first++;
        }
        if (last - first >= 3 && POSSESSIVE.matcher(word(text, words.get(first))).matches()) {
            first++;
        }
        for (int k = first + 1; k <= last - 2; k++) {
            // Jilin City's Songjiang Heart Hospital: the region's possessive ends before the name (not Children's, People's)
            String w = word(text, words.get(k)).replace('’', '\'');
            if (POSSESSIVE.matcher(w).matches() && !data.glossary().containsKey(w.toLowerCase(Locale.ROOT))) {
                first = k + 1;
            }
        }
        int head = LEADING.contains(word(text, words.get(from))) ? from + 1 : from;
        if (last < 0 && to - head >= 2 && GOVERNMENT_HEADS.contains(word(text, words.get(head)))
                && word(text, words.get(head + 1)).equals("of")) {
            String name = text.substring(words.get(head)[0], words.get(to)[1]);
            out.add(new Candidate(words.get(head)[0], words.get(to)[1], name, EntityType.REGULATOR, Candidate.Kind.NAME,
                    name, java.util.Set.of(), 0.8));
            return;
        }
        if (last < 0 || last - first < 1) {
            return;
        }
        if (text.startsWith(", Ltd.", lastEnd) && word(text, words.get(last)).equalsIgnoreCase("co.")) {
            lastEnd += ", Ltd.".length(); // Co., Ltd. is one legal form
        }
        String name = text.substring(words.get(first)[0], lastEnd).replace('’', '\'');
        EntityType type = typeOf(name);
        if (type != null) {
            out.add(new Candidate(words.get(first)[0], lastEnd, name, type, Candidate.Kind.NAME, name,
                    java.util.Set.of(), 0.85));
        }
    }

    /**
     * Whether connector word k is inside a phrase of the glossary (Women and Children's, Maternal and
     * Child, Traditional Chinese and Western Medicine): a name part, not a join of two names.
     */
    private boolean inGlossaryPhrase(String text, List<int[]> words, int k) {
        for (int a = Math.max(0, k - 4); a < k; a++) {
            for (int b = k + 1; b < Math.min(words.size(), k + 5); b++) {
                if (data.glossary().containsKey(text.substring(words.get(a)[0], words.get(b)[1]).replace('’', '\'')
                        .toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** English person names confirmed by a role phrase after them or "said" before them. */
    public List<Candidate> persons(String text) {
        List<Candidate> out = new ArrayList<>();
        if (text.chars().noneMatch(ch -> ch >= 'A' && ch <= 'Z')) {
            return out; // both patterns need a capitalised name
        }
        for (Pattern p : List.of(PERSON_ROLE, PERSON_SAID, PERSON_TITLED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int b = m.start(1);
                int e = m.end(1);
                String name = m.group(1);
                if (out.stream().noneMatch(c -> c.begin() == b) && typeOf(name) == null
                        && !LEADING.contains(name.split(" ")[0]) && !TITLE_WORDS.contains(name.split(" ")[0])) {
                    out.add(new Candidate(b, e, name, EntityType.PERSON, Candidate.Kind.PERSON, name, java.util.Set.of(), 0.75));
                }
            }
        }
        return out;
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }

    private static boolean capitalised(String text, int[] w) {
        return Character.isUpperCase(text.charAt(w[0]));
    }

    private static boolean connector(String text, int[] w) {
        return CONNECTORS.contains(word(text, w));
    }

    private static boolean adjacent(String text, int[] a, int[] b) {
        return b[0] - a[1] == 1 && text.charAt(a[1]) == ' ';
    }
}
