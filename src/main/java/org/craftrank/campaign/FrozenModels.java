package org.craftrank.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import org.craftrank.model.LoadedModel;
import org.craftrank.model.ScoringModelReader;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a campaign's frozen model text back into a model. The cache is keyed by content hash, so it can only
 * ever hold the same answer the database would give: it is not state that could diverge between instances.
 */
@ApplicationScoped
public class FrozenModels {

    private final ScoringModelReader reader = new ScoringModelReader();
    private final Map<String, LoadedModel> byHash = new ConcurrentHashMap<>();

    public LoadedModel of(Campaign campaign) {
        return byHash.computeIfAbsent(campaign.modelHash, hash -> {
            ScoringModelReader.Result result = reader.read(campaign.modelFileName, campaign.modelContent);
            if (!result.valid()) {
                throw new IllegalStateException("Frozen model of campaign " + campaign.id
                        + " no longer reads: " + result.violations());
            }
            return LoadedModel.of(result.model(), campaign.modelFileName, campaign.modelContent);
        });
    }
}
