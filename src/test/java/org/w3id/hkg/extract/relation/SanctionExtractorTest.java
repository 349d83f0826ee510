package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.EntityType;
import org.w3id.hkg.extract.Sanction;

class SanctionExtractorTest {
    static Set<String> rows(List<Sanction> l) {
        return l.stream().map(x -> x.target().name() + "|" + x.measure() + "|" + (x.issuer() == null ? null : x.issuer().name())
                + "|" + x.date()).collect(Collectors.toSet());
    }

    @Test
    void enumeratedDecisionSectionsNameTheirTargets() {
        String text = "据江城市卫生健康委员会网站3月8日消息,两家医院延误救治,影响恶劣。经研究,对南湖医院、北山医院作出如下处理意见:\n"
                + "一、南湖医院处理意见\n1.停业整顿1个月;\n2.给予警告;\n3.总经理停职,免去医务科科长职务;\n4.全市通报批评,约谈该院主要负责人。\n"
                + "二、北山医院处理意见\n1.罚款5万元;\n2.责令限期整改。\n两所医院停业时间从即日起。";
        List<Sanction> l = Docs.zh(text, "2023-03-08").regulator("江城市卫生健康委员会").hospital("南湖医院").hospital("北山医院")
                .facts(Sanction.class);
        String w = "|江城市卫生健康委员会|2023-03-08";
        assertEquals(Set.of("南湖医院|suspension" + w, "南湖医院|warning" + w, "南湖医院|public-criticism" + w,
                "北山医院|fine" + w, "北山医院|rectification-order" + w), rows(l));
    }

    @Test
    void anItemOpeningWithItsTargetNamesTheTargetOfTheItemsLaterSentences() {
        String text = "江城市卫生健康委员会通报\n经研究,决定对下列医疗机构作如下处理:\n1. 南湖医院:记6分。存在病历书写不规范等问题。"
                + "给予通报批评,责令限期整改。\n2. 北山诊所:记3分。存在消毒记录缺失的问题。给予警告。";
        List<Sanction> l = Docs.zh(text, "2024-07-12").regulator("江城市卫生健康委员会").hospital("南湖医院").hospital("北山诊所")
                .facts(Sanction.class);
        assertEquals(Set.of("南湖医院|other", "南湖医院|public-criticism", "南湖医院|rectification-order", "北山诊所|other",
                "北山诊所|warning"), l.stream().map(x -> x.target().name() + "|" + x.measure()).collect(Collectors.toSet()));
    }

    @Test
    void proposedMeasuresAreNoDecisions() {
        String text = "南湖医疗股份有限公司收到江城证监局出具的《行政处罚事先告知书》。\n江城证监局拟决定:\n"
                + "1. 对南湖医疗股份有限公司给予警告,并处以100万元罚款;\n2. 对钱晓东给予警告,并处以50万元罚款。\n"
                + "江城证监局还拟对孙立处以20万元罚款。\n此前,江城证监局已于2024年3月1日对公司出具警示函。";
        List<Sanction> l = Docs.zh(text, "2024-11-07").company("南湖医疗股份有限公司").regulator("江城证监局").person("钱晓东")
                .person("孙立").name(EntityType.COMPANY, "公司", "南湖医疗股份有限公司").facts(Sanction.class);
        assertEquals(Set.of("南湖医疗股份有限公司|other|江城证监局|2024-03-01"), rows(l));
    }

    @Test
    void titledPeopleListedAfterTheCompanyAreTargetsAndTheSameDayIsTheDayStatedBefore() {
        String text = "6月10日晚间,南湖医疗股份有限公司公告称,公司及相关人员收到江城证监局出具的警示函。\n"
                + "江城证监局决定对南湖医疗、董事长兼法定代表人欧阳建国、财务总监钱丽萍分别采取出具警示函的监督管理措施。\n"
                + "同日,北京证券交易所对南湖医疗及欧阳建国给予通报批评的纪律处分。";
        List<Sanction> l = Docs.zh(text, "2025-06-11").company("南湖医疗股份有限公司").name(EntityType.COMPANY, "南湖医疗", "南湖医疗股份有限公司").regulator("江城证监局")
                .regulator("北京证券交易所").person("欧阳建国").person("钱丽萍").facts(Sanction.class);
        String csrc = "|other|江城证监局|2025-06-10";
        String bse = "|public-criticism|北京证券交易所|2025-06-10";
        assertEquals(Set.of("南湖医疗股份有限公司" + csrc, "欧阳建国" + csrc, "钱丽萍" + csrc,
                "南湖医疗股份有限公司" + bse, "欧阳建国" + bse), rows(l));
    }

