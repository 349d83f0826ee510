package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.Ownership;

class OwnershipExtractorTest {
    private static Set<String> pairs(List<Ownership> o) {
        return o.stream().map(x -> x.org().name() + "<" + x.parent().name()).collect(Collectors.toSet());
    }

    @Test
    void underAParentWithItsTicker() {
        List<Ownership> o = Docs.zh("康宁健康(600321)旗下南湖康复医院和北山骨科医院与外方正式签约。", "2022-12-05")
                .company("康宁健康").hospital("南湖康复医院").hospital("北山骨科医院").facts(Ownership.class);
        assertEquals(Set.of("南湖康复医院<康宁健康", "北山骨科医院<康宁健康"), pairs(o));
    }

    @Test
    void underTheTopicOfTheSentenceWhenTheClauseOpensWithQixia() {
        List<Ownership> o = Docs.zh("资料显示,海湾医疗主营民营医院投资运营,旗下拥有北城诊所、南城诊所等5家医院。", "2023-04-02")
                .company("海湾医疗").hospital("北城诊所").hospital("南城诊所").facts(Ownership.class);
        assertEquals(Set.of("北城诊所<海湾医疗", "南城诊所<海湾医疗"), pairs(o));
        assertEquals(0.8, o.get(0).confidence());
        List<Ownership> listed = Docs.zh("海湾健康于2020年在深圳证券交易所创业板上市,目前旗下已拥有北城诊所、南城诊所等8家医疗机构。",
                        "2023-04-02")
                .company("海湾健康").regulator("深圳证券交易所").hospital("北城诊所").hospital("南城诊所").facts(Ownership.class);
        assertEquals(Set.of("北城诊所<海湾健康", "南城诊所<海湾健康"), pairs(listed), "a regulator in between is no parent");
        List<Ownership> besides = Docs.zh("公开资料显示,海湾医疗主营医院投资运营业务,旗下除北城诊所外,还拥有控股子公司南城诊所。", "2023-04-02")
                .company("海湾医疗").hospital("北城诊所").hospital("南城诊所").facts(Ownership.class);
        assertEquals(Set.of("北城诊所<海湾医疗", "南城诊所<海湾医疗"), pairs(besides));
    }

    @Test
    void aBuyerPayingWithCashAndASubsidiaryBecomingOneAfterAnAdverb() {
        List<Ownership> o = Docs.zh("海湾医疗以现金2.38亿元收购北城医院有限公司70%股权。", "2024-01-10")
                .company("海湾医疗").hospital("北城医院有限公司", "北城医院").facts(Ownership.class);
        assertEquals(Set.of("北城医院<海湾医疗"), pairs(o));
        List<Ownership> became = Docs.zh("交易已完成,北城医院正式成为海湾医疗控股子公司。", "2024-01-10")
                .company("海湾医疗").hospital("北城医院").facts(Ownership.class);
        assertEquals(Set.of("北城医院<海湾医疗"), pairs(became));
        List<Ownership> before = Docs.zh("海湾医疗主营医疗服务,收购前旗下拥有南城诊所、西城诊所等5家医院。", "2024-01-10")
                .company("海湾医疗").hospital("南城诊所").hospital("西城诊所").facts(Ownership.class);
        assertEquals(Set.of("南城诊所<海湾医疗", "西城诊所<海湾医疗"), pairs(before));
    }

    @Test
    void noTopicParentWhenTheSentenceNamesTwoCandidatesOrTheTopicIsNotItsSubject() {
        List<Ownership> two = Docs.zh("海湾医疗与东岭集团签署协议,旗下拥有北城诊所等5家医院。", "2023-04-02")
                .company("海湾医疗").company("东岭集团").hospital("北城诊所").facts(Ownership.class);
        assertEquals(Set.of(), pairs(two));
        List<Ownership> object = Docs.zh("记者走访了海湾医疗,旗下拥有北城诊所等5家医院。", "2023-04-02")
                .company("海湾医疗").hospital("北城诊所").facts(Ownership.class);
        assertEquals(Set.of(), pairs(object), "the company is not at the start of the sentence");
    }

