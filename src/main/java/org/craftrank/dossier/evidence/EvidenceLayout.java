package org.craftrank.dossier.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each dossier section's evidence shows on the score sheet. The model maps sections to the sub-indicators
 * they are evidence for: a section for one item shows under that item; a section for several items of one
 * capability (the Shanghai model's one evidence section per capability) under the capability's heading; anything
 * else (photo, résumé, referees' letters, the training plan, the signed form, sections for items of several
 * capabilities) in the general materials beside the form. Plain Java: records in, records out.
 */
public final class EvidenceLayout {

    private EvidenceLayout() {
    }

    /**
     * A section as the layout needs it.
     *
     * @param imagesOnly the section takes images only (JPEG/PNG)
     */
    public record Section(String code, List<String> subIndicators, boolean imagesOnly) {

        public Section {
            subIndicators = subIndicators == null ? List.of() : List.copyOf(subIndicators);
        }
    }

    /** Section codes by where they show, each list in the model's order. */
    public record Placement(List<String> general, Map<String, List<String>> byItem,
                            Map<String, List<String>> byCapability) {

        public List<String> forItem(String item) {
            return byItem.getOrDefault(item, List.of());
        }

        public List<String> forCapability(String capability) {
            return byCapability.getOrDefault(capability, List.of());
        }
    }

    /**
     * @param sections         the model's dossier sections, in its order
     * @param capabilityOfItem every sub-indicator's capability code
     */
    public static Placement place(List<Section> sections, Map<String, String> capabilityOfItem) {
        List<String> general = new ArrayList<>();
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        Map<String, List<String>> byCapability = new LinkedHashMap<>();
        for (Section s : sections) {
            Set<String> capabilities = new LinkedHashSet<>();
            boolean known = !s.subIndicators().isEmpty();
            for (String item : s.subIndicators()) {
                String capability = capabilityOfItem.get(item);
                known &= capability != null;
                capabilities.add(capability);
            }
            if (!known || capabilities.size() != 1) {
                general.add(s.code());
            } else if (s.subIndicators().size() == 1) {
                byItem.computeIfAbsent(s.subIndicators().get(0), k -> new ArrayList<>()).add(s.code());
            } else {
                byCapability.computeIfAbsent(capabilities.iterator().next(), k -> new ArrayList<>()).add(s.code());
            }
        }
        return new Placement(List.copyOf(general), byItem, byCapability);
    }

    /**
     * The candidate's portrait (正面免冠彩色近照): an images-only section that is evidence for no scored item. A
     * blind campaign's expert does not see it, since a face names the person.
     */
    public static boolean isPortrait(Section section) {
        return section.imagesOnly() && section.subIndicators().isEmpty();
    }
}
