package org.w3id.hkg.extract.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether an English name and a Chinese (or mixed) name denote the same entity: each English word
 * is rendered by the glossary of {@code org-glossary.tsv}, written as is (Great Wall医疗联盟), or
 * spelled in pinyin (Hangzhou ↔ 杭州, Mingde ↔ 明德); the Chinese name may end in a legal form or an
 * administrative word the English omits, and begin with places the English leaves out. Persons: "Jianguo Liu" ↔ 刘建国
 * (given name first or last).
 * Pure functions.
 */
public final class CrossLingual {
    /** Pinyin of each character, without tone; shared and bounded by the character set. */
    private static final java.util.concurrent.ConcurrentHashMap<Character, String> PINYIN = new java.util.concurrent.ConcurrentHashMap<>();
    private final NameData data;
    private final ShortNames shorts;

    public CrossLingual(NameData data) {
        this.data = data;
        this.shorts = new ShortNames(data);
    }

    /** Whether the English organisation name {@code english} renders {@code chinese}. */
    public boolean organisation(String english, String chinese) {
        List<String> words = words(english);
        String zh = ShortNames.withoutSpace(chinese).toLowerCase(Locale.ROOT);
        if (words.isEmpty() || zh.isEmpty()) {
            return false;
        }
        if (matches(words, zh)) {
            return true;
        }
        // the English name may leave out the places the Chinese one starts with (Henghe Medical Group ↔ 浙江恒禾医疗集团…)
        String placeless = ShortNames.withoutSpace(shorts.stripPlace(chinese)).toLowerCase(Locale.ROOT);
        return !placeless.equals(zh) && matches(words, placeless);
    }

    private boolean matches(List<String> words, String zh) {
        String[] py = pinyin(zh);
        return match(words, 0, zh, py, 0) || match(rimFirst(words), 0, zh, py, 0);
    }

    /** "X Rim" is written 环X in Chinese (X Rim → 环X): the words with each rim before its place. */
    private static List<String> rimFirst(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).equals("rim")) {
                out.set(i, out.get(i - 1));
                out.set(i - 1, "环");
            }
        }
        return out;
    }

    /** Whether the English person name {@code english} spells the Chinese name {@code chinese} in pinyin. */
    public boolean person(String english, String chinese) {
        List<String> words = words(english);
        if (words.size() < 2 || chinese.length() < 2 || chinese.length() > 4) {
            return false;
        }
        String[] py = pinyin(chinese);
        for (int surname = 1; surname <= Math.min(2, chinese.length() - 1); surname++) {
            String family = join(py, 0, surname);
            String given = join(py, surname, chinese.length());
            String last = words.get(words.size() - 1);
            String first = String.join("", words.subList(0, words.size() - 1));
            if (family.equals(last) && given.equals(first) || family.equals(words.get(0))
                    && given.equals(String.join("", words.subList(1, words.size())))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String english) {
        List<String> out = new ArrayList<>();
        for (String w : english.trim().split("[\\s]+")) {
            if (!w.isEmpty() && !w.equalsIgnoreCase("the")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String[] pinyin(String zh) {
        String[] out = new String[zh.length()];
        for (int i = 0; i < zh.length(); i++) {
            char c = zh.charAt(i);
            out[i] = OrgGrammar.isHan(c) ? PINYIN.computeIfAbsent(c, CrossLingual::pinyinOf) : "\u0000";
        }
        return out;
    }

    private static String pinyinOf(char c) {
        List<Pinyin> p = HanLP.convertToPinyinList(String.valueOf(c));
        String s = p.isEmpty() ? "" : p.get(0).getPinyinWithoutTone();
        return s == null || s.equals("none") ? "" : s.replace("ü", "v");
    }

    private static String join(String[] py, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(py[i]);
        }
        return sb.toString();
    }

    private boolean match(List<String> words, int i, String zh, String[] py, int j) {
        if (i == words.size()) {
            return restAllowed(zh.substring(j));
        }
        if (j >= zh.length()) {
            return false;
        }
        for (int k = Math.min(4, words.size() - i); k >= 1; k--) {
            List<String> tr = data.glossary().get(String.join(" ", words.subList(i, i + k)));
            if (tr != null) {
                for (String t : tr) {
                    if (zh.startsWith(t, j) && match(words, i + k, zh, py, j + t.length())) {
                        return true;
                    }
                }
            }
        }
        String w = words.get(i);
        if (zh.startsWith(w, j) && match(words, i + 1, zh, py, j + w.length())) {
            return true;
        }
        String letters = w.replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return false;
        }
        StringBuilder sb = new StringBuilder();
        for (int k = j; k < zh.length() && k - j < 4; k++) {
            sb.append(py[k]);
            if (sb.length() > letters.length() || !letters.startsWith(sb.toString())) {
                break;
            }
            if (sb.toString().equals(letters)) {
                int next = k + 1;
                if (match(words, i + 1, zh, py, next)) {
                    return true;
                }
                if (next < zh.length() && "市省区县".indexOf(zh.charAt(next)) >= 0 && match(words, i + 1, zh, py, next + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean restAllowed(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        String r = rest;
        boolean changed = true;
        while (changed && !r.isEmpty()) {
            changed = false;
            OrgSuffix s = data.suffixOf(r);
            if (s != null && s.legal() && r.endsWith(s.suffix())) {
                r = r.substring(0, r.length() - s.suffix().length());
                changed = true;
            }
            for (String w : List.of("股份", "集团", "控股")) {
                if (r.endsWith(w)) {
                    r = r.substring(0, r.length() - w.length());
                    changed = true;
                }
            }
        }
        return r.isEmpty();
    }
}
