package org.w3id.hkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hkg.eval.TinyGold.row;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static EvalResult partlyWrong() {
        var rows = TinyGold.perfectRows();
        rows.put("ownership", List.of(row("orgName", "华越医疗", "parentName", "青山仁爱医院")));
        rows.put("listings", List.of());
        return Scorer.score(TinyGold.gold(), rows);
    }

    @Test
    void tableHasOneLinePerQueryAndMacroF1Last() {
        List<String> lines = Report.table(partlyWrong()).lines().toList();
        assertEquals(10, lines.size());
        assertTrue(lines.get(0).startsWith("query"));
        assertTrue(lines.get(2).matches("ownership\\s+1\\s+1\\s+0\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+-"), lines.get(2));
        assertTrue(lines.get(5).endsWith("issuerName 1/1, date 1/1"), lines.get(5));
        assertEquals("fragmentation=1.00 (5 IRIs for 5 matched gold entities)", lines.get(8));
        assertEquals("macroF1=0.714", lines.get(9));
    }

    @Test
    void markdownListsMissedAndSpuriousFactsAndNames() {
        String md = Report.markdown(partlyWrong());
        assertTrue(md.contains("## ownership\n\n### Missed (false negatives) (1)\n\n"
                + "- 青山仁爱医院 [qs] · 华越医疗投资股份有限公司 [hy]\n"), md);
        assertTrue(md.contains("### Spurious (false positives) (1)\n\n- 华越医疗投资股份有限公司 [hy] · 青山仁爱医院 [qs]\n"), md);
        assertTrue(md.contains("## listings\n\n### Missed (false negatives) (1)\n\n- 华越医疗投资股份有限公司 [hy] · 600123\n"), md);
        assertTrue(md.contains("- 华越医疗 → hy\n"), md);
        assertTrue(md.contains("## Names that map to no gold entity\n\n(none)\n"), md);
    }
}
