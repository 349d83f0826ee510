package org.w3id.hkg.extract.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityCollectorTest {
    @Test
    void thePlaceThatStartsANameIsNoAliasOfIt() {
        assertTrue(EntityCollector.placeOf("衡水市", "衡水市第三人民医院"));
        assertTrue(EntityCollector.placeOf("衡水市", "衡水市卫生健康委员会"));
        assertTrue(EntityCollector.placeOf("河北省", "河北省衡水市第三人民医院"));
        assertTrue(EntityCollector.placeOf("衡水市", "衡水市第三人民醫院"), "compared after traditional → simplified");
    }

    @Test
    void otherPartsAndOtherPlacesStayAliases() {
        assertFalse(EntityCollector.placeOf("第三人民医院", "衡水市第三人民医院"), "a short name, left to resolution");
        assertFalse(EntityCollector.placeOf("衡水三院", "衡水市第三人民医院"));
        assertFalse(EntityCollector.placeOf("邢台市", "衡水市第三人民医院"), "not the place of this name");
        assertFalse(EntityCollector.placeOf("衡水市", "衡水市"), "the whole name");
        assertFalse(EntityCollector.placeOf("衡水", "衡水市第三人民医院"), "no admin word: may be a brand");
    }

    @Test
    void wordsThatReferWithoutNamingAreNoAliases() {
        for (String w : new String[] {"该诊所", "该门诊部", "本机关", "涉事卫生院", "当事人", "后者", "该院", "這家醫院"}) {
            assertTrue(EntityCollector.refersWithoutNaming(w), w);
        }
        for (String w : new String[] {"本溪医院", "南湖诊所", "该"}) {
            assertFalse(EntityCollector.refersWithoutNaming(w), w);
        }
    }
}