    @Test
    void subsidiaryAfterAPredicateClause() {
        List<Ownership> o = Docs.zh("公开资料显示,北山骨科医院成立于2015年,系东岭医疗管理集团有限公司全资子公司。", "2023-04-02")
                .hospital("北山骨科医院").company("东岭医疗管理集团有限公司").facts(Ownership.class);
        assertEquals(Set.of("北山骨科医院<东岭医疗管理集团有限公司"), pairs(o));
        List<Ownership> none = Docs.zh("北山骨科医院与南湖康复医院合作,系东岭医疗管理集团有限公司的全资子公司。", "2023-04-02")
                .hospital("北山骨科医院").hospital("南湖康复医院").company("东岭医疗管理集团有限公司").facts(Ownership.class);
        assertEquals(Set.of(), pairs(none), "two organisations before the copula: no guess");
    }

    @Test
    void theCompanyThatIsTheSubjectOfTheClauseOwnsTheSubsidiaryNamedAfter() {
        List<Ownership> o = Docs.zh("经查,东岭医疗未按规定披露控股子公司北山骨科医院的对外担保事项。", "2023-04-02")
                .company("东岭医疗").hospital("北山骨科医院").facts(Ownership.class);
        assertEquals(Set.of("北山骨科医院<东岭医疗"), pairs(o));
        assertEquals(0.7, o.get(0).confidence());
    }

    @Test
    void whollyOwnedSubsidiaryWithQuotedParent() {
        List<Ownership> o = Docs.zh("据查询显示,南湖康复医院有限公司是A股上市公司“康宁健康”的全资子公司。", "2022-12-05")
                .hospital("南湖康复医院有限公司", "南湖康复医院").company("康宁健康").facts(Ownership.class);
        assertEquals(Set.of("南湖康复医院<康宁健康"), pairs(o));
    }

    @Test
    void heldByAParentThroughAPronoun() {
        List<Ownership> o = Docs.zh("北山眼科医院有限公司成立于2010年。该公司由东岭医疗投资有限公司的全资控股。", "2022-12-05")
                .hospital("北山眼科医院有限公司", "北山眼科医院").company("东岭医疗投资有限公司").facts(Ownership.class);
        assertEquals(Set.of("北山眼科医院<东岭医疗投资有限公司"), pairs(o));
        assertEquals(0.6, o.get(0).confidence());
    }

    @Test
    void parentCompanyInParentheses() {
        List<Ownership> o = Docs.zh("东岭医疗投资股份有限公司(南湖康复医院与北山骨科医院的母公司)董事长王一鸣表示。", "2022-12-05")
                .company("东岭医疗投资股份有限公司").hospital("南湖康复医院").hospital("北山骨科医院").person("王一鸣")
                .facts(Ownership.class);
        assertEquals(Set.of("南湖康复医院<东岭医疗投资股份有限公司", "北山骨科医院<东岭医疗投资股份有限公司"), pairs(o));
    }

    @Test
    void englishParentCompanyOfTheTwoHospitals() {
        List<Ownership> o = Docs.lang("en", "Lakeside Rehab Hospital and North Hill Hospital joined the Star Care Alliance.\n"
                        + "\"We are glad,\" said Ann Lee, chair of Eastridge Holdings, parent company of the two hospitals. "
                        + "Big Clinic was not involved.", "2022-12-05")
                .hospital("Lakeside Rehab Hospital").hospital("North Hill Hospital").hospital("Big Clinic")
                .company("Eastridge Holdings").alliance("Star Care Alliance").person("Ann Lee")
                .facts(Ownership.class);
        assertEquals(Set.of("Lakeside Rehab Hospital<Eastridge Holdings", "North Hill Hospital<Eastridge Holdings"), pairs(o));
    }

