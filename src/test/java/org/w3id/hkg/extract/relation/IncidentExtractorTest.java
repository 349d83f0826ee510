package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.Incident;

class IncidentExtractorTest {
    private static Set<String> rows(List<Incident> l) {
        return l.stream().map(x -> x.org().name() + "|" + x.outcome() + "|" + x.date()).collect(Collectors.toSet());
    }

    @Test
    void apologyLetterThroughTheHospitalsOwnWord() {
        String text = "南湖康复医院:\n2023年3月2日,我院在夜间值班期间,延误急症患者及时救治而去世,我们深感痛心。";
        List<Incident> l = Docs.zh(text, "2023-03-10").hospital("南湖康复医院").hospital("我院", "南湖康复医院")
                .facts(Incident.class);
        assertEquals(Set.of("南湖康复医院|death|2023-03-02"), rows(l));
        assertTrue(l.get(0).evidence().sentence().startsWith("2023年3月2日,我院"));
    }

    @Test
    void outcomeWordsMapToTheirCodes() {
        List<Incident> l = Docs.zh("近日,北山妇产医院发生一起孕妇流产事件。东城诊所一名患者在手术中被烧伤。"
                        + "西城医院发生一起医疗事故,患者死在手术台上。南城医院一名患者被误诊。北城医院一名患者出现严重不良反应。", "2023-03-10")
                .hospital("北山妇产医院").hospital("东城诊所").hospital("西城医院").hospital("南城医院").hospital("北城医院").facts(Incident.class);
        assertEquals(Set.of("北山妇产医院|miscarriage|null", "东城诊所|injury|null", "西城医院|death|null", "南城医院|other|null",
                "北城医院|other|null"), rows(l));
    }

    @Test
    void failureDatedWhereItHappenedOutcomeToldLater() {
        List<Incident> l = Docs.zh("4月9日,学生李某向江城急救中心求救,调度员以地址不详为由拒绝派车。"
                + "室友回来后发现她已昏迷。4月20日,她抢救无效去世。", "2023-05-01").hospital("江城急救中心").facts(Incident.class);
        assertEquals(Set.of("江城急救中心|death|2023-04-09"), rows(l));
    }

    @Test
    void noHospitalOrNoHarmIsNoIncident() {
        List<Incident> l = Docs.zh("一名学生因急救延误而丧生。北山妇产医院要求不得以任何理由影响患者就诊。本地死亡率下降。北山妇产医院救治的危重患者无一死亡。北山妇产医院医生在救治中不幸感染病毒。北山妇产医院成功救治一名烧伤患者。北山妇产医院将杜绝延误救治,避免患者死亡。北山妇产医院专家提醒,心梗患者延误治疗可能导致死亡。", "2023-03-10")
                .hospital("北山妇产医院").facts(Incident.class);
        assertEquals(Set.of(), rows(l));
    }

    @Test
    void anaphorPointsBackToTheHospital() {
        List<Incident> l = Docs.zh("西岭中心医院近日被患者家属投诉。3月3日,一名产妇在该院分娩时死亡。", "2023-03-10")
                .hospital("西岭中心医院").facts(Incident.class);
        assertEquals(Set.of("西岭中心医院|death|2023-03-03"), rows(l));
        assertEquals(0.6, l.get(0).confidence());
    }

    @Test
    void letterWhoseSignatureIsNotRecognisedFallsBackToTheHospitalNamedLater() {
        List<Incident> l = Docs.zh("致歉信\n2020年1月12日,我院在接诊过程中处置不当,致使患者经抢救无效身亡。\n据了解,西岭中心医院系东岭集团的全资子公司。\n西岭医院",
                "2020-01-20").hospital("西岭中心医院").company("东岭集团").facts(Incident.class);
        assertEquals(Set.of("西岭中心医院|death|2020-01-12"), rows(l));
    }

