package org.w3id.hkg.extract.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/** Look-ups in HanLP's core dictionary. Thread-safe (the dictionary is read-only). */
public final class Lexicon {
    private Lexicon() {
    }

    /** Whether the dictionary knows {@code word} as a place name (ns). */
    public static boolean isPlace(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.toString().startsWith("ns")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is a common word of the dictionary and never a proper noun: only noun,
     * verb, adjective or institution-word tags, no place, person or other proper-noun tag.
     */
    public static boolean isCommonNoun(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            String tag = n.toString();
            if (tag.startsWith("ns") || tag.startsWith("nr") || tag.startsWith("nz") || tag.startsWith("nt")
                    || tag.startsWith("nx") || tag.equals("j")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the dictionary knows {@code word} as a verb (the verb part of a false three-character name). */
    public static boolean isVerb(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.toString().startsWith("v")) {
                return true;
            }
        }
        return false;
    }
}
