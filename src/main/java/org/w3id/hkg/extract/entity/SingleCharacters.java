package org.w3id.hkg.extract.entity;

import java.util.List;
import java.util.Set;

/**
 * Runs of one-character tokens that spell a name part the segmenter did not know, read leftwards
 * from an organisation suffix: a lone character completing a place (X/农区), characters glued to a
 * place (曲靖/嘉/和/妇幼保健院), a numeral starting a place (a numeral, then single characters, then 区), 和 inside a name (仁和).
 * No function words, pronouns, punctuation or counted quantities. Stateless.
 */
final class SingleCharacters {
    private static final Set<String> QUANTITY = OrgGrammar.QUANTITY;
    private static final Set<String> DEICTIC = OrgGrammar.DEICTIC;
    /** Words of a place below a county, written after its name: 茅家岭/街道, 严桥/镇. */
    private static final Set<String> TOWN_WORDS = Set.of("街道", "镇", "乡");

    private final NameData data;

    SingleCharacters(NameData data) {
        this.data = data;
    }

    /** A lone character before a two-character word ending in 区/县/镇/乡 starts that place's name (X/农区). */
    boolean completesPlace(List<Token> tokens, int ti, int floor, int left) {
        Token t = tokens.get(ti);
        if (ti + 1 >= tokens.size() || t.word().length() != 1 || t.start() < floor || !OrgGrammar.isHan(t.word().charAt(0))) {
            return false;
        }
        Token next = tokens.get(ti + 1);
        return next.start() == left && next.word().length() == 2 && "区县镇乡".indexOf(next.word().charAt(1)) >= 0
                && !(t.is("p") || t.is("c") || t.is("u") || t.is("w") || t.is("r") || t.is("d") || t.is("m") || t.is("v")
                && t.word().equals("是")) && !QUANTITY.contains(t.word()) && !data.stopWords().contains(t.word());
    }

    /**
     * How many tokens before the place word at {@code level} spell its name, when the segmenter did not
     * know the place: one or two single characters before a one-character 市/县/区/旗 (无/为/市, 信/州/区), or
     * one word of two or three characters (a noun or name, no verb or function word) before such a
     * character or 街道/镇/乡 (广丰/区, 茅家岭/街道, 严桥/镇). 0 when they do not; the first single character
     * is no function word, pronoun, quantity, punctuation or verb of motion (转诊至/市二院).
     */
    int spelledPlace(List<Token> tokens, int level, int floor) {
        Token place = tokens.get(level);
        boolean county = place.word().length() == 1 && "市县区旗".contains(place.word());
        if (county) {
            for (int k = 2; k >= 1; k--) {
                if (level - k >= 0 && singlesSpellPlace(tokens, level - k, level, floor)) {
                    return k;
                }
            }
        }
        if (!county && !TOWN_WORDS.contains(place.word()) || level == 0) {
            return 0;
        }
        Token name = tokens.get(level - 1);
        return name.end() == place.start() && name.start() >= floor && name.word().length() >= 2 && name.word().length() <= 3
                && name.word().chars().allMatch(c -> OrgGrammar.isHan((char) c)) && !data.stopWords().contains(name.word())
                && !(name.is("v") || name.is("p") || name.is("c") || name.is("u") || name.is("r") || name.is("d") || name.is("m")
                || name.is("q") || name.is("f") || name.is("t")) ? 1 : 0;
    }

