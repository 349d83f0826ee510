package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Membership;

class MembershipExtractorTest {
    private static Set<String> pairs(List<Membership> m) {
        return m.stream().map(x -> x.member().name() + "@" + x.alliance().name() + "@" + x.since()).collect(Collectors.toSet());
    }

    @Test
    void membersListedOnePerLineAfterAnIntroBelongToTheAllianceInFocus() {
        String text = "江城心血管专科联盟昨日成立。\n首批签约成员单位(排名不分先后):\n南湖医院(牵头单位)\n1. 北山医院\n"
                + "西岭医院\n此外,东湖医院已表达加入意向。";
        List<Membership> m = Docs.zh(text, "2024-03-23").alliance("江城心血管专科联盟").hospital("南湖医院").hospital("北山医院")
                .hospital("西岭医院").hospital("东湖医院").facts(Membership.class);
        assertEquals(Set.of("南湖医院@江城心血管专科联盟@null", "北山医院@江城心血管专科联盟@null",
                "西岭医院@江城心血管专科联盟@null"), pairs(m));
    }

    @Test
    void signingAndBecomingMembersIsDatedByTheSentence() {
        List<Membership> m = Docs.zh("南湖康复医院和北山骨科医院成为星河医疗联盟成员医院\n"
                        + "11月20日,康宁健康(600321)旗下南湖康复医院和北山骨科医院与知名机构——星河医院正式签署合作协议,"
                        + "成为第五家和第六家星河医疗联盟成员医院。", "2022-11-25")
                .hospital("南湖康复医院").hospital("北山骨科医院").hospital("星河医院").company("康宁健康")
                .alliance("星河医疗联盟").facts(Membership.class);
        assertEquals(Set.of("南湖康复医院@星河医疗联盟@2022-11-20", "北山骨科医院@星河医疗联盟@2022-11-20"), pairs(m));
    }

    @Test
    void townshipCentresCountedAfterTheListJoinTheCountyAlliance() {
        List<Membership> m = Docs.zh("由清河县人民医院牵头组建的清河县医共体正式运行,东坝镇卫生院、西岭镇卫生院等5家乡镇卫生院纳入医共体统一管理。",
                        "2023-05-02")
                .hospital("清河县人民医院").alliance("清河县医共体").hospital("东坝镇卫生院").hospital("西岭镇卫生院")
                .facts(Membership.class);
        assertEquals(Set.of("清河县人民医院@清河县医共体@null", "东坝镇卫生院@清河县医共体@null", "西岭镇卫生院@清河县医共体@null"), pairs(m));
    }

    @Test
    void aJoinThatEndsItsClauseJoinsTheAllianceInFocusAndAPlannedJoinIsNone() {
        List<Membership> m = Docs.zh("5月6日,清河县人民医院牵头组建的清河县紧密型医疗集团揭牌成立。"
                        + "东坝镇卫生院、西岭镇卫生院和南关镇卫生院当天签约加入,成为首批成员单位。"
                        + "据悉,北山镇卫生院计划于今年下半年纳入医疗集团,石门镇卫生院拟加入该医疗集团。", "2023-05-08")
                .hospital("清河县人民医院").alliance("清河县紧密型医疗集团").hospital("东坝镇卫生院").hospital("西岭镇卫生院")
                .hospital("南关镇卫生院").hospital("北山镇卫生院").hospital("石门镇卫生院").facts(Membership.class);
        String a = "@清河县紧密型医疗集团@2023-05-06";
        assertEquals(Set.of("清河县人民医院" + a, "东坝镇卫生院" + a, "西岭镇卫生院" + a, "南关镇卫生院" + a), pairs(m));
    }

    @Test
    void membersOfTheAllianceInFocusByMemberWordsCoreHospitalsAndJoiningTheAlliance() {
        List<Membership> m = Docs.zh("清河县医共体揭牌成立。该医共体以清河县人民医院为核心医院,东坝镇卫生院、西岭镇卫生院为成员单位。"
                        + "3月18日,南关镇卫生院与医共体签订协议,正式成为医共体成员单位。当天,北山镇卫生院也同步签约入盟。"
                        + "下一步,还将推动石门镇卫生院等机构分批加入医共体。", "2023-03-19")
                .alliance("清河县医共体").name(EntityType.ALLIANCE, "该医共体", "清河县医共体").hospital("清河县人民医院")
                .hospital("东坝镇卫生院").hospital("西岭镇卫生院").hospital("南关镇卫生院").hospital("北山镇卫生院")
                .hospital("石门镇卫生院").facts(Membership.class);
        String a = "@清河县医共体@";
        assertEquals(Set.of("清河县人民医院" + a + "null", "东坝镇卫生院" + a + "null", "西岭镇卫生院" + a + "null",
                "南关镇卫生院" + a + "2023-03-18", "北山镇卫生院" + a + "2023-03-18"), pairs(m));
    }