    @Test
    void aGroupsHospitalsWithoutNamesAreNoOwnership() {
        List<Ownership> o = Docs.zh("康宁健康旗下医疗机构可以共享资源,提升康宁健康下属医疗机构的实力。", "2022-12-05")
                .company("康宁健康").facts(Ownership.class);
        assertEquals(Set.of(), pairs(o));
    }

    @Test
    void copulaUnderControllingShareholderAndAcquisitions() {
        List<Ownership> o = Docs.zh("南湖康复医院是康宁健康旗下的专科医院。北山骨科医院的控股股东为东岭集团。"
                        + "2021年,海湾医疗收购了西城诊所。东城诊所被海湾医疗收购。海湾医疗拟收购北城诊所。东岭集团控股江州南城诊所。", "2022-12-05")
                .hospital("南湖康复医院").company("康宁健康").hospital("北山骨科医院").company("东岭集团")
                .company("海湾医疗").hospital("西城诊所").hospital("东城诊所").hospital("北城诊所").hospital("南城诊所")
                .facts(Ownership.class);
        assertEquals(Set.of("南湖康复医院<康宁健康", "北山骨科医院<东岭集团", "西城诊所<海湾医疗", "东城诊所<海湾医疗",
                "南城诊所<东岭集团"), pairs(o));
    }

    @Test
    void acquisitionReportAndGroupListing() {
        List<Ownership> o = Docs.zh("海湾医疗发布公告称,公司已完成对西城诊所有限公司70%股权的收购,东城诊所成为公司控股子公司。"
                        + "海湾医疗旗下目前拥有北城诊所、南城诊所等12家医院。", "2022-12-05")
                .company("海湾医疗").name(org.w3id.hkg.extract.EntityType.COMPANY, "公司", "海湾医疗")
                .hospital("西城诊所有限公司", "西城诊所").hospital("东城诊所").hospital("北城诊所").hospital("南城诊所")
                .facts(Ownership.class);
        assertEquals(Set.of("西城诊所<海湾医疗", "东城诊所<海湾医疗", "北城诊所<海湾医疗", "南城诊所<海湾医疗"), pairs(o));
    }

    @Test
    void englishOperatedByAndMemberIsNoOwnership() {
        List<Ownership> o = Docs.lang("en", "Lakeside Rehab Hospital is operated by Eastridge Holdings. "
                        + "North Hill Hospital, a member of Star Care Alliance, opened.", "2022-12-05")
                .hospital("Lakeside Rehab Hospital").hospital("North Hill Hospital").company("Eastridge Holdings")
                .company("Star Care Alliance").facts(Ownership.class);
        assertEquals(Set.of("Lakeside Rehab Hospital<Eastridge Holdings"), pairs(o));
    }

    @Test
    void aPartnerAfter与IsNotUnderTheParent() {
        List<Ownership> o = Docs.zh("海湾医疗(02389.HK)旗下西城诊所与北山骨科医院签署合作协议。", "2022-12-05")
                .company("海湾医疗").hospital("西城诊所").hospital("北山骨科医院").facts(Ownership.class);
        assertEquals(Set.of("西城诊所<海湾医疗"), pairs(o));
    }

