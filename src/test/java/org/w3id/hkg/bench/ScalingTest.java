package org.w3id.hkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScalingTest {
    @Test
    void theSpeedUpIsTheBestOneThreadRunOverTheBestRunWithMoreThreads() {
        Scaling s = new Scaling(2, List.of(9.0, 8.0, 8.5), List.of(5.5, 5.0, 6.0));
        assertEquals(1.6, s.speedUp(), 1e-9);
    }

    @Test
    void nothingToCompareIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new Scaling(2, List.of(), List.of(1.0)));
        assertThrows(IllegalArgumentException.class, () -> new Scaling(2, List.of(1.0), List.of()));
    }

    @Test
    void wallTimesPrintWithTwoDecimals() {
        assertEquals("1.23 s, 10.00 s", Scaling.seconds(List.of(1.234, 10.0)));
    }
}
