package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.Listing;

class ListingExtractorTest {
    @Test
    void companyFollowedByItsCodeInParentheses() {
        List<Listing> l = Docs.zh("12月3日,康宁健康(600321)旗下南湖康复医院开业。", "2022-12-05")
                .company("康宁健康").hospital("南湖康复医院").facts(Listing.class);
        assertEquals(1, l.size());
        assertEquals("康宁健康", l.get(0).company().name());
        assertEquals("600321", l.get(0).ticker());
        assertEquals("SSE", l.get(0).exchange());
        assertTrue(l.get(0).evidence().sentence().contains("600321"));
    }

    @Test
    void suffixedPrefixedAndLabelledCodes() {
        List<Listing> l = Docs.zh("北辰医疗(300888.SZ)与东岭集团(股票代码:002345)以及海湾医疗(01234.HK)、恒泰医疗(港股代码:02389)签约。", "2022-12-05")
                .company("北辰医疗").company("东岭集团").company("海湾医疗").company("恒泰医疗").facts(Listing.class);
        assertEquals(List.of("300888", "002345", "01234.HK", "02389"), l.stream().map(Listing::ticker).toList());
        assertEquals(List.of("SZSE", "SZSE", "HKEX", "HKEX"), l.stream().map(Listing::exchange).toList());
    }

    @Test
    void codeWithNoCompanyNextToItIsNoListing() {
        List<Listing> l = Docs.zh("K图 002345_0]行情(002345)走势。北辰医疗今日发布公告。", "2022-12-05")
                .company("北辰医疗").facts(Listing.class);
        assertTrue(l.isEmpty(), l.toString());
    }

    @Test
    void announcementHeader() {
        List<Listing> l = Docs.zh("证券代码:000888  证券简称:北辰医疗  公告编号:2023-063。", "2023-01-01")
                .company("北辰医疗").facts(Listing.class);
        assertEquals(List.of("北辰医疗 000888 SZSE"), l.stream().map(x -> x.company().name() + " " + x.ticker() + " " + x.exchange()).toList());
    }

    @Test
    void labelledCodesAfterTheCompany() {
        List<Listing> l = Docs.zh("北辰医疗于2021年在深交所上市,股票代码:300957,旗下有多家医院。"
                        + "海湾医疗(股份代號:03928.HK)发布公告。东岭医疗(股票代码:301287,以下简称“东岭”)成立于2000年。", "2023-01-01")
                .company("北辰医疗").company("海湾医疗").company("东岭医疗").facts(Listing.class);
        assertEquals(Set.of("北辰医疗 300957 SZSE", "海湾医疗 03928.HK HKEX", "东岭医疗 301287 SZSE"),
                l.stream().map(x -> x.company().name() + " " + x.ticker() + " " + x.exchange()).collect(Collectors.toSet()));
    }

    @Test
    void englishTicker() {
        List<Listing> l = Docs.lang("en", "The hospital belongs to Eastridge Holdings, which is listed on the Shenzhen Stock Exchange "
                + "under the ticker 300861.", "2023-01-01").company("Eastridge Holdings").facts(Listing.class);
        assertEquals(List.of("Eastridge Holdings 300861 SZSE"), l.stream().map(x -> x.company().name() + " " + x.ticker() + " " + x.exchange()).toList());
    }

    @Test
    void englishSharesUnderACodeOrWithTheExchangeInBrackets() {
        List<Listing> l = Docs.lang("en", "Eastridge Health, whose shares trade in Shenzhen under the code 301822, runs six clinics. "
                + "Lakeview Care (SSE: 603912) did not comment.", "2023-01-01").company("Eastridge Health").company("Lakeview Care")
                .facts(Listing.class);
        assertEquals(List.of("Eastridge Health 301822 SZSE", "Lakeview Care 603912 SSE"),
                l.stream().map(x -> x.company().name() + " " + x.ticker() + " " + x.exchange()).toList());
    }
}