    @Test
    void genericParentStakesBelongingAndTheHospitalInEnglish() {
        List<Ownership> o = Docs.zh("海湾医疗发布年报。南城医院为公司全资子公司,北城医院为公司持股85%的控股子公司。"
                        + "西城诊所近日被投诉。该院隶属东岭集团有限公司。东城医院由江州海湾医疗集团有限公司控股。东岭集团有限公司拥有控股子公司北岭诊所。", "2022-12-05")
                .company("海湾医疗").hospital("南城医院").hospital("北城医院").hospital("西城诊所").company("东岭集团有限公司")
                .hospital("东城医院").company("海湾医疗集团").hospital("北岭诊所").facts(Ownership.class);
        assertEquals(Set.of("南城医院<海湾医疗", "北城医院<海湾医疗", "西城诊所<东岭集团有限公司", "东城医院<海湾医疗集团",
                "北岭诊所<东岭集团有限公司"), pairs(o));
        List<Ownership> en = Docs.lang("en", "Lakeside Eye Hospital opened in 2001. The hospital is now a wholly owned subsidiary of "
                        + "Eastridge Holdings, which is listed under the ticker 300861.", "2022-12-05")
                .hospital("Lakeside Eye Hospital").company("Eastridge Holdings").facts(Ownership.class);
        assertEquals(Set.of("Lakeside Eye Hospital<Eastridge Holdings"), pairs(en));
    }

    @Test
    void motherCompanyBeforeOrAfterAndPronounsOfAClinic() {
        List<Ownership> o = Docs.zh("松坪医疗集团为河口骨科医院的母公司。河口眼科医院母公司柳溪医疗控股有限公司发布公告。"
                        + "竹山健康还拥有控股子公司河口口腔医院。河口门诊部成立于2012年。该门诊部隶属于柳溪医疗控股有限公司。", "2023-03-05")
                .company("松坪医疗集团").hospital("河口骨科医院").hospital("河口眼科医院").company("柳溪医疗控股有限公司")
                .company("竹山健康").hospital("河口口腔医院").hospital("河口门诊部").facts(Ownership.class);
        assertEquals(Set.of("河口骨科医院<松坪医疗集团", "河口眼科医院<柳溪医疗控股有限公司", "河口口腔医院<竹山健康",
                "河口门诊部<柳溪医疗控股有限公司"), pairs(o));
    }

    @Test
    void englishFlagshipOfAnOperatorAndHospitalsItOperates() {
        List<Ownership> o = Docs.lang("en", "North Hill Hospital, the flagship of private hospital operator Eastridge Holdings, opened a "
                        + "ward.\nLakeview Group, which is listed in Hong Kong, operates 12 hospitals, including Lakeside Clinic and "
                        + "West Bay Hospital.\nStar Care Alliance includes Big Clinic.", "2022-12-05")
                .hospital("North Hill Hospital").company("Eastridge Holdings").company("Lakeview Group").hospital("Lakeside Clinic")
                .hospital("West Bay Hospital").alliance("Star Care Alliance").hospital("Big Clinic").facts(Ownership.class);
        assertEquals(Set.of("North Hill Hospital<Eastridge Holdings", "Lakeside Clinic<Lakeview Group", "West Bay Hospital<Lakeview Group"),
                pairs(o));
    }

    @Test
    void aHospitalFoundedThenHeldByItsParentInALaterClause() {
        List<Ownership> o = Docs.zh("企业信息显示,东城医院有限公司成立于2015年,由江城康宁医疗管理有限公司全资持股。"
                        + "北山诊所与南湖医院合作,由东岭集团有限公司控股。", "2024-05-06")
                .hospital("东城医院有限公司", "东城医院").company("江城康宁医疗管理有限公司").hospital("北山诊所").hospital("南湖医院")
                .company("东岭集团有限公司").facts(Ownership.class);
        assertEquals(Set.of("东城医院<江城康宁医疗管理有限公司"), pairs(o), "two organisations before the clause: which one is held is unclear");
    }

    @Test
    void rowsOfATableOfHoldings() {
        String text = "报告期末公司旗下医院情况如下:\n医院名称:南湖医院,持股方式:直接持有,持股比例:100%。\n"
                + "医院名称:北山医院,持股方式:通过东岭医院管理有限公司间接持有,持股比例:100%。\n医院名称:西城医院,持股方式:直接持有,持股比例:65%。";
        List<Ownership> o = Docs.zh(text, "2025-04-24").name(org.w3id.hkg.extract.EntityType.COMPANY, "公司", "南湖医疗集团股份有限公司")
                .hospital("南湖医院").hospital("北山医院").company("东岭医院管理有限公司").hospital("西城医院").facts(Ownership.class);
        assertEquals(Set.of("南湖医院<南湖医疗集团股份有限公司", "北山医院<东岭医院管理有限公司", "西城医院<南湖医疗集团股份有限公司"), pairs(o));
    }

