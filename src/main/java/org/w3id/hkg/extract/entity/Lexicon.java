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
}
