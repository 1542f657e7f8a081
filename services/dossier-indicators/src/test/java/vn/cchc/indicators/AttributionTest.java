package vn.cchc.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void theReceivingUnitIgnoresTheDecidingOne() {
        assertEquals("H99.X01.MC", Attribution.RECEIVING_UNIT.unitOf("H99.X01.MC", "H99.S05"));
    }

    @Test
    void theDecidingUnitFallsBackToTheReceivingOneWhileUnknown() {
        assertEquals("H99.S05", Attribution.DECIDING_UNIT.unitOf("H99.X01.MC", "H99.S05"));
        assertEquals("H99.X01.MC", Attribution.DECIDING_UNIT.unitOf("H99.X01.MC", null));
    }
}
