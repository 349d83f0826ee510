package org.w3id.hkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShortNamesTest {
    private static ShortNames shorts;
    private static CrossLingual cross;

    @BeforeAll
    static void load() {
        NameData data = Docs.data();
        shorts = new ShortNames(data);
        cross = new CrossLingual(data);
    }

    @Test
    void keysIgnoreAdminWordsAndSuffixVariants() {
        assertEquals(shorts.key("南京卫健委"), shorts.key("南京市卫生健康委员会"));
        assertTrue(shorts.sameOrShort("明德医院", "杭州明德医院"));
        assertTrue(shorts.sameOrShort("姑苏市场监督管理局", "苏州市姑苏区市场监督管理局"));
        assertFalse(shorts.sameOrShort("人民医院", "杭州市第一人民医院"));
        assertTrue(shorts.truncated("成都华康医学中心", "成都华康医学中心医院"));
    }

    @Test
    void districtsCountiesTownsAndSubDistrictsAreStrippedUnlessABareKindIsLeft() {
        assertEquals("和顺门诊部", shorts.stripPlace("信州区青石街道和顺门诊部"));
        assertEquals("康宁医院", shorts.stripPlace("旌德县康宁医院"));
        assertEquals("白地镇卫生院", shorts.stripPlace("旌德县白地镇卫生院"), "卫生院 alone names no clinic");
        assertEquals("城关区人民医院", shorts.stripPlace("城关区人民医院"));
        assertEquals("七里河区第一人民医院", shorts.stripPlace("七里河区第一人民医院"));
    }

    @Test
    void aNumberedShortNameIsThePlacesNumberedPeoplesHospital() {
        assertEquals(shorts.key("衡水市第三人民医院"), shorts.key("衡水三院"));
        assertTrue(shorts.sameOrShort("衡水三院", "衡水市第三人民医院"));
        assertFalse(shorts.sameOrShort("衡水三院", "邢台市第三人民医院"));
        assertFalse(shorts.sameOrShort("衡水二院", "衡水市第三人民医院"));
    }

    @Test
    void foldingDropsRegexWhiteSpaceOnly() {
        assertEquals("abc", ShortNames.withoutSpace(" a\tb\u000B\f\r\nc "));
        assertEquals("a\u3000b", ShortNames.withoutSpace("a\u3000b"));
        String same = "明德医院";
        assertTrue(same == ShortNames.withoutSpace(same));
        assertEquals("greatwall医院", ShortNames.folded(" Great  Wall 醫院"));
        assertEquals(shorts.key("南京卫健委"), shorts.key("原南京市卫健委"));
    }

    @Test
    void companyShortForms() {
        List<String> forms = shorts.companyShortForms("杭州明德医疗投资股份有限公司");
        assertTrue(forms.contains("明德医疗"), forms.toString());
        assertTrue(forms.contains("明德"), forms.toString());
        assertFalse(forms.contains("明德医疗投资股份"), forms.toString());
        assertEquals("明德医疗", shorts.companyCore("杭州明德医疗投资股份有限公司"));
        assertEquals("杭州", shorts.placeOf("杭州明德医院"));
    }

    @Test
    void englishRenderingsOfChineseNames() {
        assertTrue(cross.organisation("Hangzhou Mingde Hospital", "杭州明德医院"));
        assertTrue(cross.organisation("Hangzhou Mingde Medical Investment", "杭州明德医疗投资股份有限公司"));
        assertTrue(cross.organisation("Nanjing Municipal Health Commission", "南京市卫生健康委员会"));
        assertFalse(cross.organisation("Hangzhou Mingde Hospital", "杭州明德医疗投资股份有限公司"));
        assertTrue(cross.organisation("Mingde Medical Group", "浙江明德医疗集团股份有限公司"), "the English leaves the province out");
        assertTrue(cross.organisation("Hangzhou Mingde Medical Investment Co., Ltd.", "杭州明德医疗投资有限公司"));
        assertTrue(cross.organisation("Asia-Pacific Pediatric Care Network", "亚太儿科医疗网络"));
        assertFalse(cross.organisation("Mingde Medical Group", "浙江康宁医疗集团股份有限公司"));
        assertTrue(cross.person("Jianguo Liu", "刘建国"));
        assertTrue(cross.person("Liu Jianguo", "刘建国"));
        assertFalse(cross.person("Jianguo Li", "刘建国"));
    }

    @Test
    void regionWordsOfNetworkNames() {
        assertTrue(cross.organisation("Bohai Rim Heart Care Network", "环渤海心血管医疗网络"));
        assertTrue(cross.organisation("Western Specialty Alliance", "西部专科联盟"));
        assertFalse(cross.organisation("Bohai Rim Heart Care Network", "渤海心血管医疗网络"));
    }
}
