package org.w3id.hkg.extract.entity;

import java.util.List;
import java.util.Set;

/**
 * A brand word the segmenter does not know, between a place and the rest of a name: 2 to 4 Han
 * characters however they are tagged (a place word, a direction plus a single character, a person
 * name), as in 某市/Y/妇产医院 or 某市/Y/Z/妇产医院. The characters bridge the name to the place on
 * their left when they hold no function word, numeral, pronoun, adverb, plain verb or time word; a
 * generic description (某市/民营/妇产医院) is still rejected afterwards by the specificity test.
 */
final class PlaceBridge {
    private static final Set<String> BLOCKING = Set.of("p", "c", "u", "w", "r", "d", "m", "q", "t", "v", "vi", "vshi", "vyou",
            "e", "y", "o", "nnt", "pbei", "pba", "cc", "rz", "ry", "rr", "mq", "qv", "qt");
    private static final String FUNCTION_CHARS = "与和及对在被向由并或的了是为等将已从于其该这那每各";

    private final NameData data;

    PlaceBridge(NameData data) {
        this.data = data;
    }

    /** Where the name starting at {@code left} starts once bridged to a place on its left, else {@code left}. */
    int bridge(String text, List<Token> tokens, int left, int floor) {
        int ti = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == left) {
                ti = i;
            }
        }
        if (ti + 1 < tokens.size() && tokens.get(ti + 1).start() == left && isPlace(tokens.get(ti + 1))) {
            return left;
        }
        int chars = 0;
        for (int i = ti; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.start() < floor) {
                return left;
            }
            if (chars >= 2 && isPlace(t)) {
                return t.start();
            }
            String w = t.word();
            chars += w.length();
            if (chars > 4 || !blockFree(t)) {
                return left;
            }
            boolean first = i == 0 || isPlace(tokens.get(i - 1));
            if (first && data.stopWords().contains(w) || data.generic().contains(w)) {
                return left;
            }
        }
        return left;
    }

    /**
     * A legal company name's brand the segmenter tagged as a place word, a directional verb or a
     * stop word (Y/医疗集团有限公司): 2 to 4 block-free Han characters before {@code left}, bounded
     * on their left by the sentence start or a blocking token (punctuation, verb, preposition ...).
     */
    int brand(List<Token> tokens, int left, int floor) {
        int ti = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == left) {
                ti = i;
            }
        }
        int chars = 0;
        for (int i = ti; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.start() < floor || !blockFree(t) || data.generic().contains(t.word()) || data.stopWords().contains(t.word())) {
                return chars >= 2 && chars <= 4 ? tokens.get(i + 1).start() : left; // 详情/请见/公司: a stop word bounds it
            }
            chars += t.word().length();
            if (chars > 4) {
                return left;
            }
        }
        return chars >= 2 && ti >= 0 ? tokens.get(0).start() : left;
    }

    private static boolean blockFree(Token t) {
        String w = t.word();
        if (BLOCKING.contains(t.nature())) {
            return false;
        }
        return w.chars().allMatch(ch -> OrgGrammar.isHan((char) ch) && FUNCTION_CHARS.indexOf(ch) < 0);
    }

    private boolean isPlace(Token t) {
        String w = t.word();
        return w.length() >= 2 && (t.is("ns") || t.is("nsf") || data.places().contains(w) || Lexicon.isPlace(w));
    }
}
