package org.w3id.hkg.extract;

/** Fact: the company's shares trade under the ticker; exchange is a code such as SZSE, SSE, HKEX, or null. */
public record Listing(EntityRef company, String ticker, String exchange, Evidence evidence, double confidence) implements Fact {
    @Override
    public java.util.List<EntityRef> refs() {
        return java.util.List.of(company);
    }
}
