package org.craftrank.dossier.page;

import org.craftrank.campaign.page.CampaignHeader;

import java.time.Instant;
import java.util.List;

/**
 * The dossier page of one candidate, for its unit and for the secretariat: every section of the campaign's frozen
 * model with what it asks (quoted), what was given, and the forms to change it while the phase allows.
 *
 * @param base     the page's path; the forms post below it
 * @param done     a sentence confirming the last change (after its redirect), or null
 * @param refusal  a refusal that concerns no one section (the phase), or null
 */
public record DossierPage(CampaignHeader campaign, long candidateId, String code, String name, String base,
                          String back, String backLabel, boolean writable, String stored, List<Section> sections,
                          String done, String refusal) {

    /**
     * One section.
     *
     * @param limits   the kind and limits in words (文字，300字以内 / 文件（PDF），最多 5 个…)
     * @param items    the scored items it is evidence for, as "LEAD1 勇挑重担", or empty
     * @param accept   the file input's accept attribute
     * @param full     no further file may be added (replace or remove one)
     * @param error    the refusal of the last change in this section, worded, or null
     * @param text     what the text area shows: as stored, or as typed when the save was refused
     * @param length   the text's length in characters (code points), for the counter
     */
    public record Section(String code, String name, String basis, boolean required, boolean complete,
                          boolean isText, String limits, String items, String accept, boolean full,
                          List<File> files, String text, int length, Integer maxChars, String error) {

        public String anchor() {
            return "section-" + code;
        }

        /** The text area's id, which its error and counter refer to. */
        public String textId() {
            return "text-" + code;
        }

        /** The upload input's id, which its error refers to. */
        public String fileId() {
            return "file-" + code;
        }

        public boolean overLimit() {
            return maxChars != null && length > maxChars;
        }
    }

    /**
     * @param size for people, with its unit (1.25 MiB)
     * @param href the file's bytes, shown in the browser
     */
    public record File(long id, String name, String type, String size, Instant uploadedAt, String href) {
    }
}
