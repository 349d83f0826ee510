package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private static final RelationLexicon DATA = RelationLexicon.fromDirectory(Path.of("data", "relations"));

    private static List<String> codes(String text) {
        return DATA.measures().find(text).stream().map(WordTable.Hit::code).toList();
    }

    @Test
    void longestMeasureWins() {
        assertEquals(List.of("party-discipline", "dismissal"), codes("被党内严重警告、政务撤职"));
        assertEquals(List.of("warning"), codes("给予警告"));
        assertEquals(List.of("demerit"), codes("被政务记大过"));
        assertEquals(List.of("party-discipline"), codes("被开除党籍"));
    }

    @Test
    void aNumberSlotMatchesDigitsAndChineseNumeralsOnly() {
        assertEquals(List.of("other"), codes("南湖医院:记8分"));
        assertEquals(List.of("other"), codes("北山诊所被记十二分"));
        assertEquals(List.of(), codes("记者从部分医院了解到"));
        assertEquals(List.of("other"), codes("被降低医院等级"));
    }

    @Test
    void gappedMeasuresSpanTheirObject() {
        List<WordTable.Hit> hits = DATA.measures().find("责令该院立即改正违法行为,并处以20000元罚款");
        assertEquals(List.of("rectification-order", "fine"), hits.stream().map(WordTable.Hit::code).toList());
        assertEquals("责令该院立即改正", "责令该院立即改正违法行为".substring(hits.get(0).begin(), hits.get(0).end()));
        assertEquals(List.of("dismissal"), codes("免去门诊部主任、产科主任职务"));
        assertEquals(List.of(), codes("免去,职务"));
    }

    @Test
    void literalEnglishAndGappedWordsMatchAsTheirPatterns() {
        WordTable table = new WordTable(List.of(new WordTable.Entry("警告", "warning", ""),
                new WordTable.Entry("@en Fined", "fine", ""), new WordTable.Entry("责令…改正", "order", "")));
        String text = "警告警告 was FINED, then fined again; unfined; 责令其改正";
        List<WordTable.Hit> hits = table.find(text);
        assertEquals(List.of("警告", "警告", "FINED", "fined", "责令其改正"),
                hits.stream().map(h -> text.substring(h.begin(), h.end())).toList());
        assertEquals(List.of(), table.find("责令,改正 refined"));
        assertEquals("abc,\u00c4\u0130\u212a", WordTable.asciiLower("AbC,\u00c4\u0130\u212a"));
    }

    @Test
    void classpathAndFolderHoldTheSameLists() {
        RelationLexicon packaged = RelationLexicon.fromClasspath();
        assertEquals(DATA.measures().entries(), packaged.measures().entries());
        assertEquals(DATA.english(), packaged.english());
        assertTrue(DATA.english().contains("director"));
        assertEquals("董事长", DATA.roles().endingAt("公司董事长", 5).word());
    }
}
