package org.w3id.hkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.DocumentContext;
import org.w3id.hkg.extract.Entity;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Mention;

class EntityRecognizerTest {
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        recognizer = new EntityRecognizer(Docs.data());
    }

    private static Map<String, EntityType> entities(String text) {
        DocumentContext ctx = recognizer.prepare(Docs.doc("t.txt", text));
        List<Mention> ms = recognizer.find(ctx);
        for (Mention m : ms) {
            assertEquals(m.surface(), text.substring(m.begin(), m.end()));
        }
        return recognizer.entities(ctx, ms).stream()
                .collect(Collectors.toMap(e -> e.ref().name(), e -> e.ref().type(), (a, b) -> a));
    }

    private static List<Mention> mentions(String text) {
        return recognizer.find(recognizer.prepare(Docs.doc("t.txt", text)));
    }

    @Test
    void hospitalAndPersonWithRole() {
        Map<String, EntityType> es = entities("近日,东莞康华医院发生一起医疗纠纷,总经理李明华被停职。");
        assertEquals(EntityType.HOSPITAL, es.get("东莞康华医院"));
        assertEquals(EntityType.PERSON, es.get("李明华"));
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void namesWithATwoCharacterFamilyNameStayWhole() {
        Map<String, EntityType> es = entities("司马明辉担任院长。该院院长上官秀英表示,将配合调查。"
                + "监管部门对南湖医疗及其董事长兼法定代表人欧阳建国给予警告。");
        assertEquals(EntityType.PERSON, es.get("司马明辉"), es.toString());
        assertEquals(EntityType.PERSON, es.get("上官秀英"), es.toString());
        assertEquals(EntityType.PERSON, es.get("欧阳建国"), es.toString());
        assertFalse(es.containsKey("司马明") || es.containsKey("上官"), es.toString());
        Map<String, EntityType> oneCharacter = entities("董事长欧阳修表示,公司将整改。");
        assertEquals(EntityType.PERSON, oneCharacter.get("欧阳修"), oneCharacter.toString());
    }

    @Test
    void placesTheSegmenterSpellsInPiecesStayInTheName() {
        Map<String, EntityType> es = entities("经查,旌德县白地镇卫生院存在超标准收费问题。"
                + "针对信州区青石街道和顺门诊部违规输液一事,广丰区卫健委对和顺门诊部予以通报批评。");
        assertEquals(EntityType.HOSPITAL, es.get("旌德县白地镇卫生院"), es.toString());
        assertEquals(EntityType.HOSPITAL, es.get("信州区青石街道和顺门诊部"), es.toString());
        assertEquals(EntityType.REGULATOR, es.get("广丰区卫健委"), es.toString());
        assertFalse(es.containsKey("和顺门诊部") || es.containsKey("街道和顺门诊部") || es.containsKey("区卫健委"),
                "the short form is the same clinic; no name starts inside a place: " + es);
        Map<String, EntityType> moving = entities("患者经绿色通道转诊至市二院。他们为市医院捐款。");
        assertTrue(moving.keySet().stream().noneMatch(n -> n.contains("至") || n.contains("为")), moving.toString());
    }

    @Test
    void theClinicInFocus() {
        List<Mention> ms = mentions("江城南湖美容诊所发布虚假广告。区市场监管局对该诊所作出处罚,该诊所隶属于东岭医美管理有限公司。");
        assertEquals(List.of("江城南湖美容诊所", "江城南湖美容诊所"), ms.stream().filter(m -> m.surface().equals("该诊所"))
                .map(m -> m.ref().name()).toList());
    }

    @Test
    void theCompanyAfterAnAcquisitionIsTheBuyer() {
        List<Mention> ms = mentions("海湾医疗股份有限公司1月9日晚间公告,公司以现金2亿元收购北城医院有限公司70%股权,"
                + "北城医院正式成为公司控股子公司。");
        List<String> company = ms.stream().filter(m -> m.surface().equals("公司")).map(m -> m.ref().name()).toList();
        assertEquals(List.of("海湾医疗股份有限公司", "海湾医疗股份有限公司"), company);
    }

    @Test
    void aCityTheSegmenterTagsAsANameIsThePlaceOfTheOrganisationAfterIt() {
        Map<String, EntityType> es = entities("吴忠市金积区卫生健康局相关负责人介绍,组建医联体是重要举措。");
        assertEquals(Map.of("吴忠市金积区卫生健康局", EntityType.REGULATOR), es);
    }

    @Test
    void descriptionsBeforeOrInsteadOfANameAreNoNames() {
        Map<String, EntityType> es = entities("上交所科创板上市公司海湾医疗股份有限公司今日公告,详情请见公司同日披露的文件。"
                + "各区市场监督管理局、各医疗机构:请遵照执行。");
        assertEquals(Map.of("上海证券交易所", EntityType.REGULATOR, "海湾医疗股份有限公司", EntityType.COMPANY), es);
    }

    @Test
    void kindsOfOrganisationOneCharacterAndReportWordsAreNoNames() {
        Map<String, EntityType> es = entities("江城民营医院集团海湾医疗今日公告。患者转入江城市一家三甲医院。"
                + "报告期内公司营收增长。公司主要子公司经营正常。");
        assertTrue(es.keySet().stream().noneMatch(n -> n.contains("民营") || n.equals("甲医院") || n.contains("报告期")
                || n.contains("主要")), es.toString());
    }

    @Test
    void aVerbOfServingBeforeTheCityIsNoPartOfTheRegulator() {
        Map<String, EntityType> es = entities("王海燕此前任市卫健委医政科科长。");
        assertEquals(EntityType.REGULATOR, es.get("市卫健委"), es.toString());
        assertFalse(es.containsKey("任市卫健委"), es.toString());
    }

    @Test
    void aListOfNamesOnePerLineSignsNoLetter() {
        List<Mention> ms = mentions("由南湖医院牵头的联盟在我院成立。\n成员单位:\n北山医院\n西岭医院\n我院将培训成员单位医师。");
        assertEquals("南湖医院", ms.stream().filter(m -> m.surface().equals("我院")).map(m -> m.ref().name()).findFirst().orElse(null),
                "我院 is the hospital named before, not the list's first name read as a letter's signature");
    }

    @Test
    void whatACompanyIsBeforeItsNameAndACopulaAreNoPartOfIt() {
        Map<String, EntityType> es = entities("另讯 上市公司海湾医疗(603999)今晚公告。东岭医疗投资有限公司系南湖医疗集团有限公司的全资子公司。"
                + "北交所对公司给予通报批评。我院是不是要和北山心脏医院合并?");
        assertEquals(Map.of("海湾医疗", EntityType.COMPANY, "东岭医疗投资有限公司", EntityType.COMPANY, "南湖医疗集团有限公司",
                EntityType.COMPANY, "北京证券交易所", EntityType.REGULATOR, "北山心脏医院", EntityType.HOSPITAL), es);
    }

    @Test
    void aPartysLabelInAJudgmentIsNoPartOfItsName() {
        Map<String, EntityType> es = entities("上诉人南湖医院有限公司因与被上诉人林某医疗损害责任纠纷一案,不服一审判决。"
                + "被告北山诊所未到庭。");
        assertEquals(Map.of("南湖医院", EntityType.HOSPITAL, "北山诊所", EntityType.HOSPITAL), es);
    }

    @Test
    void aShortNameDeclaredForAReportIsNoCompanyAndAnInquiryLettersYouIsItsAddressee() {
        List<Mention> ms = mentions("海湾医疗集团股份有限公司:\n我部在对你公司2023年年度报告(以下简称\"年报\")进行审查时,关注到以下情况。"
                + "年报显示,你公司通过全资子公司南湖医院管理有限公司持有北山医院有限公司70%股权。东岭控股(以下简称\"东岭\")为其股东。");
        assertTrue(ms.stream().noneMatch(m -> m.ref().name().equals("年报")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.ref().name().equals("东岭")), "a short name abbreviating what precedes it");
        assertEquals(List.of("海湾医疗集团股份有限公司", "海湾医疗集团股份有限公司"), ms.stream().filter(m -> m.surface().equals("你公司"))
                .map(m -> m.ref().name()).toList());
    }

    @Test
    void twoBodiesActingJointlyAreTwoNames() {
        Map<String, EntityType> es = entities("江城市医保局联合市卫生健康局开展专项检查。");
        assertTrue(es.keySet().stream().noneMatch(n -> n.contains("联合")), es.toString());
        assertEquals(EntityType.REGULATOR, es.get("江城市医保局"), es.toString());
    }

    @Test
    void appointmentsFrameTheNamesTheSegmenterCut() {
        Map<String, EntityType> es = entities("董事会同意聘任蒲怀瑾为公司总经理。其中,覃思源被聘任为南湖医院院长;"
                + "韦丽萍被任命为南湖医院党委书记。医院已免去欧阳牧之的院长职务。");
        for (String name : List.of("蒲怀瑾", "覃思源", "韦丽萍", "欧阳牧之")) {
            assertEquals(EntityType.PERSON, es.get(name), es.toString());
        }
        assertFalse(es.containsKey("欧阳牧") || es.containsKey("韦丽"), es.toString());
    }

    @Test
    void givenNamesEndingInZhiAndFourCharacterNamesInLoneCharactersStayWhole() {
        Map<String, EntityType> es = entities("院长欧阳牧之已带队登门致歉。由原副院长卓玛央金出任执行院长。");
        assertEquals(EntityType.PERSON, es.get("欧阳牧之"), es.toString());
        assertEquals(EntityType.PERSON, es.get("卓玛央金"), es.toString());
        assertFalse(es.containsKey("欧阳牧") || es.containsKey("卓玛"), es.toString());
    }

    @Test
    void aNameAfterItsLabelIsAPerson() {
        Map<String, EntityType> es = entities("姓名:蒲怀瑾,职务:董事长,性别:男。");
        assertEquals(EntityType.PERSON, es.get("蒲怀瑾"), es.toString());
    }

    @Test
    void countsOfOrganisationsAndTheOneInvolvedAreNoNames() {
        Map<String, EntityType> es = entities("南湖医院将向三家卫生院派驻医师。该集团在江城省内经营多间医院。"
                + "卫健部门约谈涉事医院负责人。江城两間私立婦兒醫院開業。");
        assertEquals(Map.of("南湖医院", EntityType.HOSPITAL), es);
    }

    @Test
    void namesWithoutACommonFamilyNameBetweenATitleAndAVerbAndAfterASplitTitle() {
        Map<String, EntityType> es = entities("江城市卫生健康委员会副主任萨仁娜表示,将给予支持。北山门诊部的法定代表人为钱晓东。");
        assertEquals(EntityType.PERSON, es.get("萨仁娜"), es.toString());
        assertEquals(EntityType.PERSON, es.get("钱晓东"), es.toString());
        assertFalse(entities("院长张某某表示,将配合调查。").containsKey("张某某"), "a pseudonym stays none");
        assertEquals(EntityType.PERSON, entities("一、东关医院副院长许丽娟违规收受礼金问题。").get("许丽娟"),
                "a family name the segmenter took for a verb (许/v 丽娟/nz)");
        assertFalse(entities("东关医院院长许可证被吊销。").containsValue(EntityType.PERSON));
    }

    @Test
    void localBureausOfTheSecuritiesRegulatorByTheirShortNames() {
        Map<String, EntityType> es = entities("南湖医疗股份有限公司收到湖南证监局出具的警示函。");
        assertEquals(EntityType.REGULATOR, es.get("中国证券监督管理委员会湖南监管局"), es.toString());
    }

    @Test
    void aPlaceAndANumberNameAHospitalNotAPerson() {
        Map<String, EntityType> es = entities("衡水二院党委书记李建华被停职。");
        assertEquals(EntityType.HOSPITAL, es.get("衡水二院"));
        assertEquals(EntityType.PERSON, es.get("李建华"));
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void regulatorsWithPlaceOnly() {
        Map<String, EntityType> es = entities("经查,南京市卫生健康委员会和江苏省市场监督管理局对其作出罚款决定。");
        assertEquals(EntityType.REGULATOR, es.get("南京市卫生健康委员会"));
        assertEquals(EntityType.REGULATOR, es.get("江苏省市场监督管理局"));
    }

    @Test
    void aCloseKnitMedicalGroupLedByAHospitalIsAnAlliance() {
        Map<String, EntityType> es = entities("5月9日,宁德市人民医院牵头组建的宁德市紧密型医疗集团揭牌。");
        assertEquals(EntityType.ALLIANCE, es.get("宁德市紧密型医疗集团"));
        assertEquals(EntityType.HOSPITAL, es.get("宁德市人民医院"));
    }

    @Test
    void descriptionsAreNotNames() {
        Map<String, EntityType> es = entities("该市一家民营医院是三级甲等综合医院,也是成员医院,医疗机构众多;患者李某某和赵某投诉。");
        assertTrue(es.isEmpty(), es.toString());
    }

    @Test
    void bylineIsNotAPerson() {
        Map<String, EntityType> es = entities("本报讯(记者 王小明)成都华康医院今日开业。");
        assertEquals(Map.of("成都华康医院", EntityType.HOSPITAL), es);
    }

    @Test
    void letterAnaphorsResolveToTheSignature() {
        String text = "致歉信\n我院在接诊中存在过失,我们深表歉意。\n感谢社会各界对我院的监督。\n长沙仁和医院\n2023年3月1日";
        List<Mention> ms = mentions(text);
        long ours = ms.stream().filter(m -> m.surface().equals("我院") && m.ref().name().equals("长沙仁和医院")).count();
        assertEquals(2, ours);
    }

    @Test
    void declaredShortNameAndStockCode() {
        String text = "杭州明德医疗投资股份有限公司(以下简称“明德医疗”)旗下杭州明德医院今日开业。明德医疗(600999)股价上涨。";
        List<Mention> ms = mentions(text);
        assertTrue(ms.stream().filter(m -> m.surface().equals("明德医疗"))
                .allMatch(m -> m.ref().name().equals("杭州明德医疗投资股份有限公司")), ms.toString());
        assertEquals(2, ms.stream().filter(m -> m.surface().equals("明德医疗")).count());
        assertTrue(ms.stream().anyMatch(m -> m.ref().name().equals("杭州明德医院") && m.ref().type() == EntityType.HOSPITAL));
    }

    @Test
    void shortNameOfAHospitalResolvesToItsFullName() {
        List<Mention> ms = mentions("福州华侨医院因违规被罚。华侨医院回应称将整改。");
        assertTrue(ms.stream().allMatch(m -> m.ref().name().equals("福州华侨医院")), ms.toString());
        assertEquals(2, ms.size());
    }

    @Test
    void hospitalWithLegalFormIsTheHospital() {
        DocumentContext ctx = recognizer.prepare(Docs.doc("t.txt", "厦门安康医院有限公司(普通合伙)被罚款,厦门安康医院表示接受。"));
        List<Entity> es = recognizer.entities(ctx, recognizer.find(ctx));
        assertEquals(1, es.size(), es.toString());
        assertEquals("厦门安康医院", es.get(0).ref().name());
        assertTrue(es.get(0).aliases().contains("厦门安康医院有限公司(普通合伙)"), es.get(0).aliases().toString());
    }

    @Test
    void traditionalTextGivesSimplifiedNamesWithTraditionalAliases() {
        DocumentContext ctx = recognizer.prepare(Docs.doc("t.txt", "廣州市衛生健康委員會主任陳志強表示,將嚴肅處理。"));
        List<Entity> es = recognizer.entities(ctx, recognizer.find(ctx));
        Entity reg = es.stream().filter(e -> e.ref().type() == EntityType.REGULATOR).findFirst().orElseThrow();
        assertEquals("广州市卫生健康委员会", reg.ref().name());
        assertTrue(reg.aliases().contains("廣州市衛生健康委員會"));
        assertTrue(es.stream().anyMatch(e -> e.ref().name().equals("陈志强") && e.ref().type() == EntityType.PERSON), es.toString());
    }

    @Test
    void englishOrganisationsAndPersons() {
        Map<String, EntityType> es = entities("\"We are proud,\" said Wei Zhang, chairman of Hangzhou Mingde Medical Investment."
                + " Hangzhou Mingde Hospital and Ningbo Kangning Hospital joined the Global Heart Care Network.");
        assertEquals(EntityType.PERSON, es.get("Wei Zhang"));
        assertEquals(EntityType.COMPANY, es.get("Hangzhou Mingde Medical Investment"));
        assertEquals(EntityType.HOSPITAL, es.get("Hangzhou Mingde Hospital"));
        assertEquals(EntityType.HOSPITAL, es.get("Ningbo Kangning Hospital"));
        assertEquals(EntityType.ALLIANCE, es.get("Global Heart Care Network"));
    }

    @Test
    void bracketedEnglishNameIsAnAliasAndCompanyAnaphorResolves() {
        String text = "长城健康集团(Great Wall Health Group)今日公告。该公司表示,业务正常。";
        List<Mention> ms = mentions(text);
        assertTrue(ms.stream().filter(m -> m.surface().equals("Great Wall Health Group"))
                .allMatch(m -> m.ref().name().equals("长城健康集团")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("该公司") && m.ref().name().equals("长城健康集团")), ms.toString());
        assertFalse(ms.isEmpty());
    }

    @Test
    void genericKindsOfOrganisationAreNotNames() {
        Map<String, EntityType> es = entities("他先后在儿童医院、眼科医院和附近的大医院就诊,一家保险公司也被约谈。");
        assertTrue(es.isEmpty(), es.toString());
    }

    @Test
    void managementCompanyOfAHospitalIsACompany() {
        Map<String, EntityType> es = entities("扬州市卫生健康局对九江润泽医院管理有限公司作出行政处罚决定。");
        assertEquals(EntityType.COMPANY, es.get("九江润泽医院管理有限公司"));
        assertEquals(EntityType.REGULATOR, es.get("扬州市卫生健康局"));
    }

    @Test
    void personWrittenBeforeTheOrganisation() {
        Map<String, EntityType> es = entities("市场监管局决定免去赵明远仁济医院执行院长职务。");
        assertEquals(EntityType.PERSON, es.get("赵明远"));
        assertEquals(EntityType.HOSPITAL, es.get("仁济医院"));
    }

    @Test
    void knownShortNamesAndDistrictNamedHospitals() {
        Map<String, EntityType> es = entities("深交所向该公司发出关注函。患者从南京鼓楼医院转院。");
        assertEquals(EntityType.REGULATOR, es.get("深圳证券交易所"));
        assertEquals(EntityType.HOSPITAL, es.get("南京鼓楼医院"));
    }

    @Test
    void aDescriptionOfAnotherOrganisationIsNotANewName() {
        Map<String, EntityType> es = entities("长城医疗集团(简称“长城”)宣布,长城附属医院网络将扩大。");
        assertEquals(Map.of("长城医疗集团", EntityType.COMPANY), es);
    }

    @Test
    void allianceNamedAfterItsLeadHospital() {
        Map<String, EntityType> es = entities("社区中心正式成为南昌市第三人民医院紧密型医联体成员单位。");
        assertEquals(EntityType.ALLIANCE, es.get("南昌市第三人民医院紧密型医联体"), es.toString());
    }

    @Test
    void quantitiesFootersAndPrepositionsAreNotPartOfNames() {
        Map<String, EntityType> es = entities("该集团旗下有30余家眼科医院。\n经县卫生健康局调查,两县中医院均无问题。\n版权所有:某某县人民政府");
        assertEquals(Map.of("县卫生健康局", EntityType.REGULATOR), es);
    }

    @Test
    void copulaRoleAndBareCountyNames() {
        Map<String, EntityType> es = entities("长治康宁医院董事长为李文军。阳城县人民医院发布通报,县人民医院将整改。");
        assertEquals(EntityType.PERSON, es.get("李文军"), es.toString());
        assertEquals(EntityType.HOSPITAL, es.get("阳城县人民医院"));
        assertFalse(es.containsKey("县人民医院"), es.toString());
    }

    @Test
    void englishHospitalAnaphor() {
        List<Mention> ms = mentions("Ningbo Kangning Hospital was fined. The hospital said it would comply.");
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("The hospital") && m.ref().name().equals("Ningbo Kangning Hospital")),
                ms.toString());
    }

    @Test
    void uncommonPlacesBrandsWithConjunctionCharactersAndSubOffices() {
        Map<String, EntityType> es = entities("霍林郭勒仁和医院被约谈。杭州市卫生健康委员会综合监督执法局对其作出处罚。");
        assertEquals(EntityType.HOSPITAL, es.get("霍林郭勒仁和医院"), es.toString());
        assertEquals(EntityType.REGULATOR, es.get("杭州市卫生健康委员会综合监督执法局"), es.toString());
    }

    @Test
    void learningAcrossDocumentsIsOptIn() {
        String text = "杭州明德医疗投资股份有限公司发布公告。";
        recognizer.find(recognizer.prepare(Docs.doc("a.txt", text)));
        assertEquals(0, recognizer.known().learnedCount());
        EntityRecognizer learner = new EntityRecognizer(Docs.data(), new KnownNames(Docs.data()), true);
        learner.find(learner.prepare(Docs.doc("a.txt", text)));
        assertTrue(learner.known().learnedCount() > 0);
        assertEquals(new org.w3id.hkg.extract.EntityRef("杭州明德医疗投资股份有限公司", EntityType.COMPANY),
                learner.known().lookup("杭州明德医疗投资股份有限公司"));
    }

    @Test
    void uncommonBrandWordsBetweenPlaceAndSuffix() {
        Map<String, EntityType> es = entities("据通报，西宁北岸妇产医院发生一起医疗事故。北岸医疗集团有限公司为其举办方。");
        assertEquals(EntityType.HOSPITAL, es.get("西宁北岸妇产医院"), es.toString());
        assertEquals(EntityType.COMPANY, es.get("北岸医疗集团有限公司"), es.toString());
        Map<String, EntityType> split = entities("乌海东原妇产医院被处罚，东原医疗集团有限公司被约谈。");
        assertEquals(EntityType.HOSPITAL, split.get("乌海东原妇产医院"), split.toString());
        Map<String, EntityType> generic = entities("包头多家妇产医院被约谈，西宁一家妇产医院被处罚。");
        assertTrue(generic.isEmpty(), generic.toString());
    }

    @Test
    void personBeforeDepartmentRoleOrAfterSanctionWord() {
        assertEquals(EntityType.PERSON, entities("免去李华妇产科护士长职务。").get("李华"));
        assertEquals(EntityType.PERSON, entities("市卫健委给予刘洋产科护士长记过处分。").get("刘洋"));
        assertEquals(EntityType.PERSON, entities("急诊科护士长王芳表示，患者已经送医。").get("王芳"));
        assertEquals(EntityType.PERSON, entities("对周敏予以停职处理。").get("周敏"));
    }

    @Test
    void fourCharacterNamesWithoutDotStayWhole() {
        assertEquals(EntityType.PERSON, entities("院长索朗顿珠表示，医院将整改。").get("索朗顿珠"));
        assertEquals(EntityType.PERSON, entities("阿木古楞院长被约谈。").get("阿木古楞"));
    }

    @Test
    void noJunkPersons() {
        Map<String, EntityType> es = entities("患者经送医抢救无效死亡。南昌宏康及其关联公司受到处罚。");
        assertFalse(es.containsValue(EntityType.PERSON), es.toString());
        assertFalse(es.containsKey("关联公司"), es.toString());
    }

    @Test
    void enumeratedPlacesShareTheNameHead() {
        Map<String, EntityType> es = entities("玉泉区、新城区人民医院均被通报，科右前旗、科右中旗蒙医医院参与培训。");
        assertEquals(EntityType.HOSPITAL, es.get("玉泉区人民医院"), es.toString());
        assertEquals(EntityType.HOSPITAL, es.get("新城区人民医院"), es.toString());
        assertEquals(EntityType.HOSPITAL, es.get("科右前旗蒙医医院"), es.toString());
        assertEquals(EntityType.HOSPITAL, es.get("科右中旗蒙医医院"), es.toString());
    }

    @Test
    void descriptionsAndRegionModifiers() {
        Map<String, EntityType> es = entities("华信主营医院包括多家专科医院。会上，环渤海心血管医疗网络正式成立。");
        assertEquals(Map.of("环渤海心血管医疗网络", EntityType.ALLIANCE), es);
        Map<String, EntityType> regions = entities("泛珠三角区域中医专科联盟与中部六省心血管专科联盟签约。");
        assertEquals(EntityType.ALLIANCE, regions.get("泛珠三角区域中医专科联盟"), regions.toString());
        assertEquals(EntityType.ALLIANCE, regions.get("中部六省心血管专科联盟"), regions.toString());
        assertEquals(Map.of("长三角城市群妇幼健康联盟", EntityType.ALLIANCE), entities("长三角城市群妇幼健康联盟成立，该市成立健康联盟。"));
        Map<String, EntityType> en = entities("Gansu's Lanzhou Jincheng Hospital was fined.");
        assertEquals(Map.of("Lanzhou Jincheng Hospital", EntityType.HOSPITAL), en);
    }

    @Test
    void bracketedChineseNameAndNumeralPlaces() {
        assertEquals(Map.of("环太平洋肿瘤医疗网络", EntityType.ALLIANCE),
                entities("The Pacific Coast Cancer Care Network (环太平洋肿瘤医疗网络) was launched."));
        assertEquals(EntityType.HOSPITAL, entities("城关区人民医院与七里河区人民医院签约。").get("七里河区人民医院"));
        assertTrue(entities("全市三家区人民医院参加。").isEmpty());
    }

    @Test
    void englishNamesWithAndInsideTitledPersonsShortCompanyNamesAndANamedHospital() {
        String text = "Lakeview Health Group said Ningbo Lakeview Women and Children's Hospital and Ningbo Eastbay Hospital joined it. "
                + "Lakeview Health is listed. Chairman Zhou Jianguo said the Eastbay hospital was renovated.";
        Map<String, EntityType> es = entities(text);
        assertEquals(EntityType.HOSPITAL, es.get("Ningbo Lakeview Women and Children's Hospital"), es.toString());
        assertEquals(EntityType.PERSON, es.get("Zhou Jianguo"), es.toString());
        List<Mention> ms = mentions(text);
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("Lakeview Health") && m.ref().name().equals("Lakeview Health Group")),
                ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("the Eastbay hospital") && m.ref().name().equals("Ningbo Eastbay Hospital")),
                ms.toString());
        assertFalse(entities("Director General Wang Hai spoke.").containsKey("General Wang Hai"));
    }

    @Test
    void aPlaceWhoseFirstCharacterTheSegmenterCutOff() {
        Map<String, EntityType> es = entities("根据举报,汶南县卫生健康局对泸南县中医院开展核查。经查,淄河东康复医院也存在问题。");
        assertEquals(EntityType.REGULATOR, es.get("汶南县卫生健康局"), es.toString());
        assertEquals(EntityType.HOSPITAL, es.get("泸南县中医院"), es.toString());
        assertEquals(EntityType.HOSPITAL, es.get("淄河东康复医院"), es.toString());
        Map<String, EntityType> verb = entities("患者转至南县中医院治疗。");
        assertFalse(verb.containsKey("至南县中医院"), verb.toString());
    }

    @Test
    void inANoticeARegulatorSignsTheHospitalAnaphorIsTheHospitalNamedBefore() {
        List<Mention> ms = mentions("江城市医疗保障局关于骗保案例的通报\n一、江城康宁医院虚构诊疗案\n经查,该院骗取医保基金10万元。\n江城市医疗保障局\n2024年3月5日");
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("该院") && m.ref().name().equals("江城康宁医院")), ms.toString());
    }

    @Test
    void theNoticesPartyAndTheRegulatorSpeakingOfItself() {
        String text = "江城市卫生健康委员会行政处罚决定书\n当事人:江城康宁医院\n法定代表人:钱晓东\n本机关于2024年3月1日检查时发现,当事人使用非卫生技术人员。";
        List<Mention> ms = mentions(text);
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("当事人") && m.ref().name().equals("江城康宁医院")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("本机关") && m.ref().name().equals("江城市卫生健康委员会")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("钱晓东") && m.ref().type() == EntityType.PERSON), "a label line names a person");
        assertTrue(mentions("医患双方当事人均到场。").stream().noneMatch(m -> m.surface().equals("当事人")), "no party line, no party");
    }

    @Test
    void aQuotedAllianceWithItsDeclaredShortNameAHeadlineFormAndAGroupBelongedTo() {
        String text = "江城儿童康复专科联盟成立\n由南湖医院牵头发起的“江城地区双城经济圈儿童康复专科联盟”(以下简称“江城儿康联盟”)今日成立。"
                + "江城儿康联盟首批成员中,北山医院同属东岭医疗集团有限公司旗下。";
        List<Mention> ms = mentions(text);
        String full = "江城地区双城经济圈儿童康复专科联盟";
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("江城儿康联盟") && m.ref().name().equals(full)), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("江城儿童康复专科联盟") && m.ref().name().equals(full)), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.ref().name().equals("东岭医疗集团有限公司")), ms.toString());
        assertTrue(ms.stream().noneMatch(m -> m.surface().equals("成员中") || m.surface().startsWith("属")), ms.toString());
    }

    @Test
    void clausesAndDescriptionsBeforeASuffixAreNoNames() {
        Map<String, EntityType> es = entities("家属质疑医院隐瞒病情。分析人士称市场忧虑集团扩张过快,有人利用内幕信息买卖公司股票。"
                + "公司通过全资孙公司收购。各委属医院要带动区域内优质医院发展。南湖康复医院今日开业。");
        assertEquals(Map.of("南湖康复医院", EntityType.HOSPITAL), es);
    }

    @Test
    void aDottedNameEndsBeforeAFunctionCharacter() {
        Map<String, EntityType> es = entities("区卫生健康委员会已免去艾山江·买买提的南湖社区卫生服务中心主任职务;副主任热依拉·托合提被停职检查。");
        assertEquals(EntityType.PERSON, es.get("艾山江·买买提"), es.toString());
        assertEquals(EntityType.PERSON, es.get("热依拉·托合提"), es.toString());
    }

    @Test
    void inACompanysOwnReportTheCompanyIsTheReporterAndLabelLinesNamePeople() {
        String text = "南湖医疗集团股份有限公司2024年年度报告摘要\n总经理:邵明。\n注:东岭医院管理有限公司为公司全资子公司。\n"
                + "报告期内,公司完成对北山医院有限公司80%股权的收购。\n公司将继续推进并购。";
        List<Mention> ms = mentions(text);
        assertTrue(ms.stream().filter(m -> m.surface().equals("公司")).allMatch(m -> m.ref().name().equals("南湖医疗集团股份有限公司")),
                ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("邵明") && m.ref().type() == EntityType.PERSON), ms.toString());
        List<Mention> news = mentions("南湖医疗集团股份有限公司今日开业。东岭医院管理有限公司为南湖医院的股东。公司成立于2010年。");
        assertTrue(news.stream().filter(m -> m.surface().equals("公司")).allMatch(m -> m.ref().name().equals("东岭医院管理有限公司")),
                "no report, no reporter: " + news);
    }

    @Test
    void aGroupsBrandWithJituanIsItsShortName() {
        List<Mention> ms = mentions("南湖医院隶属于东岭医疗集团股份有限公司。东岭集团董事长孙立表示将配合调查。");
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("东岭集团") && m.ref().name().equals("东岭医疗集团股份有限公司")), ms.toString());
    }

    @Test
    void theFormerAndTheLatter() {
        List<Mention> ms = mentions("此后,南湖康复医院、北山眼科医院相继开业,前者以康复见长,后者则是全市唯一的眼科专科医院。");
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("前者") && m.ref().name().equals("南湖康复医院")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("后者") && m.ref().name().equals("北山眼科医院")), ms.toString());
    }

    @Test
    void anAllianceOfAPartOfAPlace() {
        assertEquals(Map.of("江城东部医联体", EntityType.ALLIANCE), entities("江城东部医联体今日成立。"));
        assertEquals(Map.of(), entities("北京医联体建设加快。"), "one place alone names no alliance");
    }

    @Test
    void englishHeadlinesHyphenatedRegionsTitlesAndCoLtd() {
        String text = "Lakeview Children's Hospital Joins Asia-Pacific Heart Care Network\n"
                + "\"We are proud,\" said Dr. Zhou Min, President of Lakeview Children's Hospital. "
                + "The hospital was founded in 2012 by Lakeview Medical Investment Co., Ltd. and opened in 2013.";
        Map<String, EntityType> es = entities(text);
        assertEquals(EntityType.HOSPITAL, es.get("Lakeview Children's Hospital"), es.toString());
        assertEquals(EntityType.ALLIANCE, es.get("Asia-Pacific Heart Care Network"), es.toString());
        assertEquals(EntityType.PERSON, es.get("Zhou Min"), es.toString());
        assertEquals(EntityType.COMPANY, es.get("Lakeview Medical Investment Co., Ltd."), es.toString());
        assertFalse(es.containsKey("Heart Care Network") || es.keySet().stream().anyMatch(k -> k.contains("Joins")), es.toString());
        Map<String, EntityType> verbs = entities("公司不会影响公司正常经营,相关情况将记入上市公司诚信档案。本公司股东东岭控股有限公司表示支持。");
        assertEquals(Map.of("东岭控股有限公司", EntityType.COMPANY), verbs, "verbs are no company's name, a shareholder's title no part of it");
    }

    @Test
    void aCharacterTheSegmenterTookForAnAdverbBetweenAPlaceAndTheSuffix() {
        assertEquals(Map.of("南阳宛康医院", EntityType.HOSPITAL), entities("同样被通报的还有南阳宛康医院。"));
    }

    @Test
    void aBrandWithTheSuffixIsTheShortNameOfTheFullName() {
        List<Mention> ms = mentions("记者从区市场监管局获悉,江城东关南湖医疗美容门诊部因发布违法广告被罚款。南湖门诊部表示接受处罚。");
        assertTrue(ms.stream().anyMatch(m -> m.surface().equals("南湖门诊部") && m.ref().name().equals("江城东关南湖医疗美容门诊部")), ms.toString());
    }

    @Test
    void anAdjectiveAfterAProperNounBeforeTheSuffix() {
        assertEquals(Map.of("南湖光谷怡和诊所", EntityType.HOSPITAL), entities("(三)南湖光谷怡和诊所。"));
    }

    @Test
    void aNameCutIntoTwoCharactersAndADepartmentBeforeItsHead() {
        Map<String, EntityType> es = entities("南湖医院方面,刘珊不再担任该院党委书记。原江城区卫生健康委员会医政医管科科长钱进调任该院党委书记。");
        assertEquals(EntityType.PERSON, es.get("刘珊"), es.toString());
        assertEquals(EntityType.PERSON, es.get("钱进"), es.toString());
        assertFalse(es.containsKey("管科"), es.toString());
    }

    @Test
    void aDeclaredShortNameShowsWhereACutNameStarts() {
        // the segmenter reads 湖/北汉/江 here: the short name declared after the name repairs its start
        Map<String, EntityType> es = entities("公司将股权转让给湖北汉江康养产业有限公司(以下简称“汉江康养”)。");
        assertEquals(EntityType.COMPANY, es.get("湖北汉江康养产业有限公司"), es.toString());
    }

    @Test
    void aRegionsPossessiveEndsBeforeTheNameButChildrensStays() {
        Map<String, EntityType> es = entities("Qinghe City's Lakeside Heart Hospital joined the network. Qinghe Women's and Children's Hospital did too.");
        assertEquals(EntityType.HOSPITAL, es.get("Lakeside Heart Hospital"), es.toString());
        assertEquals(EntityType.HOSPITAL, es.get("Qinghe Women's and Children's Hospital"), es.toString());
    }

    @Test
    void anAdjectiveAfterABrandTheSegmenterTagsAsAPersonsName() {
        assertEquals(Map.of("北京瑞和健康体检中心", EntityType.HOSPITAL), entities("一、北京瑞和健康体检中心未按规定告知受检者。"));
    }

    @Test
    void aVerbBeforeAnOrganisationIsNoPartOfItsName() {
        assertEquals(Map.of("东岭仁和医院", EntityType.HOSPITAL, "东岭博远医疗集团有限公司", EntityType.COMPANY),
                entities("家属起诉,要求东岭仁和医院及其所属的东岭博远医疗集团有限公司赔偿损失。"));
        assertEquals(Map.of("沅川仁爱妇产医院", EntityType.HOSPITAL), entities("法院作出判决,判令沅川仁爱妇产医院按照70%的责任比例赔偿。"));
        assertEquals(Map.of(), entities("患者于次日被转往上级医院抢救。"), "a higher-level hospital names none");
        assertEquals(Map.of("岚岭县人民医院", EntityType.HOSPITAL, "岚岭县中医医院", EntityType.HOSPITAL),
                entities("该公司全面托管岚岭县人民医院和岚岭县中医医院。"));
    }

    @Test
    void aGluedPrepositionOrPartyWordStaysOutOfTheName() {
        Map<String, EntityType> by = entities("经沅州市卫生健康委员会研究决定,免去王建国沅州市第二人民医院院长职务。");
        assertTrue(by.containsKey("沅州市卫生健康委员会"), by.toString());
        assertTrue(by.containsKey("沅州市第二人民医院"), by.toString());
        Map<String, EntityType> party = entities("原告将沅川仁爱妇产医院及其投资举办方沅川仁爱医疗投资管理有限公司诉至法院。");
        assertEquals(Map.of("沅川仁爱妇产医院", EntityType.HOSPITAL, "沅川仁爱医疗投资管理有限公司", EntityType.COMPANY), party);
    }

    @Test
    void aTermThatBeginsWithASuffixHeadsNoName() {
        assertEquals(Map.of("东岭市妇幼保健院", EntityType.HOSPITAL),
                entities("东岭市卫健委公布东岭市妇幼保健院新生儿科医院感染事件调查结果。").entrySet().stream()
                        .filter(e -> e.getValue() == EntityType.HOSPITAL)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Test
    void namesTheSegmenterGluedToATitleOrASpeechVerb() {
        assertTrue(entities("集团董事长田振军表示,集团将医疗健康作为主业。").containsKey("田振军"), "董事/长田振/军");
        assertTrue(entities("局长赵永华表示,改革后医院的公益性质不变。").containsKey("赵永华"), "赵永/华表/示");
        assertEquals(Map.of("张春梅", EntityType.PERSON), entities("院长\u3000张春梅"), "a heading: role, space, name");
        assertEquals(Map.of(), entities("本报讯(记者 张春梅)近日,"), "a byline names no one");
    }

    @Test
    void aPlaceTheDocumentNamesStartsANameItWasCutFrom() {
        Map<String, EntityType> e = entities("澜湾市市场监督管理局公布违法医疗广告典型案例。\n二、澜湾博爱男科医院发布虚假医疗广告案");
        assertTrue(e.containsKey("澜湾博爱男科医院"), e.toString());
        assertFalse(e.containsKey("博爱男科医院"), e.toString());
    }

    @Test
    void peopleListedAfterALabel() {
        Map<String, EntityType> e = entities("五、评审专家名单:钱立新、孙晓梅、周建国");
        assertEquals(Map.of("钱立新", EntityType.PERSON, "孙晓梅", EntityType.PERSON, "周建国", EntityType.PERSON), e);
        assertFalse(entities("小组成员:财务处、审计处").containsValue(EntityType.PERSON), "departments are no people");
    }

    @Test
    void aMacauClinicIsAHospital() {
        assertEquals(EntityType.HOSPITAL, entities("澳门南湾康泰医务所今日开业。").get("澳门南湾康泰医务所"));
    }

    @Test
    void aNameOfTheDocumentCompletesTheSameNameCutAfterAVerb() {
        List<Mention> ms = mentions("修江市人民医院被给予警告。\n东岭市卫健委并免去钱立新修江市人民医院院长职务。");
        assertEquals(2, ms.stream().filter(m -> m.surface().equals("修江市人民医院")).count(), ms.toString());
    }
}
