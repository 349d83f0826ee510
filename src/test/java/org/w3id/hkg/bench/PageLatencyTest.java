package org.w3id.hkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageLatencyTest {
    private static final List<Integer> HUNDRED = IntStream.range(0, 100).boxed().toList();

    @Test
    void anEvenSampleSpansTheWholeListFromFirstToLast() {
        List<Integer> five = PageLatency.evenly(HUNDRED, 5);
        assertEquals(List.of(0, 25, 50, 74, 99), five);
    }

    @Test
    void aListNoLongerThanTheSampleIsTakenWhole() {
        assertEquals(List.of(1, 2, 3), PageLatency.evenly(List.of(1, 2, 3), 50));
        assertEquals(List.of(), PageLatency.evenly(List.of(), 50));
    }

    @Test
    void aSampleOfOneIsTheFirst() {
        assertEquals(List.of(0), PageLatency.evenly(HUNDRED, 1));
    }
}
