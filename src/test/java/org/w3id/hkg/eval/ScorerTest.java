package org.w3id.hkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.hkg.eval.TinyGold.iri;
import static org.w3id.hkg.eval.TinyGold.row;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static QueryScore query(EvalResult r, String name) {
        return r.queries().stream().filter(q -> q.query().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void perfectGraphScoresOneEverywhere() {
        EvalResult r = Scorer.score(TinyGold.gold(), TinyGold.perfectRows());
        assertEquals(7, r.queries().size());
        for (QueryScore q : r.queries()) {
            assertEquals(1.0, q.f1(), q.query());
            assertEquals(q.gold(), q.truePositives(), q.query());
            q.agreements().forEach(a -> assertEquals(a.checked(), a.agreed(), q.query() + " " + a.attribute()));
        }
        assertEquals(1.0, r.macroF1());
        assertEquals(1.0, r.fragmentation().value());
        assertEquals(5, query(r, "entities").gold());
        assertEquals(2, query(r, "roles").gold());
        assertEquals(1, query(r, "incidents").gold(), "the same incident in two documents is one fact");
    }

    @Test
    void emptyPredictionsHaveZeroRecall() {
        EvalResult r = Scorer.score(TinyGold.gold(), Map.of());
        for (QueryScore q : r.queries()) {
            assertEquals(0, q.predicted(), q.query());
            assertEquals(0.0, q.recall(), q.query());
            assertEquals(0.0, q.f1(), q.query());
            assertEquals(q.gold(), q.missed().size(), q.query());
        }
        assertEquals(0.0, r.macroF1());
        assertEquals(0, r.fragmentation().matchedEntities());
    }

    @Test
    void partlyWrongGraphHasExactCounts() {
        var rows = TinyGold.perfectRows();
        rows.put("entities", List.of(
                row("entity", iri("hospital", "qs"), "name", "青山仁爱医院", "type", "hospital"),
                row("entity", iri("company", "hy"), "name", "华越医疗", "type", "hospital"),
                row("entity", iri("hospital", "x"), "name", "白云诊所", "type", "hospital"),
                row("entity", iri("hospital", "x"), "name", "Baiyun Clinic", "type", "hospital")));
        rows.put("ownership", List.of(row("orgName", "华越医疗", "parentName", "青山仁爱医院")));
        rows.put("sanctions", List.of(
                row("targetName", "青山仁爱医院", "measure", "fine", "issuerName", "华越医疗", "date", "2023-04-01"),
                row("targetName", "白云诊所", "measure", "fine"),
                row("targetName", " 白云诊所", "measure", "FINE")));
        EvalResult r = Scorer.score(TinyGold.gold(), rows);

        QueryScore e = query(r, "entities");
        assertEquals(5, e.gold());
        assertEquals(3, e.predicted(), "qs ok, hy with a wrong type, one unmapped IRI");
        assertEquals(1, e.truePositives());
        assertEquals(4, e.missed().size());
        assertEquals(2, e.spurious().size());
        assertEquals(0.2, e.recall(), 1e-9);

        QueryScore own = query(r, "ownership");
        assertEquals(List.of(1, 1, 0), List.of(own.gold(), own.predicted(), own.truePositives()));

        QueryScore s = query(r, "sanctions");
        assertEquals(2, s.gold());
        assertEquals(2, s.predicted(), "the unmapped tuple counts once");
        assertEquals(1, s.truePositives());
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(new Agreement("issuerName", 1, 0), s.agreements().get(0));
        assertEquals(new Agreement("date", 1, 1), s.agreements().get(1));
        assertTrue(s.spurious().get(0).get(0).contains("白云诊所 (unmapped)"), s.spurious().toString());
        assertTrue(r.names().contains(new NameMatch("白云诊所", null)));
        assertTrue(r.names().contains(new NameMatch("华越医疗", "hy")));
    }

    @Test
    void aliasesCaseWidthAndSpacesMap() {
        var rows = TinyGold.perfectRows();
        rows.put("ownership", List.of(row("orgName", "QINGSHAN  renai hospital", "parentName", "华越 医疗")));
        rows.put("listings", List.of(row("companyName", "华越医疗投资股份有限公司", "ticker", "６００１２３")));
        EvalResult r = Scorer.score(TinyGold.gold(), rows);
        assertEquals(1, query(r, "ownership").truePositives());
        assertEquals(1, query(r, "listings").truePositives());
    }

    @Test
    void extraUnmappedLabelOnAMatchedIriIsNoFalsePositive() {
        var rows = TinyGold.perfectRows();
        rows.get("entities").add(row("entity", iri("person", "zw"), "name", "Zhang Wei", "type", "person"));
        EvalResult r = Scorer.score(TinyGold.gold(), rows);
        assertEquals(1.0, query(r, "entities").precision());
    }

    @Test
    void twoIrisForOneEntityIsFragmentationTwo() {
        var rows = Map.of("entities", List.of(
                row("entity", iri("hospital", "a"), "name", "青山仁爱医院", "type", "hospital"),
                row("entity", iri("hospital", "b"), "name", "仁爱医院", "type", "hospital")));
        EvalResult r = Scorer.score(TinyGold.gold(), rows);
        assertEquals(2.0, r.fragmentation().value());
        assertEquals(1, r.fragmentation().matchedEntities());
        assertEquals(1, query(r, "entities").truePositives(), "both IRIs are the same gold fact");
        assertEquals(1, r.fragmentation().split().size());
    }

    @Test
    void attributeAgreementCountsOnlyWhereGoldGivesAValue() {
        var rows = TinyGold.perfectRows();
        rows.put("incidents", List.of(
                row("orgName", "青山仁爱医院", "outcome", "death", "date", "2023-02-11"),
                row("orgName", "青山仁爱医院", "outcome", "death", "date", "2023-02-10T08:00:00+08:00")));
        rows.put("membership", List.of(row("memberName", "仁爱医院", "allianceName", "长江医疗联盟")));
        rows.put("roles", List.of(
                row("personName", "张伟", "orgName", "华越医疗", "role", " 董事长 "),
                row("personName", "张伟", "orgName", "青山仁爱医院", "role", "副院长")));
        EvalResult r = Scorer.score(TinyGold.gold(), rows);
        assertEquals(new Agreement("date", 1, 1), query(r, "incidents").agreements().get(0));
        assertEquals(new Agreement("since", 1, 0), query(r, "membership").agreements().get(0));
        assertEquals(new Agreement("role", 2, 1), query(r, "roles").agreements().get(0));
        QueryScore s = query(r, "sanctions");
        assertEquals(new Agreement("issuerName", 1, 1), s.agreements().get(0), "the warning has no issuer");
    }

    @Test
    void sharedNamePrefersTheEntityOfTheFittingType() {
        Gold g = Gold.parse("""
                {"entities": {
                  "h": {"type": "hospital", "names": ["明德医院", "明德"]},
                  "c": {"type": "company", "names": ["明德医疗集团", "明德"]}},
                 "docs": {"d": {"listings": [["c", "688001"]]}}}
                """);
        var rows = Map.of("listings", List.of(row("companyName", "明德", "ticker", "688001")),
                "entities", List.of(row("entity", iri("company", "c"), "name", "明德", "type", "company")));
        EvalResult r = Scorer.score(g, rows);
        assertEquals(1, query(r, "listings").truePositives());
        assertEquals(1, query(r, "entities").truePositives());
    }
}
