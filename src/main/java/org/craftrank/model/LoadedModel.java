package org.craftrank.model;

import org.craftrank.common.Sha256;
import org.craftrank.model.definition.ScoringModel;


/**
 * A model together with the exact text it was read from and that text's SHA-256, which is what a campaign
 * freezes: the hash proves later that the campaign's copy is the one it was opened with.
 */
public record LoadedModel(ScoringModel model, String fileName, String content, String contentHash) {

    public static LoadedModel of(ScoringModel model, String fileName, String content) {
        return new LoadedModel(model, fileName, content, sha256(content));
    }

    public static String sha256(String content) {
        return Sha256.hex(content);
    }
}
