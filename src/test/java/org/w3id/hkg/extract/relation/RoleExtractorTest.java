package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.Role;

class RoleExtractorTest {
    private static Set<String> rows(List<Role> l) {
        return l.stream().map(x -> x.person().name() + "|" + x.org().name() + "|" + x.role()).collect(Collectors.toSet());
    }

    @Test
    void aTableRowOfPeopleGivesTheRoleAtTheCompanyInFocus() {
        String text = "南湖医疗集团股份有限公司董事、监事和高级管理人员情况\n姓名:钱晓东,职务:董事长、总经理,性别:男。\n"
                + "姓名:孙立,职务:财务总监,性别:女。";
        List<Role> l = Docs.zh(text, "2024-04-26").company("南湖医疗集团股份有限公司").person("钱晓东").person("孙立").facts(Role.class);
        assertEquals(Set.of("钱晓东|南湖医疗集团股份有限公司|董事长、总经理", "孙立|南湖医疗集团股份有限公司|财务总监"), rows(l));
    }

    @Test
    void aPersonAppointedToARoleAtAnOrganisation() {
        String text = "市卫健委近日对部分单位领导班子进行调整。其中,钱晓东被聘任为南湖医院院长;孙立被任命为南湖医院党委书记。";
        List<Role> l = Docs.zh(text, "2024-05-06").regulator("市卫健委").hospital("南湖医院").person("钱晓东").person("孙立")
                .facts(Role.class);
        assertEquals(Set.of("钱晓东|南湖医院|院长", "孙立|南湖医院|党委书记"), rows(l));
    }

    @Test
    void roleBetweenOrgAndPersonAsWritten() {
        List<Role> l = Docs.zh("江城市急救中心调度班长刘一平被记过;调度科科长陈晓被警告;"
                        + "江城市卫生健康委员会党组成员、副主任高远被诫勉谈话。", "2023-03-10")
                .hospital("江城市急救中心").regulator("江城市卫生健康委员会").person("刘一平").person("陈晓").person("高远")
                .facts(Role.class);
        assertEquals(Set.of("刘一平|江城市急救中心|调度班长", "陈晓|江城市急救中心|调度科科长",
                "高远|江城市卫生健康委员会|党组成员、副主任"), rows(l));
    }

    @Test
    void roleWithoutOrgTakesTheOrgInFocusUnlessKnownElsewhere() {
        List<Role> l = Docs.zh("北山医院发生纠纷。1月6日,总经理孙立被停职。东岭集团董事长王一鸣表示遗憾。董事长王一鸣说。", "2023-01-07")
                .hospital("北山医院").company("东岭集团").person("孙立").person("王一鸣").facts(Role.class);
        assertEquals(Set.of("孙立|北山医院|总经理", "王一鸣|东岭集团|董事长"), rows(l));
    }

    @Test
    void rolesOfTheAllianceInFocusBeforeAndAfterTheName() {
        List<Role> l = Docs.zh("清河县医共体揭牌成立。南湖医院党委书记孙立兼任医共体理事长。医共体秘书长钱进表示,将统一管理。", "2024-09-26")
                .alliance("清河县医共体").hospital("南湖医院").person("孙立").person("钱进").facts(Role.class);
        assertEquals(Set.of("孙立|南湖医院|党委书记", "孙立|清河县医共体|理事长", "钱进|清河县医共体|秘书长"), rows(l));
    }

    @Test
    void aPostWithADepartmentBeforeItsRoleWord() {
        List<Role> l = Docs.zh("南湖医院发生医疗事故。经院党委会研究,决定免去孙丽萍产科护士长职务。", "2024-03-02")
                .hospital("南湖医院").person("孙丽萍").facts(Role.class);
        assertEquals(Set.of("孙丽萍|南湖医院|产科护士长"), rows(l));
    }

    @Test
    void financeDirectorIsOneRoleWord() {
        List<Role> l = Docs.zh("南湖医疗股份有限公司财务总监钱丽萍被出具警示函。", "2025-06-11")
                .company("南湖医疗股份有限公司").person("钱丽萍").facts(Role.class);
        assertEquals(1, l.size(), l.toString());
        assertEquals("财务总监", l.get(0).role());
    }

    @Test
    void traditionalRoleStaysAsWritten() {
        List<Role> l = Docs.lang("zh-Hant", "東嶺醫療總裁曹立說,北辰市醫院管理局局長封明也到場。海灣醫療集團(01234.HK)行政總裁李安表示遺憾。", "2015-01-27")
                .company("東嶺醫療").company("海灣醫療集團").person("李安").regulator("北辰市醫院管理局").person("曹立").person("封明").facts(Role.class);
        assertEquals(Set.of("曹立|東嶺醫療|總裁", "封明|北辰市醫院管理局|局長", "李安|海灣醫療集團|行政總裁"), rows(l));
    }