    @Test
    void aMajorityStakeHeldDirectlyOrThroughASubsidiary() {
        String text = "海湾医疗集团股份有限公司通过全资子公司南湖医院管理有限公司持有北山医院有限公司70%股权。"
                + "海湾医疗集团股份有限公司持有西城医院有限公司25%股权。东岭医疗投资有限公司直接持有江城医院有限公司55%股权。";
        List<Ownership> o = Docs.zh(text, "2024-04-26").company("海湾医疗集团股份有限公司").company("南湖医院管理有限公司")
                .company("东岭医疗投资有限公司").hospital("北山医院有限公司", "北山医院").hospital("西城医院有限公司", "西城医院")
                .hospital("江城医院有限公司", "江城医院").facts(Ownership.class);
        assertEquals(Set.of("北山医院<南湖医院管理有限公司", "南湖医院管理有限公司<海湾医疗集团股份有限公司", "江城医院<东岭医疗投资有限公司"),
                pairs(o));
    }

    @Test
    void aMinorityStakeInATableIsNoOwnership() {
        String text = "主要控股参股公司情况如下:\n公司名称:南湖医院有限公司,公司类型:子公司,持股比例:70%。\n"
                + "公司名称:北山医院有限公司,公司类型:参股公司,持股比例:25%。\n公司名称:西城医院有限公司,公司类型:联营企业,持股比例:30%。";
        List<Ownership> o = Docs.zh(text, "2025-04-24").name(org.w3id.hkg.extract.EntityType.COMPANY, "公司", "南湖医疗集团股份有限公司")
                .hospital("南湖医院有限公司", "南湖医院").hospital("北山医院有限公司", "北山医院").hospital("西城医院有限公司", "西城医院")
                .facts(Ownership.class);
        assertEquals(Set.of("南湖医院<南湖医疗集团股份有限公司"), pairs(o));
    }

    @Test
    void belongingToAGroupListedOnAnExchange() {
        List<Ownership> o = Docs.zh("南湖医院隶属于在上海证券交易所上市的东岭医疗集团股份有限公司。", "2025-02-18")
                .hospital("南湖医院").regulator("上海证券交易所").company("东岭医疗集团股份有限公司").facts(Ownership.class);
        assertEquals(Set.of("南湖医院<东岭医疗集团股份有限公司"), pairs(o));
    }

    @Test
    void aFeatureAboutAGroupsHospitalsInVariedWords() {
        String text = "起点是南湖医院。\n这家以妇产见长的专科医院开业于2014年,由东岭医疗的全资子公司东岭医院管理有限公司举办。\n"
                + "北山医院是第二站。\n北山项目引入了当地资本,东岭医疗控股70%。\n"
                + "2022年起,东岭医疗与江城区签订协议,托管江城区中心医院,派驻管理团队。\n"
                + "今年5月,东岭医疗完成了对西城医院60%股权的收购。\n西岭医院由东岭医疗直接举办。\n东岭医疗拟托管东城医院。";
        List<Ownership> o = Docs.zh(text, "2025-08-26").hospital("南湖医院").company("东岭医疗").company("东岭医院管理有限公司")
                .hospital("北山医院").hospital("江城区中心医院").hospital("西城医院").hospital("西岭医院").hospital("东城医院")
                .facts(Ownership.class);
        assertEquals(Set.of("南湖医院<东岭医院管理有限公司", "东岭医院管理有限公司<东岭医疗", "北山医院<东岭医疗", "江城区中心医院<东岭医疗",
                "西城医院<东岭医疗", "西岭医院<东岭医疗"), pairs(o));
    }

