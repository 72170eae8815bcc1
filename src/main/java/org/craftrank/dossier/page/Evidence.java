package org.craftrank.dossier.page;

import java.util.List;
import java.util.Map;

/**
 * The candidate's evidence beside the expert's score form: each sub-indicator's (or capability's) sections with
 * their files and texts, and the rest in the general materials. In a blind campaign files carry numbers instead of
 * their names and the photo is left out (the service already withholds names; the page says that what is inside
 * the documents is not redacted).
 */
public record Evidence(boolean blind, List<Section> general, Map<String, List<Section>> byItem,
                       Map<String, List<Section>> byCapability) {

    public static final Evidence NONE = new Evidence(false, List.of(), Map.of(), Map.of());

    public List<Section> forItem(String item) {
        return byItem.getOrDefault(item, List.of());
    }

    public List<Section> forCapability(String capability) {
        return byCapability.getOrDefault(capability, List.of());
    }

    public boolean isEmpty() {
        return general.isEmpty() && byItem.isEmpty() && byCapability.isEmpty();
    }

    /** @param text the section's text, or null */
    public record Section(String code, String name, String basis, List<File> files, String text) {

        public boolean isEmpty() {
            return files.isEmpty() && (text == null || text.isBlank());
        }
    }

    /**
     * @param label what the page calls the file: its name, or "材料 n" in a blind campaign
     * @param kind  pdf, image or video: how the page shows it
     * @param href  the file's bytes (watermarked for experts when a PDF; ranges for video)
     */
    public record File(long id, String label, String kind, String size, String href) {

        public boolean pdf() {
            return "pdf".equals(kind);
        }

        public boolean image() {
            return "image".equals(kind);
        }

        public boolean video() {
            return "video".equals(kind);
        }
    }
}
