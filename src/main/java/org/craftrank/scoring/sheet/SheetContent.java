package org.craftrank.scoring.sheet;

import java.util.Map;

/** What an expert writes into a sheet: item scores (as sent), item comments and an overall comment. */
public record SheetContent(Map<String, ScoreValue> scores, Map<String, String> comments, String overallComment) {

    public SheetContent {
        scores = Map.copyOf(scores);
        comments = Map.copyOf(comments);
    }
}