    @Test
    void englishRolePhrase() {
        List<Role> l = Docs.lang("en", "\"We are glad,\" said Ann Lee, chief executive of the board of Eastridge Holdings, parent company.",
                        "2022-12-05").company("Eastridge Holdings").person("Ann Lee").facts(Role.class);
        assertEquals(Set.of("Ann Lee|Eastridge Holdings|chief executive of the board"), rows(l));
    }

    @Test
    void englishPossessiveRole() {
        List<Role> l = Docs.lang("en", "\"It is a big step,\" said Bob Stone, Lakeside Hospital's chief medical officer.", "2022-12-05")
                .hospital("Lakeside Hospital").person("Bob Stone").facts(Role.class);
        assertEquals(Set.of("Bob Stone|Lakeside Hospital|chief medical officer"), rows(l));
    }

    @Test
    void roleAfterAnUnrecognisedOrgNameIsNotPinnedOnAnotherOrg() {
        List<Role> l = Docs.zh("江城市卫生健康委员会给予江城七院党委书记黎伟党内警告处分。", "2023-01-07")
                .regulator("江城市卫生健康委员会").person("黎伟").facts(Role.class);
        assertEquals(Set.of(), rows(l));
    }

    @Test
    void copulaQualifiersListMarkersGenericOrgWordsAndPosts() {
        String text = "东岭集团董事长为王一鸣,北山医院院长为孙立。\n(三)医务科科长韦宁负直接监管责任。\n当班调度员柯远未及时派车。\n"
                + "南湖医院发布通报。公司总经理苗青介绍了情况。\n江城市卫健委责成南湖医院免去刘平院长职务。";
        List<Role> l = Docs.zh(text, "2023-01-07").company("东岭集团").hospital("北山医院").hospital("南湖医院")
                .regulator("江城市卫健委").person("王一鸣").person("孙立").person("韦宁").person("柯远").person("苗青").person("刘平")
                .facts(Role.class);
        assertEquals(Set.of("王一鸣|东岭集团|董事长", "孙立|北山医院|院长", "韦宁|北山医院|医务科科长", "柯远|北山医院|调度员",
                "苗青|南湖医院|总经理", "刘平|南湖医院|院长"), rows(l));
    }

    @Test
    void aGroupsChairmanIsAtTheGroup() {
        List<Role> l = Docs.zh("海湾医疗集团旗下南湖医院开业。集团主席周强出席。", "2023-01-07")
                .company("海湾医疗集团").hospital("南湖医院").person("周强").facts(Role.class);
        assertEquals(Set.of("周强|海湾医疗集团|主席"), rows(l));
    }

    @Test
    void personWithoutRoleWordHasNoRole() {
        List<Role> l = Docs.zh("东岭集团王一鸣出席。", "2023-01-07").company("东岭集团").person("王一鸣").facts(Role.class);
        assertEquals(Set.of(), rows(l));
    }

    @Test
    void roleAfterThePerson() {
        List<Role> l = Docs.zh("王一鸣(东岭集团董事长)出席。孙立,北山医院院长,介绍了情况。刘平担任南湖医院党委书记、院长。"
                        + "据介绍,周安自2017年起担任东城医院副院长。汤立现任东城医院医务部主任。卫健局决定免去冯文西城医院副院长职务。", "2023-01-07")
                .company("东岭集团").hospital("北山医院").hospital("南湖医院").person("王一鸣").person("孙立").person("刘平")
                .hospital("东城医院").person("周安").person("汤立").hospital("西城医院").person("冯文")
                .facts(Role.class);
        assertEquals(Set.of("王一鸣|东岭集团|董事长", "孙立|北山医院|院长", "刘平|南湖医院|党委书记、院长",
                "周安|东城医院|副院长", "汤立|东城医院|医务部主任", "冯文|西城医院|副院长"), rows(l));
    }

    @Test
    void unnamedOrgOfAHospitalRoleIsAHospital() {
        List<Role> l = Docs.zh("据江城市纪委监委消息,北山医院一名副院长被查。据悉,江城市纪委监委通报,副院长赵启明已被停职。", "2023-01-07")
                .regulator("江城市纪委监委").hospital("北山医院").person("赵启明").facts(Role.class);
        assertEquals(Set.of("赵启明|北山医院|副院长"), rows(l));
    }