    @Test
    void anOrganisationAndPeopleBeforeRespectivelyPairUpWithTheMeasuresOfTheirClause() {
        String text = "11月21日,经研究,决定对南湖医院、院长孙立、副院长钱进分别给予通报批评、党内严重警告、党内警告处分,"
                + "对赵明给予政务记过处分。";
        List<Sanction> l = Docs.zh(text, "2023-11-24").hospital("南湖医院").person("孙立").person("钱进").person("赵明")
                .facts(Sanction.class);
        assertEquals(Set.of("南湖医院|public-criticism|null|2023-11-21", "孙立|party-discipline|null|2023-11-21",
                "钱进|party-discipline|null|2023-11-21", "赵明|demerit|null|2023-11-21"), rows(l));
    }

    @Test
    void anOrderToStopAdvertisingAndConfiscatingFeesAreMeasures() {
        String text = "江城区市场监管局于8月9日对该诊所作出处罚:责令停止发布违法广告,在相应范围内消除影响;没收广告费用;罚款9万元。";
        List<Sanction> l = Docs.zh(text, "2024-08-15").regulator("江城区市场监管局")
                .name(EntityType.HOSPITAL, "该诊所", "南湖美容诊所").facts(Sanction.class);
        String w = "|江城区市场监管局|2024-08-09";
        assertEquals(Set.of("南湖美容诊所|rectification-order" + w, "南湖美容诊所|confiscation" + w, "南湖美容诊所|fine" + w),
                rows(l));
    }

    @Test
    void passiveSentencesWithChainedMeasuresAndCarriedDate() {
        String text = "5月6日晚,江城市委宣传部发通报称,江城市急救中心调度员刘一平工作失职,对患者王某负有责任,被开除。\n"
                + "江城市急救中心调度班长陈晓被党内严重警告、政务撤职;副主任高远被政务记过;其他2人被记过或警告。";
        List<Sanction> l = Docs.zh(text, "2023-05-07").regulator("江城市委宣传部").hospital("江城市急救中心")
                .person("刘一平").person("陈晓").person("高远").facts(Sanction.class);
        assertEquals(Set.of("刘一平|dismissal|null|2023-05-06", "陈晓|party-discipline|null|2023-05-06",
                "陈晓|dismissal|null|2023-05-06", "高远|demerit|null|2023-05-06"), rows(l));
    }

    @Test
    void regulatorPunishesThroughPronouns() {
        String text = "处罚决定书显示,东城医院(普通合伙)因出租科室,南湖区卫生健康局对其作出以下处罚决定:没收违法所得人民币5万元,罚款人民币10万元。\n"
                + "近日,北湖眼科医院有限公司因使用过期器械,被北湖区市场监督管理局依法处罚。\n"
                + "依据相关规定,北湖区市场监督管理局责令该院立即改正违法行为,并处以30000元罚款。";
        List<Sanction> l = Docs.zh(text, null).hospital("东城医院(普通合伙)", "东城医院").regulator("南湖区卫生健康局")
                .hospital("北湖眼科医院有限公司", "北湖眼科医院").regulator("北湖区市场监督管理局").facts(Sanction.class);
        assertEquals(Set.of("东城医院|confiscation|南湖区卫生健康局|null", "东城医院|fine|南湖区卫生健康局|null",
                "北湖眼科医院|rectification-order|北湖区市场监督管理局|null", "北湖眼科医院|fine|北湖区市场监督管理局|null"), rows(l));
    }

    @Test
    void hospitalLetterAcceptingTheDecisionIsDatedBySignature() {
        String text = "致歉信\n2023年2月1日,我院延误患者救治,我们深感痛心。\n我们真诚接受江城市卫生健康委员会的处理意见,即日起停业整顿。\n"
                + "南湖医院\n2023年2月9日";
        List<Sanction> l = Docs.zh(text, "2023-02-10").hospital("我院", "南湖医院").hospital("南湖医院")
                .regulator("江城市卫生健康委员会").facts(Sanction.class);
        assertEquals(Set.of("南湖医院|suspension|江城市卫生健康委员会|2023-02-09"), rows(l));
    }

