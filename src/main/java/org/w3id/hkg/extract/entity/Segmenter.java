package org.w3id.hkg.extract.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation with HanLP's Viterbi segmenter and its person-name recognisers (Chinese and
 * transliterated names); HanLP's place and organisation recognisers are off, as the organisation
 * grammar of this package does better on hospital and company names. Thread-safe.
 */
public final class Segmenter {
    private static final Segment SEGMENT = HanLP.newSegment()
            .enableNameRecognize(true)
            .enableTranslatedNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableOffset(true);

    private Segmenter() {
    }

    /**
     * Adds words to HanLP's custom dictionary (places such as 经开区 that the core dictionary splits).
     * Call before segmenting: the dictionary is global to the JVM.
     */
    public static synchronized void addWords(java.util.Collection<String> words, String nature) {
        for (String w : words) {
            if (w.length() >= 2 && !com.hankcs.hanlp.dictionary.CustomDictionary.contains(w)
                    && com.hankcs.hanlp.dictionary.CoreDictionary.get(w) == null) {
                com.hankcs.hanlp.dictionary.CustomDictionary.insert(w, nature + " 1000");
            }
        }
    }

    /** The words of {@code text} with offsets into it. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (Term t : SEGMENT.seg(text)) {
            int start = text.indexOf(t.word, pos);
            if (start < 0) {
                start = pos;
            }
            int end = Math.min(text.length(), start + t.word.length());
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), start, end));
            pos = end;
        }
        return out;
    }
}