    @Test
    void englishHospitalFoundedByACompany() {
        List<Ownership> o = Docs.lang("en", "Lakeview Children's Hospital is a private hospital in Shanghai, founded in 2012 by "
                        + "Lakeview Medical Investment Co., Ltd., which still runs it.", "2024-10-16")
                .hospital("Lakeview Children's Hospital").company("Lakeview Medical Investment Co., Ltd.").facts(Ownership.class);
        assertEquals(Set.of("Lakeview Children's Hospital<Lakeview Medical Investment Co., Ltd."), pairs(o));
    }

    @Test
    void stillAWhollyOwnedSubsidiary() {
        List<Ownership> o = Docs.zh("截至本公告披露日,东城医院仍为南湖医疗全资子公司。", "2025-04-28")
                .hospital("东城医院").company("南湖医疗").facts(Ownership.class);
        assertEquals(Set.of("东城医院<南湖医疗"), pairs(o));
    }

    @Test
    void runByTheSubsidiaryTheSentenceNamesLast() {
        String text = "县政府与东岭投资集团有限公司签署协议,由该集团全资子公司东岭健康产业有限公司(以下简称\"东岭健康\")"
                + "全面托管北城县人民医院和北城县中医医院的运营管理。";
        List<Ownership> o = Docs.zh(text, "2023-06-01").company("东岭投资集团有限公司").company("东岭健康产业有限公司")
                .hospital("北城县人民医院").hospital("北城县中医医院").facts(Ownership.class);
        assertEquals(Set.of("北城县人民医院<东岭健康产业有限公司", "北城县中医医院<东岭健康产业有限公司"),
                pairs(o).stream().filter(p -> p.contains("医院<")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aMajorityStakeTakenByMeansOrAfterAClauseOfItsOwn() {
        List<Ownership> taken = Docs.zh("2023年,东岭健康又以增资扩股方式取得南城医院51%的股权,实现控股。", "2024-02-01")
                .company("东岭健康").hospital("南城医院").facts(Ownership.class);
        assertEquals(Set.of("南城医院<东岭健康"), pairs(taken));
        List<Ownership> paid = Docs.zh("根据协议,东岭健康出资2.4亿元,持有北城医院70%的股权,实现控股经营。", "2024-02-01")
                .company("东岭健康").hospital("北城医院").facts(Ownership.class);
        assertEquals(Set.of("北城医院<东岭健康"), pairs(paid));
        List<Ownership> minority = Docs.zh("东岭健康以现金方式取得西城医院30%的股权。", "2024-02-01")
                .company("东岭健康").hospital("西城医院").facts(Ownership.class);
        assertEquals(Set.of(), pairs(minority), "a minority stake is no ownership");
    }

    @Test
    void englishSubsidiariesOfTheCompanyInFocusWithTheirChineseNamesInBrackets() {
        String text = "Eastridge Healthcare Group listed its shares in Shanghai on Monday. Its main subsidiaries include "
                + "Lakeside Orthopedic Hospital (湖畔骨科医院), Hilltop Eye Hospital (山顶眼科医院) and Riverside Hospital.";
        List<Ownership> o = Docs.lang("en", text, "2024-03-04").company("Eastridge Healthcare Group")
                .hospital("Lakeside Orthopedic Hospital", "湖畔骨科医院").hospital("湖畔骨科医院")
                .hospital("Hilltop Eye Hospital", "山顶眼科医院").hospital("山顶眼科医院").hospital("Riverside Hospital")
                .facts(Ownership.class);
        assertEquals(Set.of("湖畔骨科医院<Eastridge Healthcare Group", "山顶眼科医院<Eastridge Healthcare Group",
                "Riverside Hospital<Eastridge Healthcare Group"), pairs(o));
    }
}