    @Test
    void lawQuotesUnnamedPeopleAndPseudonymsAreNoSanctions() {
        String text = "法律规定,出租科室的医疗机构,将由县级以上卫生健康主管部门责令改正,没收违法所得,并处罚款。\n"
                + "最终,江城市卫生健康委依法给予赵某没收非法所得5万元、罚款8000元的行政处罚。\n"
                + "1月6日,南湖医院相关责任人被免职,总经理被停职。";
        List<Sanction> l = Docs.zh(text, "2023-01-07").regulator("江城市卫生健康委").hospital("南湖医院")
                .name(org.w3id.hkg.extract.EntityType.PERSON, "赵某", "赵某").facts(Sanction.class);
        assertEquals(Set.of(), rows(l));
    }

    @Test
    void datelineDatesASuspensionOfANamedManager() {
        String text = "新华财经1月6日电 近日,北山医院发生纠纷。总经理孙立被停职,医务部相关责任人被免职。";
        List<Sanction> l = Docs.zh(text, "2023-01-06").hospital("北山医院").person("孙立").facts(Sanction.class);
        assertEquals(Set.of("孙立|duty-suspension|null|2023-01-06"), rows(l));
    }

    @Test
    void activeObjectsPassivesWithReceiveAndSeveralTargets() {
        String text = "2023年3月1日,江城市卫生健康委员会对南湖医院给予警告、罚款3万元的行政处罚。\n"
                + "北山医院受到江城市市场监督管理局的行政处罚:罚款人民币2万元。\n"
                + "江城市卫生健康委员会对东城诊所、西城诊所分别处以罚款。\n"
                + "江城市卫生健康委员会通报批评南湖医院。\n"
                + "西城诊所被江城市卫生健康委员会责令停业整顿,并吊销其执业许可证。";
        List<Sanction> l = Docs.zh(text, "2023-03-05").regulator("江城市卫生健康委员会").regulator("江城市市场监督管理局")
                .hospital("南湖医院").hospital("北山医院").hospital("东城诊所").hospital("西城诊所").facts(Sanction.class);
        String w = "|江城市卫生健康委员会|2023-03-01";
        assertEquals(Set.of("南湖医院|warning" + w, "南湖医院|fine" + w, "北山医院|fine|江城市市场监督管理局|null",
                "东城诊所|fine" + w, "西城诊所|fine" + w, "南湖医院|public-criticism" + w, "西城诊所|suspension" + w,
                "西城诊所|license-revocation" + w), rows(l));
    }

    @Test
    void issuerCarriesToTheNextSentenceAndTheReportingSentenceDatesTheParagraph() {
        String text = "3月19日,滨江县卫生健康局发布通报称,南湖医院存在诊疗不规范问题。滨江县卫生健康局决定,给予南湖医院警告,并处罚款5万元。"
                + "责令该院限期整改。\n3月20日,滨江县卫生健康局发布通报称,北山医院存在问题。北山医院被罚款2万元。";
        List<Sanction> l = Docs.zh(text, "2023-03-21").regulator("滨江县卫生健康局").hospital("南湖医院").hospital("北山医院")
                .facts(Sanction.class);
        String w = "|滨江县卫生健康局|2023-03-19";
        assertEquals(Set.of("南湖医院|warning" + w, "南湖医院|fine" + w, "南湖医院|rectification-order" + w,
                "北山医院|fine|null|2023-03-20"), rows(l));
    }

    @Test
    void traditionalSuspensionOfAServiceAndWarning() {
        String text = "衛生署今日宣布,即日起暫停東灣醫院的日間手術服務,並對該院發出警告。";
        List<Sanction> l = Docs.lang("zh-Hant", text, "2023-02-08").hospital("東灣醫院").facts(Sanction.class);
        assertEquals(Set.of("東灣醫院|suspension|null|2023-02-08", "東灣醫院|warning|null|2023-02-08"), rows(l));
    }

    @Test
    void casesListedAsTopicLinesAndReasonClauses() {
        String text = "7月14日,青河市卫生健康委员会通报了一批违法违规典型案例。\n"
                + "一、青河和美医院:超范围开展诊疗活动,给予警告,罚款人民币3万元。\n"
                + "二、青河康乐门诊部:没收违法所得2万元,吊销《医疗机构执业许可证》。\n"
                + "另外,青河仁爱医院因管理混乱被约谈。";
        List<Sanction> l = Docs.zh(text, "2023-07-15").regulator("青河市卫生健康委员会").hospital("青河和美医院")
                .hospital("青河康乐门诊部").hospital("青河仁爱医院").facts(Sanction.class);
        String w = "|青河市卫生健康委员会|2023-07-14";
        assertEquals(Set.of("青河和美医院|warning" + w, "青河和美医院|fine" + w, "青河康乐门诊部|confiscation" + w,
                "青河康乐门诊部|license-revocation" + w, "青河仁爱医院|admonishment|null|null"), rows(l));
    }

