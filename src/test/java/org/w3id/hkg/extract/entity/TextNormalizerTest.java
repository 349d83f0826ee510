package org.w3id.hkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.Sentence;

class TextNormalizerTest {
    @Test
    void simplifiesTraditionalAndKeepsLength() {
        String text = "廣州市衛生健康委員會對該醫院作出處罰";
        String norm = TextNormalizer.normalize(text);
        assertEquals(text.length(), norm.length());
        assertEquals("广州市卫生健康委员会对该医院作出处罚", norm);
    }

    @Test
    void halfWidthPunctuationAndDigits() {
        assertEquals("公司(600001):A股", TextNormalizer.normalize("公司（６０００01）：Ａ股"));
    }

    @Test
    void sentencesKeepExactOffsets() {
        String text = "  第一句话。第二句！\n第三句;English one. Next one\n";
        List<Sentence> ss = SentenceSplitter.split(text);
        assertEquals(List.of("第一句话。", "第二句！", "第三句;", "English one.", "Next one"),
                ss.stream().map(Sentence::text).toList());
        for (Sentence s : ss) {
            assertEquals(s.text(), text.substring(s.begin(), s.end()));
        }
    }

    @Test
    void cleanViewDropsPinyinAnnotationsAndMapsBack() {
        String norm = "美国某医(yī)疗集团(tuán)成立";
        CleanView v = CleanView.of(norm);
        assertEquals("美国某医疗集团成立", v.text());
        int b = v.text().indexOf("医疗集团");
        assertEquals("医(yī)疗集团", norm.substring(v.begin(b), v.end(b + 4)));
    }
}