    @Test
    void joiningWithoutADayHasNoSince() {
        List<Membership> m = Docs.zh("据悉,南湖康复医院加入长江专科联盟。", "2022-11-25")
                .hospital("南湖康复医院").alliance("长江专科联盟").facts(Membership.class);
        assertEquals(1, m.size());
        assertNull(m.get(0).since());
    }

    @Test
    void possessorIsNotAMember() {
        List<Membership> m = Docs.zh("康宁健康的两家医院成为星河医疗联盟成员医院。", "2022-11-25")
                .company("康宁健康").alliance("星河医疗联盟").facts(Membership.class);
        assertEquals(Set.of(), pairs(m));
    }

    @Test
    void englishJoined() {
        List<Membership> m = Docs.lang("en", "Two hospitals in Chile — Lakeside Rehab Hospital and North Hill Hospital — joined the "
                        + "Star Care Alliance, a group of independent systems.", "2022-11-25")
                .hospital("Lakeside Rehab Hospital").hospital("North Hill Hospital").alliance("Star Care Alliance")
                .facts(Membership.class);
        assertEquals(Set.of("Lakeside Rehab Hospital@Star Care Alliance@null", "North Hill Hospital@Star Care Alliance@null"), pairs(m));
    }

    @Test
    void beingAMemberIsMembership() {
        List<Membership> m = Docs.zh("南湖康复医院是长江专科联盟成员单位。这是长江专科联盟的一次会议。", "2022-11-25")
                .hospital("南湖康复医院").alliance("长江专科联盟").facts(Membership.class);
        assertEquals(Set.of("南湖康复医院@长江专科联盟@null"), pairs(m));
    }

    @Test
    void englishSinceOnlyFromADateWrittenOut() {
        List<Membership> m = Docs.lang("en", "date 2023-06-01 Lakeside Rehab Hospital joined the Star Care Alliance on May 30, 2023.\n"
                        + "date 2023-06-01 North Hill Hospital joined the Star Care Alliance.", "2023-06-01")
                .hospital("Lakeside Rehab Hospital").hospital("North Hill Hospital").alliance("Star Care Alliance")
                .facts(Membership.class);
        assertEquals(Set.of("Lakeside Rehab Hospital@Star Care Alliance@2023-05-30", "North Hill Hospital@Star Care Alliance@null"), pairs(m));
    }

    @Test
    void foundingAndListedMembers() {
        List<Membership> m = Docs.zh("南湖康复医院牵头成立长江专科联盟。星河医疗联盟成员单位包括北山骨科医院和东城诊所。作为长江专科联盟的成员医院,西城诊所将共享资源。", "2022-11-25")
                .hospital("南湖康复医院").hospital("北山骨科医院").hospital("东城诊所").hospital("西城诊所")
                .alliance("长江专科联盟").alliance("星河医疗联盟")
                .facts(Membership.class);
        assertEquals(Set.of("南湖康复医院@长江专科联盟@null", "北山骨科医院@星河医疗联盟@null", "东城诊所@星河医疗联盟@null",
                "西城诊所@长江专科联盟@null"), pairs(m));
    }

    @Test
    void oneEntityNamedInTwoAdjacentPiecesIsOneName() {
        List<Membership> m = Docs.zh("作为长江心血管联盟的成员医院,西城诊所将共享资源。", "2022-11-25")
                .name(org.w3id.hkg.extract.EntityType.ALLIANCE, "长江", "长江心血管联盟")
                .name(org.w3id.hkg.extract.EntityType.ALLIANCE, "心血管联盟", "长江心血管联盟").hospital("西城诊所")
                .facts(Membership.class);
        assertEquals(Set.of("西城诊所@长江心血管联盟@null"), pairs(m));
    }

    @Test
    void theLeaderOfAnAllianceIsAMember() {
        List<Membership> m = Docs.zh("6月12日,东城医院、西城医院与南湖医院签订协议,正式加入长江专科联盟。长江专科联盟由南湖医院牵头组建。", "2023-06-14")
                .hospital("东城医院").hospital("西城医院").hospital("南湖医院").alliance("长江专科联盟").facts(Membership.class);
        assertEquals(Set.of("东城医院@长江专科联盟@2023-06-12", "西城医院@长江专科联盟@2023-06-12", "南湖医院@长江专科联盟@null"), pairs(m));
    }

    @Test
    void joiningTheAllianceNamedBefore() {
        List<Membership> m = Docs.zh("长江县域医共体近日扩容。东城卫生院、西城卫生院签约加入医共体。", "2023-06-14")
                .alliance("长江县域医共体").hospital("东城卫生院").hospital("西城卫生院").facts(Membership.class);
        assertEquals(Set.of("东城卫生院@长江县域医共体@null", "西城卫生院@长江县域医共体@null"), pairs(m));
    }