    @Test
    void topicLineWithoutAnIntroduction() {
        List<Sanction> l = Docs.zh("3.青河博爱诊所:罚款5000元。", null).hospital("青河博爱诊所").facts(Sanction.class);
        assertEquals(Set.of("青河博爱诊所|fine|null|null"), rows(l));
    }

    @Test
    void finesInHeadlinesAndPersonalMeasures() {
        String text = "北湖诊所被罚20万元\n北湖诊所医生钱多多被吊销其医师执业证书,院长孙立被撤销院长职务。\n"
                + "西湖医院因非法行医,北湖区卫生健康局吊销其执业许可证。";
        List<Sanction> l = Docs.zh(text, "2023-07-15").hospital("北湖诊所").person("钱多多").person("孙立")
                .hospital("西湖医院").regulator("北湖区卫生健康局").facts(Sanction.class);
        assertEquals(Set.of("北湖诊所|fine|null|null", "钱多多|license-revocation|null|null", "孙立|dismissal|null|null",
                "西湖医院|license-revocation|北湖区卫生健康局|null"), rows(l));
    }

    @Test
    void decisionNoticeNamesItsParty() {
        String text = "行政处罚决定书\n当事人:南岭康复医院有限公司\n经查,当事人存在违法行为。\n南岭区卫生健康局依法作出如下处罚:\n1.警告;\n2.罚款人民币8000元。";
        List<Sanction> l = Docs.zh(text, "2023-07-15").hospital("南岭康复医院有限公司", "南岭康复医院").regulator("南岭区卫生健康局")
                .facts(Sanction.class);
        assertEquals(Set.of("南岭康复医院|warning|南岭区卫生健康局|null", "南岭康复医院|fine|南岭区卫生健康局|null"), rows(l));
    }

    @Test
    void aDecidingBodysAnnouncementNamesTheIssuerAPressOfficesDoesNot() {
        String text = "5月6日,江城市卫生健康委员会通报,南湖医院被罚款2万元。\n5月7日,江城市委宣传部通报,北山医院院长孙立被免职。\n"
                + "江城市卫生健康委员会同时约谈了东岭集团董事长赵强。";
        List<Sanction> l = Docs.zh(text, "2023-05-08").regulator("江城市卫生健康委员会").regulator("江城市委宣传部")
                .hospital("南湖医院").hospital("北山医院").person("孙立").company("东岭集团").person("赵强").facts(Sanction.class);
        assertEquals(Set.of("南湖医院|fine|江城市卫生健康委员会|2023-05-06", "孙立|dismissal|null|2023-05-07",
                "赵强|admonishment|江城市卫生健康委员会|2023-05-06"), rows(l));
    }

    @Test
    void possessiveObjectAndRoleHolderOfAnOrgObject() {
        String text = "经查,南湖医院存在超范围执业问题。2023年3月31日,滨江县卫生健康局决定没收其违法所得42000元,并责令限期改正。\n"
                + "滨江县卫生健康局给予北山医院医务部主任卢平记过处分。";
        List<Sanction> l = Docs.zh(text, "2023-04-02").regulator("滨江县卫生健康局").hospital("南湖医院").hospital("北山医院")
                .person("卢平").facts(Sanction.class);
        assertEquals(Set.of("南湖医院|confiscation|滨江县卫生健康局|2023-03-31", "南湖医院|rectification-order|滨江县卫生健康局|2023-03-31",
                "卢平|demerit|滨江县卫生健康局|2023-03-31"), rows(l));
    }

    @Test
    void aPlaceLeftOutOfTheNameStillNamesTheObject() {
        String text = "滨江县卫生健康局于2023年4月7日给予江城福康医院执行院长魏海记过处分。";
        List<Sanction> l = Docs.zh(text, "2023-04-08").regulator("滨江县卫生健康局").hospital("福康医院").person("魏海")
                .facts(Sanction.class);
        assertEquals(Set.of("魏海|demerit|滨江县卫生健康局|2023-04-07"), rows(l));
    }