    @Test
    void outcomeToldBeforeTheFailureAndGenericHarmOfTheSameEvent() {
        List<Incident> l = Docs.zh("江城急救中心派车情况通报\n昨日,一名男性患者送医后抢救无效身亡。家属质疑江城急救中心派车延误。\n"
                + "南湖卫生院医疗事故调查处理情况通报\n9月3日,一名患儿在南湖卫生院输液时因处置不当导致患儿致残。\n"
                + "北山口腔医院的患者拔除智齿后出现神经损伤。", "2023-02-10")
                .hospital("江城急救中心").hospital("南湖卫生院").hospital("北山口腔医院").facts(Incident.class);
        assertEquals(Set.of("江城急救中心|death|2023-02-09", "南湖卫生院|injury|2022-09-03", "北山口腔医院|injury|null"), rows(l));
    }

    @Test
    void wrongBloodWrongSiteAndHarmAfterAProcedureAreInjuries() {
        List<Incident> l = Docs.zh("6月1日,河口骨科医院为一名O型血患者输入A型血,患者发生溶血反应。6月3日,河口口腔诊所医生为患者拔错牙。"
                        + "一名女子在河口美容医院打完填充剂后出现面部红肿、硬结。河口妇幼保健院发生新生儿抱错事件。", "2023-06-20")
                .hospital("河口骨科医院").hospital("河口口腔诊所").hospital("河口美容医院").hospital("河口妇幼保健院").facts(Incident.class);
        assertEquals(Set.of("河口骨科医院|injury|2023-06-01", "河口口腔诊所|injury|2023-06-03", "河口美容医院|injury|null",
                "河口妇幼保健院|other|null"), rows(l));
    }

    @Test
    void outcomeToldInTheNextSentenceBelongsToTheHospitalBefore() {
        List<Incident> l = Docs.zh("7月2日,孕妇刘女士到河口县人民医院做检查。医生为其做了内检,次日凌晨发生流产。\n"
                        + "7月5日,河口县中医院一名患者输液后出现不适。患者经送医抢救无效死亡。\n"
                        + "河口县中医院去年完成手术2000台,死亡率低于千分之一。", "2023-07-20")
                .hospital("河口县人民医院").hospital("河口县中医院").facts(Incident.class);
        assertEquals(Set.of("河口县人民医院|miscarriage|2023-07-03", "河口县中医院|death|2023-07-05"), rows(l));
    }

    @Test
    void servicesStatisticsAndCapabilitiesAreNoIncidents() {
        List<Incident> l = Docs.zh("竹山医院妇科为患者提供无痛人工流产服务。竹山医院去年收治骨折患者3000人,完成烧伤修复手术200台。"
                        + "竹山医院新建损伤修复中心,提升患者救治能力。", "2023-06-20")
                .hospital("竹山医院").facts(Incident.class);
        assertEquals(Set.of(), rows(l));
    }

    @Test
    void moreHarmWordsAfterTreatment() {
        List<Incident> l = Docs.zh("竹山医院给患者异型输血。柳溪美容诊所一名顾客注射后面部皮肤坏死。青松医院手术中患者神经损伤。", "2023-06-20")
                .hospital("竹山医院").hospital("柳溪美容诊所").hospital("青松医院").facts(Incident.class);
        assertEquals(Set.of("竹山医院|injury|null", "柳溪美容诊所|injury|null", "青松医院|injury|null"), rows(l));
    }

    @Test
    void theHospitalNamedRightAfterTheHarm() {
        List<Incident> l = Docs.zh("8月2日,一名患者经抢救无效死亡。涉事医院为柳溪康复医院。", "2023-08-20")
                .hospital("柳溪康复医院").facts(Incident.class);
        assertEquals(Set.of("柳溪康复医院|death|2023-08-02"), rows(l));
    }

    @Test
    void whatAHospitalIsGoodAtIsNoIncident() {
        List<Incident> l = Docs.zh("南湖医院近年来在脑性瘫痪等儿童神经发育障碍的早期干预方面积累了丰富经验。", "2024-05-08")
                .hospital("南湖医院").facts(Incident.class);
        assertEquals(List.of(), l);
    }

    @Test
    void aPregnancyTheHospitalCouldNotSave() {
        List<Incident> l = Docs.zh("12月3日凌晨,孕妇在南湖医院腹痛加剧并大量出血,经医院紧急处置后仍未能保住胎儿。", "2024-12-05")
                .hospital("南湖医院").facts(Incident.class);
        assertEquals(List.of("南湖医院|miscarriage|2024-12-03"), l.stream().map(x -> x.org().name() + "|" + x.outcome() + "|" + x.date()).toList());
    }
}
