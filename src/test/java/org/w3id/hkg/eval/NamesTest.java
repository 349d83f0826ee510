package org.w3id.hkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void stockCodesAgreeWithOrWithoutTheirExchangeSuffix() {
        assertEquals(Names.code("300015"), Names.code("300015.SZ"));
        assertEquals(Names.code("01859.HK"), Names.code("1859"));
        assertEquals(Names.code("６８８４１５.sh"), Names.code("688415"));
        assertNotEquals(Names.code("300015"), Names.code("300016"));
    }

    @Test
    void otherCodesAreOnlyNormalised() {
        assertEquals("party-discipline", Names.code(" Party-Discipline"));
        assertEquals("death", Names.code("death"));
    }
}