    @Test
    void activePersonnelMeasures() {
        String text = "南湖医院院长孙立负主要领导责任,给予其党内严重警告处分。\n副院长周安负管理责任,予以撤职。\n"
                + "滨江县卫生健康局对新生儿科主任钱多作停职处理。\n滨江县卫生健康局约谈了北山医院董事长赵强。";
        List<Sanction> l = Docs.zh(text, null).hospital("南湖医院").hospital("北山医院").regulator("滨江县卫生健康局")
                .person("孙立").person("周安").person("钱多").person("赵强").facts(Sanction.class);
        assertEquals(Set.of("孙立|party-discipline|null|null", "周安|dismissal|null|null", "钱多|duty-suspension|滨江县卫生健康局|null",
                "赵强|admonishment|滨江县卫生健康局|null"), rows(l));
    }

    @Test
    void accountabilityListWithColonIntroStaffOfAnOrgAndLawQuotes() {
        String text = "5月18日,滨江县纪委监委通报了调查结果。\n近日,滨江县纪委监委对相关责任人进行了严肃问责:\n"
                + "(一)县医院党委书记周华负主要领导责任,给予其党内严重警告处分;\n(二)县医院院长孙立负主要领导责任,免去其院长职务。\n"
                + "同时,滨江县卫生健康局对南湖医院予以全县通报批评。\n滨江县医保局约谈该院负责人,追回违规基金28万元,并处罚款42万元。\n"
                + "《医疗机构管理条例》规定,由县级以上卫生行政部门责令其限期改正,并可处以罚款。";
        List<Sanction> l = Docs.zh(text, "2023-05-20").regulator("滨江县纪委监委").regulator("滨江县卫生健康局").regulator("滨江县医保局")
                .hospital("南湖医院").person("周华").person("孙立").facts(Sanction.class);
        assertEquals(Set.of("周华|party-discipline|滨江县纪委监委|2023-05-18", "孙立|dismissal|滨江县纪委监委|2023-05-18",
                "南湖医院|public-criticism|滨江县卫生健康局|null", "南湖医院|other|滨江县医保局|null", "南湖医院|fine|滨江县医保局|null"), rows(l));
    }

    @Test
    void aHospitalSuspendingItsOwnStaffIsTheIssuer() {
        String text = "我们诚恳接受江城市卫健委的处理决定,并已对新生儿科主任周丽予以停职处理。\n南湖医院";
        List<Sanction> l = Docs.zh(text, null).regulator("江城市卫健委").hospital("南湖医院").person("周丽").facts(Sanction.class);
        assertEquals(Set.of("周丽|duty-suspension|南湖医院|null"), rows(l));
    }

    @Test
    void closingLineGivesIssuerAndDateToTheListAbove() {
        String text = "滨江县卫健局经研究,对相关人员作出如下处理:\n1.免去南湖卫生院院长周华职务;\n2.吊销医生汤立的医师执业证书。\n"
                + "以上处理由滨江县卫生健康局于9月19日作出。";
        List<Sanction> l = Docs.zh(text, "2023-09-20").regulator("滨江县卫健局").regulator("滨江县卫生健康局").hospital("南湖卫生院")
                .person("周华").person("汤立").facts(Sanction.class);
        assertEquals(Set.of("周华|dismissal|滨江县卫生健康局|2023-09-19", "汤立|license-revocation|滨江县卫生健康局|2023-09-19"), rows(l));
    }

    @Test
    void aCompanyAndItsTitledOfficer() {
        String text = "江城证券交易所对海湾医疗及时任董事会秘书柯宁予以通报批评。";
        List<Sanction> l = Docs.zh(text, null).regulator("江城证券交易所").company("海湾医疗").person("柯宁").facts(Sanction.class);
        assertEquals(Set.of("海湾医疗|public-criticism|江城证券交易所|null", "柯宁|public-criticism|江城证券交易所|null"), rows(l));
    }

    @Test
    void aMeasureWithoutTargetRightAfterOneWithATargetIsAgainstTheSame() {
        String text = "滨江县卫生健康局对南湖医院罚款2万元。责令限期改正,并予以通报批评。";
        List<Sanction> l = Docs.zh(text, null).regulator("滨江县卫生健康局").hospital("南湖医院").facts(Sanction.class);
        String w = "|滨江县卫生健康局|null";
        assertEquals(Set.of("南湖医院|fine" + w, "南湖医院|rectification-order" + w, "南湖医院|public-criticism" + w), rows(l));
    }

