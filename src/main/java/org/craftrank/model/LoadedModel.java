package org.craftrank.model;

import org.craftrank.model.definition.ScoringModel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A model together with the exact text it was read from and that text's SHA-256, which is what a campaign
 * freezes: the hash proves later that the campaign's copy is the one it was opened with.
 */
public record LoadedModel(ScoringModel model, String fileName, String content, String contentHash) {

    public static LoadedModel of(ScoringModel model, String fileName, String content) {
        return new LoadedModel(model, fileName, content, sha256(content));
    }

    public static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