    @Test
    void appointedByYouLabelLinesAndGroupRoles() {
        List<Role> l = Docs.zh("河口骨科医院换帅。\n河口骨科医院院长由周立新担任。\n法定代表人:吴海\n"
                        + "松坪医疗集团旗下有多家医院。河口口腔医院开业。集团行政总裁郑云出席,与护士钱芳交流。", "2023-03-10")
                .hospital("河口骨科医院").hospital("河口口腔医院").company("松坪医疗集团")
                .person("周立新").person("吴海").person("郑云").person("钱芳").facts(Role.class);
        assertEquals(Set.of("周立新|河口骨科医院|院长", "吴海|河口骨科医院|法定代表人", "郑云|松坪医疗集团|行政总裁",
                "钱芳|河口口腔医院|护士"), rows(l));
    }

    @Test
    void englishTitleBeforeTheNameIsARoleAtTheOrganisationInFocus() {
        List<Role> l = Docs.lang("en", "Eastridge Holdings runs North Hill Hospital and Lakeside Clinic.\n\"We will grow,\" Chairman "
                        + "Wang Dali said.\nPresident Li Ping of North Hill Hospital agreed.\nDean Zhou Min spoke last.", "2022-12-05")
                .company("Eastridge Holdings").hospital("North Hill Hospital").hospital("Lakeside Clinic")
                .person("Wang Dali").person("Li Ping").person("Zhou Min").facts(Role.class);
        assertEquals(Set.of("Wang Dali|Eastridge Holdings|Chairman", "Li Ping|North Hill Hospital|President",
                "Zhou Min|North Hill Hospital|Dean"), rows(l));
    }

    @Test
    void electedTheAlliancesFirstChairman() {
        String text = "江城儿童康复专科联盟今日成立。\n大会审议通过了章程。\n会议选举了理事会。\n与会代表进行了讨论。\n"
                + "南湖医院院长孙立当选联盟首届理事长。";
        List<Role> l = Docs.zh(text, "2024-05-08").alliance("江城儿童康复专科联盟").hospital("南湖医院").person("孙立").facts(Role.class);
        assertEquals(Set.of("孙立|南湖医院|院长", "孙立|江城儿童康复专科联盟|理事长"), rows(l));
    }

    @Test
    void dismissedFromTheRoleOfAnOrganisationAfterDe() {
        List<Role> l = Docs.zh("区卫生健康委员会已免去孙立的南湖社区卫生服务中心主任职务。", "2024-05-08")
                .regulator("区卫生健康委员会").hospital("南湖社区卫生服务中心").person("孙立").facts(Role.class);
        assertEquals(Set.of("孙立|南湖社区卫生服务中心|主任"), rows(l));
    }

    @Test
    void labelLinesOfAFactSheetAreRolesAtItsCompany() {
        String text = "南湖医疗集团股份有限公司简介\n股票代码:301800。\n上市交易所:深圳证券交易所。\n办公地址:江城市。\n董事长:孙立。\n总经理:钱进。";
        List<Role> l = Docs.zh(text, "2025-04-24").company("南湖医疗集团股份有限公司").regulator("深圳证券交易所").person("孙立")
                .person("钱进").facts(Role.class);
        assertEquals(Set.of("孙立|南湖医疗集团股份有限公司|董事长", "钱进|南湖医疗集团股份有限公司|总经理"), rows(l));
    }

    @Test
    void appointedComradesAndTheRoleTheyLeave() {
        String text = "经委党组研究决定:\n任命孙立同志为南湖医院院长(试用期一年);\n任命钱进同志为南湖医院党委书记;\n免去赵明同志的北山医院副院长职务。";
        List<Role> l = Docs.zh(text, "2024-10-09").hospital("南湖医院").hospital("北山医院").person("孙立").person("钱进")
                .person("赵明").facts(Role.class);
        assertEquals(Set.of("孙立|南湖医院|院长", "钱进|南湖医院|党委书记", "赵明|北山医院|副院长"), rows(l));
    }

    @Test
    void rolesLeftTransferredToAndHeldInADepartment() {
        String text = "南湖医院方面,孙立不再担任南湖医院党委书记。\n原江城区卫生健康委员会医政医管科科长钱进调任该院党委书记。";
        List<Role> l = Docs.zh(text, "2025-03-04").hospital("南湖医院").hospital("该院", "南湖医院").regulator("江城区卫生健康委员会")
                .person("孙立").person("钱进").facts(Role.class);
        assertEquals(Set.of("孙立|南湖医院|党委书记", "钱进|江城区卫生健康委员会|医政医管科科长", "钱进|南湖医院|党委书记"), rows(l));
    }

    @Test
    void aPostTakenAwayFromAComrade() {
        List<Role> l = Docs.zh("免去钱晓东同志南湖医院院长职务(退休)。", "2024-01-08").hospital("南湖医院").person("钱晓东").facts(Role.class);
        assertEquals(Set.of("钱晓东|南湖医院|院长"), rows(l));
    }
}