    @Test
    void measuresRightAfterTheNameAndLabourContracts() {
        String text = "8月2日,河口市卫生健康委员会通报,河口市中心医院检验科主任周立新政务警告处分,副院长吴海党内警告处分,"
                + "对护理部主任郑云作出停职处理,与护士钱芳解除劳动合同。医师冯涛被暂停执业活动3个月。";
        List<Sanction> l = Docs.zh(text, "2023-08-05").regulator("河口市卫生健康委员会").hospital("河口市中心医院")
                .person("周立新").person("吴海").person("郑云").person("钱芳").person("冯涛").facts(Sanction.class);
        String w = "|河口市卫生健康委员会|2023-08-02";
        assertEquals(Set.of("周立新|warning" + w, "吴海|party-discipline" + w, "郑云|duty-suspension" + w, "钱芳|dismissal" + w,
                "冯涛|other" + w), rows(l));
    }

    @Test
    void aClosingSentenceDatesTheDecisionsAboveWithoutANumberedList() {
        String text = "河口口腔诊所存在违规广告行为。河口市市场监督管理局决定对该诊所罚款2万元。以上处罚由河口市市场监督管理局于5月9日作出。";
        List<Sanction> l = Docs.zh(text, "2023-05-20").hospital("河口口腔诊所").regulator("河口市市场监督管理局").facts(Sanction.class);
        assertEquals(Set.of("河口口腔诊所|fine|河口市市场监督管理局|2023-05-09"), rows(l));
    }

    @Test
    void issuerAfterAStatuteClauseListAfterANoticeAndTheDecisionDateSentence() {
        String text = "竹山口腔门诊部因超范围执业被查处。河口市市场监督管理局依据相关规定,对该门诊部作出警告并处罚款1万元的行政处罚。"
                + "该处罚决定于2023年4月3日作出。\n4月1日,河口市第五医院发生一起患者死亡事件。\n4月12日,河口市卫生健康委员会发布通报:\n"
                + "一、对河口市第五医院给予警告;\n二、给予产科主任冯涛记过处分。";
        List<Sanction> l = Docs.zh(text, "2023-04-20").hospital("竹山口腔门诊部").regulator("河口市市场监督管理局")
                .hospital("河口市第五医院").regulator("河口市卫生健康委员会").person("冯涛").facts(Sanction.class);
        assertEquals(Set.of("竹山口腔门诊部|warning|河口市市场监督管理局|2023-04-03", "竹山口腔门诊部|fine|河口市市场监督管理局|2023-04-03",
                "河口市第五医院|warning|河口市卫生健康委员会|2023-04-12", "冯涛|demerit|河口市卫生健康委员会|2023-04-12"), rows(l));
    }

    @Test
    void theIncidentsDayIsNotTheDecisionsAndVagueDaysStayUnknown() {
        String text = "新华社河口6月9日电 6月2日,一名产妇在河口市第五医院分娩后死亡,河口市卫生健康委员会责令该院停业整顿。\n"
                + "近日,河口市卫生健康委员会对竹山医院给予警告。\n"
                + "6月8日消息,疫情发生后,河口市卫生健康委员会对松坪医院给予警告。";
        List<Sanction> l = Docs.zh(text, "2023-06-09").hospital("河口市第五医院").hospital("该院", "河口市第五医院").hospital("竹山医院").hospital("松坪医院")
                .regulator("河口市卫生健康委员会").facts(Sanction.class);
        assertEquals(Set.of("河口市第五医院|suspension|河口市卫生健康委员会|2023-06-09", "竹山医院|warning|河口市卫生健康委员会|null",
                "松坪医院|warning|河口市卫生健康委员会|2023-06-08"), rows(l));
    }

    @Test
    void aHospitalDecidingAboutItsOwnStaffIsTheIssuer() {
        String text = "6月3日,竹山医院发生一起患者跌落事件。6月5日,竹山医院对当班护士钱芳作出停职处理。"
                + "河口市卫生健康委员会对竹山医院给予警告。";
        List<Sanction> l = Docs.zh(text, "2023-06-09").hospital("竹山医院").person("钱芳")
                .regulator("河口市卫生健康委员会").facts(Sanction.class);
        assertEquals(Set.of("钱芳|duty-suspension|竹山医院|2023-06-05", "竹山医院|warning|河口市卫生健康委员会|2023-06-05"), rows(l));
    }

