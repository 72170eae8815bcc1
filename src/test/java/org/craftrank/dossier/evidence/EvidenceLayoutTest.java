package org.craftrank.dossier.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the score sheet shows each dossier section, for the shapes the three models use. */
class EvidenceLayoutTest {

    private static final Map<String, String> CAPABILITY_OF = Map.of("LEAD1", "LEAD", "LEAD2", "LEAD",
            "LEAD3", "LEAD", "PRAC1", "PRAC");

    @Test
    void aSectionForOneItemShowsAtThatItem() {
        var placement = EvidenceLayout.place(List.of(section("LEAD1", "LEAD1"), section("LEAD1_TEXT", "LEAD1")),
                CAPABILITY_OF);
        assertEquals(List.of("LEAD1", "LEAD1_TEXT"), placement.forItem("LEAD1"));
        assertEquals(List.of(), placement.general());
    }

    @Test
    void aSectionForSeveralItemsOfOneCapabilityShowsAtTheCapability() {
        var placement = EvidenceLayout.place(List.of(section("EVID_LEAD", "LEAD1", "LEAD2", "LEAD3")), CAPABILITY_OF);
        assertEquals(List.of("EVID_LEAD"), placement.forCapability("LEAD"));
        assertEquals(List.of(), placement.forItem("LEAD1"));
    }

    @Test
    void sectionsForNoItemSeveralCapabilitiesOrAnUnknownItemAreGeneral() {
        var placement = EvidenceLayout.place(List.of(section("REFEREES"), section("MIXED", "LEAD1", "PRAC1"),
                section("ODD", "NOPE1")), CAPABILITY_OF);
        assertEquals(List.of("REFEREES", "MIXED", "ODD"), placement.general());
        assertTrue(placement.byItem().isEmpty() && placement.byCapability().isEmpty());
    }

    @Test
    void thePortraitIsAnImagesOnlySectionForNoItem() {
        assertTrue(EvidenceLayout.isPortrait(new EvidenceLayout.Section("PHOTO", List.of(), true)));
        assertFalse(EvidenceLayout.isPortrait(new EvidenceLayout.Section("LEAD1", List.of("LEAD1"), true)));
        assertFalse(EvidenceLayout.isPortrait(new EvidenceLayout.Section("REFEREES", List.of(), false)));
    }

    private static EvidenceLayout.Section section(String code, String... items) {
        return new EvidenceLayout.Section(code, List.of(items), false);
    }
}
