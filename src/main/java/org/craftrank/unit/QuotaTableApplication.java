package org.craftrank.unit;

import org.craftrank.unit.quota.QuotaPlan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What applying a quota table did.
 *
 * @param changes every unit the table covers: CREATE, UPDATE (with the previous values) or UNCHANGED
 * @param places  the campaign's total quota afterwards
 */
@Schema(name = "QuotaTableApplication")
public record QuotaTableApplication(String table, List<QuotaPlan.Change> changes, int places, List<UnitView> units) {
}