    @Test
    void respectivelyPairsPeopleAndMeasuresInOrder() {
        String text = "河口市卫生健康委员会通报,竹山医院院长周立新,副院长吴海分别被给予记过、警告处分。";
        List<Sanction> l = Docs.zh(text, "2023-06-09").hospital("竹山医院").person("周立新").person("吴海")
                .regulator("河口市卫生健康委员会").facts(Sanction.class);
        assertEquals(Set.of("周立新|demerit|河口市卫生健康委员会|null", "吴海|warning|河口市卫生健康委员会|null"), rows(l));
    }

    @Test
    void aMonthWithoutADayIsNotFilledFromTheSentenceBefore() {
        String text = "本月5日,河口市卫生健康委员会对竹山医院给予警告。今年3月,河口市卫生健康委员会对柳溪医院罚款1万元。";
        List<Sanction> l = Docs.zh(text, "2023-06-20").hospital("竹山医院").hospital("柳溪医院")
                .regulator("河口市卫生健康委员会").facts(Sanction.class);
        assertEquals(Set.of("竹山医院|warning|河口市卫生健康委员会|2023-06-05", "柳溪医院|fine|河口市卫生健康委员会|null"), rows(l));
    }

    @Test
    void theReportDateOfTheSameBodyInTheParagraphBefore() {
        String text = "8月3日,河口市市场监督管理局公布的一份行政处罚决定书显示,竹山眼科医院存在价格违法行为。\n"
                + "河口市市场监督管理局对该院作出罚款2万元的行政处罚。\n"
                + "8月1日,一名患者在柳溪医院死亡,河口市卫生健康委员会介入调查。\n河口市卫生健康委员会对柳溪医院给予警告。";
        List<Sanction> l = Docs.zh(text, "2023-08-10").hospital("竹山眼科医院").hospital("该院", "竹山眼科医院").hospital("柳溪医院")
                .regulator("河口市市场监督管理局").regulator("河口市卫生健康委员会").facts(Sanction.class);
        assertEquals(Set.of("竹山眼科医院|fine|河口市市场监督管理局|2023-08-03", "柳溪医院|warning|河口市卫生健康委员会|null"), rows(l));
    }

    @Test
    void insuranceMeasuresAnOrderFromTodayAndAPartyNamedFarBefore() {
        String text = "江城市医疗保障局对南湖医院作出处理:追回全部被骗取的医保基金,处罚款10万元,并暂停其医保结算业务6个月。\n"
                + "江城市卫生健康委员会责令北山医院即日起停业整顿。";
        List<Sanction> l = Docs.zh(text, "2024-05-06").regulator("江城市医疗保障局").hospital("南湖医院").regulator("江城市卫生健康委员会")
                .hospital("北山医院").facts(Sanction.class);
        assertEquals(Set.of("南湖医院|other|江城市医疗保障局|null", "南湖医院|fine|江城市医疗保障局|null",
                "北山医院|suspension|江城市卫生健康委员会|2024-05-06"), rows(l), "即日起 is the day of publication");
        StringBuilder notice = new StringBuilder("当事人:东城诊所\n");
        for (int k = 0; k < 12; k++) {
            notice.append("上述事实有检查笔录等证据证实。\n");
        }
        notice.append("本机关决定给予以下行政处罚:\n1.警告;\n2.罚款5000元。");
        List<Sanction> far = Docs.zh(notice.toString(), "2024-05-06").hospital("东城诊所").facts(Sanction.class);
        assertEquals(Set.of("东城诊所|warning|null|null", "东城诊所|fine|null|null"), rows(far));
    }

    @Test
    void aTableRowNamesItsTargetIssuerAndDayInLabelledFields() {
        String text = "序号:1,被处罚单位:南湖医院,主要违法事实:未按规定书写病历,处罚内容:警告,罚款人民币3000元,处罚机关:江城市卫生健康委员会,处罚日期:2024-07-08。\n"
                + "序号:2,被处罚单位:北山诊所,处罚内容:责令停业整顿1个月,处罚机关:江城区卫生健康局,处罚日期:2024年9月。";
        List<Sanction> l = Docs.zh(text, "2024-10-15").hospital("南湖医院").hospital("北山诊所").regulator("江城市卫生健康委员会")
                .regulator("江城区卫生健康局").facts(Sanction.class);
        assertEquals(Set.of("南湖医院|warning|江城市卫生健康委员会|2024-07-08", "南湖医院|fine|江城市卫生健康委员会|2024-07-08",
                "北山诊所|suspension|江城区卫生健康局|null"), rows(l), "a month without a day is no day");
    }

