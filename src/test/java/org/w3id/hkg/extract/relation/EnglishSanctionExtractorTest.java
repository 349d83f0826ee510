package org.w3id.hkg.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.hkg.extract.Incident;
import org.w3id.hkg.extract.Sanction;

class EnglishSanctionExtractorTest {
    @Test
    void passiveAndActiveMeasures() {
        String text = "Lakeside Hospital, owned by Eastridge Holdings, was ordered to suspend operations for three months "
                + "by the Riverton Health Commission on January 13, 2023.\n"
                + "Its general manager Tom Reed was suspended.\n"
                + "The Riverton Market Regulator fined North Clinic.\n"
                + "Officials said studies of the case were shared.";
        List<Sanction> l = Docs.lang("en", text, "2023-01-14").hospital("Lakeside Hospital").company("Eastridge Holdings")
                .regulator("Riverton Health Commission").regulator("Riverton Market Regulator").hospital("North Clinic")
                .person("Tom Reed").facts(Sanction.class);
        assertEquals(Set.of("Lakeside Hospital|suspension|Riverton Health Commission|2023-01-13", "Tom Reed|duty-suspension|null|null",
                "North Clinic|fine|Riverton Market Regulator|null"), SanctionExtractorTest.rows(l));
    }

    @Test
    void englishIncidentsUseWholeWords() {
        String text = "A pregnant woman miscarried after she was turned away by Lakeside Hospital on January 1, 2023.\n"
                + "Doctors at North Clinic studied the case.";
        List<Incident> l = Docs.lang("en", text, "2023-01-14").hospital("Lakeside Hospital").hospital("North Clinic")
                .facts(Incident.class);
        assertEquals(Set.of("Lakeside Hospital|miscarriage|2023-01-01"),
                l.stream().map(x -> x.org().name() + "|" + x.outcome() + "|" + x.date()).collect(Collectors.toSet()));
    }

    @Test
    void anOrderWithItsIssuerInsideTheMeasure() {
        String text = "Last year the Lakeside hospital was ordered by the Riverton Municipal Health Commission to overhaul its "
                + "maternity ward.\nNorth Clinic was ordered to rectify by March 1, 2023.";
        List<Sanction> l = Docs.lang("en", text, "2023-01-14").hospital("Lakeside hospital").hospital("North Clinic")
                .regulator("Riverton Municipal Health Commission").facts(Sanction.class);
        assertEquals(Set.of("Lakeside hospital|rectification-order|Riverton Municipal Health Commission|null",
                "North Clinic|rectification-order|null|2023-03-01"), SanctionExtractorTest.rows(l));
    }
}