    /** Single Han characters from {@code from} up to {@code to}, glued, the first no function word or quantity. */
    private boolean singlesSpellPlace(List<Token> tokens, int from, int to, int floor) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.word().length() != 1 || !OrgGrammar.isHan(t.word().charAt(0)) || t.start() < floor || t.is("w")
                    || t.is("q") || t.is("m") || tokens.get(i + 1).start() != t.end()) {
                return false;
            }
        }
        String first = tokens.get(from).word();
        return OrgGrammar.FUNCTION_CHARS.indexOf(first.charAt(0)) < 0 && !QUANTITY.contains(first) && !DEICTIC.contains(first)
                && !data.stopWords().contains(first) && "本我你他她它全各外同这那其从并或而在至到往赴去来回送转入出进住离返".indexOf(first.charAt(0)) < 0;
    }

    /** One-character verbs and adverbs that open a clause before a place (称/南县…, 经/南京…): never a place's first character. */
    private static final String CLAUSE_OPENERS = "称经据由向到在去来让使请派令赴送转至找问看给做作叫说讲要想能会可应需将把被以按依沿因若如但且又也都就才已仍还再原属归隶";

    /**
     * Whether the lone character at {@code ti} is the first character of the place written right after it, cut
     * off by the segmenter (沂/南县, 临/沂河): a Han character glued to a short place, at the start of a phrase
     * (after punctuation, a preposition or the start of the text), no function word, clause opener or quantity.
     */
    boolean startsSplitPlace(List<Token> tokens, int ti, int floor) {
        Token t = tokens.get(ti);
        Token place = tokens.get(ti + 1);
        if (t.word().length() != 1 || !OrgGrammar.isHan(t.word().charAt(0)) || t.start() < floor || t.end() != place.start()
                || !place.is("ns") || place.word().length() > 3 || t.isAny("w", "p", "c", "u", "r", "d", "m", "q", "f")) {
            return false;
        }
        String c = t.word();
        if (OrgGrammar.FUNCTION_CHARS.contains(c) || CLAUSE_OPENERS.contains(c) || QUANTITY.contains(c) || DEICTIC.contains(c)
                || data.stopWords().contains(c)) {
            return false;
        }
        Token before = ti > 0 ? tokens.get(ti - 1) : null;
        boolean phraseStart = before == null || before.start() < floor || before.is("w");
        // a character the segmenter took for a verb starts the place only at the start of a clause (,临/沂河), not after
        // a preposition (同/属/重庆)
        return phraseStart || before.is("p") && !t.is("v");
    }

    /** One-character adverbs of everyday grammar, never a name character glued to a place. */
    private static final String COMMON_ADVERBS = "也都又还就才已再更最很太均皆仍曾将正在不没未只仅便即却";

    /** One or two single characters between a place and the rest of a name (曲靖/嘉/和/妇幼保健院, 安徽省/立/医院). */
    int gluedToPlace(List<Token> tokens, int ti, int floor) {
        if (ti + 1 >= tokens.size() || tokens.get(ti + 1).is("ns")) {
            return 0;
        }
        for (int k = 1; k <= 2 && ti - k + 1 >= 0; k++) {
            Token t = tokens.get(ti - k + 1);
            boolean adverb = t.is("d") && COMMON_ADVERBS.indexOf(t.word().charAt(0)) >= 0; // 宛/d in 南阳/宛/康/医院 is a name character
            if (t.word().length() != 1 || !OrgGrammar.isHan(t.word().charAt(0)) || t.start() < floor || QUANTITY.contains(t.word())
                    || t.is("p") || t.is("u") || t.is("w") || t.is("r") || adverb || t.is("f")
                    || t.is("m") && "百千万".indexOf(t.word().charAt(0)) < 0) {
                return 0;
            }
            if (ti - k >= 0 && tokens.get(ti - k).is("ns") && tokens.get(ti - k).start() >= floor) {
                return k;
            }
        }
        return 0;
    }

    /**
     * The number of consecutive one-character tokens ending at {@code ti} that can spell a name word
     * the segmenter did not know (爱/尔 of 爱尔眼科医院): no function words, punctuation or numerals.
     */
    int singleCharRun(List<Token> tokens, int ti, int floor) {
        int n = 0;
        for (int i = ti; i >= 0; i--) {
            Token t = tokens.get(i);
            if (innerHe(tokens, i, floor) || numeralPlace(tokens, i, floor)) {
                n++;
                continue;
            }
            if (t.word().length() != 1 || t.start() < floor || !OrgGrammar.isHan(t.word().charAt(0))
                    || data.stopWords().contains(t.word()) || DEICTIC.contains(t.word())
                    || QUANTITY.contains(t.word()) || t.is("q") && i > 0 && tokens.get(i - 1).is("m")
                    || t.is("p") || t.is("c") || t.is("u") || t.is("w") || t.is("r") || t.is("d")
                    || t.is("m") && "百千万".indexOf(t.word().charAt(0)) < 0
                    || t.is("e") || t.is("y") || t.is("o")) {
                break;
            }
            n++;
        }
        return n;
    }

    /** A numeral starting a place name of single characters (a numeral, then single characters, then 区): no counter word follows it. */
    private static boolean numeralPlace(List<Token> tokens, int i, int floor) {
        Token t = tokens.get(i);
        if (!t.is("m") || t.word().length() != 1 || "二三四五六七八九十".indexOf(t.word().charAt(0)) < 0 || t.start() < floor
                || i + 1 >= tokens.size() || tokens.get(i + 1).is("q")) {
            return false;
        }
        int chars = 1;
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
            String w = tokens.get(k).word();
            chars += w.length();
            if (chars <= 5 && "省区县市旗镇乡".indexOf(w.charAt(w.length() - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 和 between single characters is a name character (仁和, 协和), not a conjunction; after a verb (要/和) it is one. */
    private static boolean innerHe(List<Token> tokens, int i, int floor) {
        if (!tokens.get(i).word().equals("和") || i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        return prev.word().length() == 1 && OrgGrammar.isHan(prev.word().charAt(0)) && prev.start() >= floor
                && !(prev.is("p") || prev.is("c") || prev.is("u") || prev.is("w") || prev.is("r") || prev.is("d") || prev.is("m") || prev.is("v"));
    }
}