    @Test
    void aDepartmentsSuspensionAndItsPronounAfterTheRegulatorsFinding() {
        String text = "江城区卫生健康局同时责令南湖医院妇产科自即日起暂停诊疗活动。\n执法人员发现,北山诊所的广告浏览量超过40万次。\n"
                + "江城市市场监督管理局认定,其行为违反了《广告法》的相关规定,于6月7日作出行政处罚决定:责令其停止发布违法广告,并处罚款28万元。";
        List<Sanction> l = Docs.zh(text, "2024-06-12").regulator("江城区卫生健康局").hospital("南湖医院").hospital("北山诊所")
                .regulator("江城市市场监督管理局").facts(Sanction.class);
        assertEquals(Set.of("南湖医院|suspension|江城区卫生健康局|2024-06-12", "北山诊所|rectification-order|江城市市场监督管理局|2024-06-07",
                "北山诊所|fine|江城市市场监督管理局|2024-06-07"), rows(l));
    }

    @Test
    void theOthersCriticisedAreNamedAfterTheMeasure() {
        List<Sanction> l = Docs.zh("省卫生健康委决定对北山医院予以全省通报批评。同样被全省通报批评的还有南湖医院。", "2024-09-20")
                .regulator("省卫生健康委").hospital("北山医院").hospital("南湖医院").facts(Sanction.class);
        assertEquals(Set.of("北山医院", "南湖医院"), l.stream().map(x -> x.target().name()).collect(Collectors.toSet()));
    }

    @Test
    void aPassiveAfterADayOfThisYear() {
        List<Sanction> l = Docs.zh("公司财务总监孙立作为直接审批人,已于今年2月27日被江城证监局给予警告,并处以50万元罚款。", "2025-03-15")
                .person("孙立").regulator("江城证监局").facts(Sanction.class);
        assertEquals(Set.of("孙立|warning|江城证监局|2025-02-27", "孙立|fine|江城证监局|2025-02-27"), rows(l));
    }

    @Test
    void endingTheInsuranceAgreementWithTheClinic() {
        List<Sanction> l = Docs.zh("(三)东湖诊所。\n该诊所存在虚构诊疗服务骗取医保基金的行为。\n市医疗保障局已于2024年12月27日解除与该诊所的医保服务协议。",
                        "2025-01-15").hospital("东湖诊所").hospital("该诊所", "东湖诊所").regulator("市医疗保障局").facts(Sanction.class);
        assertEquals(Set.of("东湖诊所|other|市医疗保障局|2024-12-27"), rows(l));
    }

    @Test
    void aSecondMeasureInAPassiveAfterBing() {
        List<Sanction> l = Docs.zh("2023年12月,孙立受到政务记过处分,并被停职。", "2024-01-19").person("孙立").facts(Sanction.class);
        assertEquals(Set.of("孙立|demerit|null|null", "孙立|duty-suspension|null|null"), rows(l));
    }

    @Test
    void aCaseHeadingNamesTheParty() {
        String text = "东岭市市场监管局公布典型案例。\n二、北城诊所发布虚假医疗广告案\n当事人通过网络平台发布虚假宣传内容,误导消费者。\n"
                + "2024年3月5日,东岭市市场监管局依法没收其违法所得4.2万元,并处罚款30万元。";
        List<Sanction> l = Docs.zh(text, "2024-04-18").regulator("东岭市市场监管局").hospital("北城诊所").facts(Sanction.class);
        String w = "|东岭市市场监管局|2024-03-05";
        assertEquals(Set.of("北城诊所|confiscation" + w, "北城诊所|fine" + w), rows(l));
    }

    @Test
    void aClauseOpeningWithChuPunishesTheClauseSubject() {
        List<Sanction> l = Docs.zh("北城美学诊所违反医疗法,处新台币10万元罚锾,并令其停业1个月。", "2024-05-02").hospital("北城美学诊所")
                .facts(Sanction.class);
        assertEquals(Set.of("北城美学诊所|fine", "北城美学诊所|suspension"),
                l.stream().map(x -> x.target().name() + "|" + x.measure()).collect(Collectors.toSet()));
    }
}