    @Test
    void everyItemOfAnEnumerationJoinsAndTheBareWordPointsBackToTheAlliance() {
        List<Membership> m = Docs.zh("3月1日,河口县医共体揭牌成立。\n县第二医院、县妇幼保健院、松坪乡卫生院等3家单位正式加入河口县医共体。\n"
                        + "会上还介绍了全县医疗资源。\n今年全县卫生投入增长。\n医保报销比例提高。\n新建村卫生室10个。\n家庭医生签约率上升。\n"
                        + "柳溪镇卫生院、竹山镇卫生院纳入医共体统一管理。", "2023-03-05")
                .alliance("河口县医共体").hospital("县第二医院").hospital("县妇幼保健院").hospital("松坪乡卫生院")
                .hospital("柳溪镇卫生院").hospital("竹山镇卫生院").facts(Membership.class);
        assertEquals(Set.of("县第二医院@河口县医共体@null", "县妇幼保健院@河口县医共体@null", "松坪乡卫生院@河口县医共体@null",
                "柳溪镇卫生院@河口县医共体@null", "竹山镇卫生院@河口县医共体@null"), pairs(m));
    }

    @Test
    void aPlaceCharacterLeftOutOfANameDoesNotBreakTheEnumeration() {
        List<Membership> m = Docs.zh("河口市中医院、桐河县人民医院加入河口眼科专科联盟。", "2023-03-05")
                .hospital("河口市中医院").hospital("河县人民医院").alliance("河口眼科专科联盟").facts(Membership.class);
        assertEquals(Set.of("河口市中医院@河口眼科专科联盟@null", "河县人民医院@河口眼科专科联盟@null"), pairs(m));
    }

    @Test
    void englishPartOfAndMemberHospitalOf() {
        List<Membership> m = Docs.lang("en", "Pine Hill Hospital became part of the River Care Network. "
                        + "Lake View Clinic is now the newest member hospital of the River Care Network.", "2023-03-05")
                .hospital("Pine Hill Hospital").hospital("Lake View Clinic").alliance("River Care Network").facts(Membership.class);
        assertEquals(Set.of("Pine Hill Hospital@River Care Network@null", "Lake View Clinic@River Care Network@null"), pairs(m));
    }

    @Test
    void theLeaderOfTheAllianceItFoundedAndMembersListedWithoutTheAlliance() {
        String text = "5月6日,由南湖医院牵头发起的“江城儿童康复专科联盟”成立。\n来自三地的8家医疗机构签署联盟协议。\n"
                + "首批成员单位中,除牵头单位南湖医院外,还包括同属东岭医疗集团有限公司旗下的北山医院,以及西城诊所、东城医院等。\n"
                + "另有南城医院计划明年加入。";
        List<Membership> l = Docs.zh(text, "2024-05-08").hospital("南湖医院").alliance("江城儿童康复专科联盟").company("东岭医疗集团有限公司")
                .hospital("北山医院").hospital("西城诊所").hospital("东城医院").hospital("南城医院").facts(Membership.class);
        assertEquals(Set.of("南湖医院", "北山医院", "西城诊所", "东城医院"),
                l.stream().map(x -> x.member().name()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void membersOfAConsortiumToldInRunningProse() {
        String text = "江城东部医联体由南湖医院牵头组建。\n除牵头的南湖医院外,医联体的另外三家成员单位中,北山社区卫生服务中心和西城社区卫生服务中心都位于东部。\n"
                + "另一家成员东城康复医院是一家民营医院。\n居民关心西岭镇卫生院是否也会加入。\n区卫健委表示,北岭镇卫生院此次暂未纳入。";
        List<Membership> l = Docs.zh(text, "2024-10-23").alliance("江城东部医联体").hospital("南湖医院").hospital("北山社区卫生服务中心")
                .hospital("西城社区卫生服务中心").hospital("东城康复医院").hospital("西岭镇卫生院").hospital("北岭镇卫生院").facts(Membership.class);
        assertEquals(Set.of("南湖医院", "北山社区卫生服务中心", "西城社区卫生服务中心", "东城康复医院"),
                l.stream().map(x -> x.member().name()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void firstMembersListedAfterTheAllianceWasFounded() {
        List<Membership> m = Docs.zh("南岭儿科专科联盟于2022年10月成立,首批成员包括北城县人民医院、东岭县中医院等8家医院。", "2024-06-21")
                .alliance("南岭儿科专科联盟").hospital("北城县人民医院").hospital("东岭县中医院").facts(Membership.class);
        assertEquals(Set.of("北城县人民医院@南岭儿科专科联盟@null", "东岭县中医院@南岭儿科专科联盟@null"), pairs(m));
    }

    @Test
    void thoseWhoJoinedNamedAfterBaokuo() {
        List<Membership> m = Docs.zh("两岸医疗协作联盟本月12日正式成立,首批共有十二家医疗机构签约加盟,包括北城仁心医院、南湾康泰医务所等。",
                        "2024-11-20")
                .alliance("两岸医疗协作联盟").hospital("北城仁心医院").hospital("南湾康泰医务所").facts(Membership.class);
        assertEquals(Set.of("北城仁心医院@两岸医疗协作联盟@2024-11-12", "南湾康泰医务所@两岸医疗协作联盟@2024-11-12"), pairs(m));
    }
}
