package org.craftrank.security.access;

import org.craftrank.common.access.Caller;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.craftrank.common.access.Role;
import org.craftrank.security.account.UserAccount;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Resolves what an account is bound to into a {@link Caller}: its unit's, expert's or committee's campaigns. */
@ApplicationScoped
public class CallerFactory {

    private final Map<BindableRecords.Kind, BindableRecords> records = new EnumMap<>(BindableRecords.Kind.class);

    public CallerFactory(@Any Instance<BindableRecords> records) {
        records.forEach(r -> this.records.put(r.kind(), r));
    }

    public Caller of(UserAccount account) {
        Role role = account.role();
        return switch (role) {
            case ADMIN -> new Caller(account.id, account.username, role, null, null, true, Set.of(), null);
            case UNIT -> new Caller(account.id, account.username, role, account.unitId, null, false,
                    campaignOf(BindableRecords.Kind.UNIT, account.unitId), null);
            case EXPERT -> new Caller(account.id, account.username, role, null, account.expertId, false,
                    campaignOf(BindableRecords.Kind.EXPERT, account.expertId), null);
            case COMMITTEE -> new Caller(account.id, account.username, role, null, null, false,
                    Set.copyOf(account.campaignIds), null);
        };
    }

    /** The campaign of the bound record; none when the record has since been removed. */
    private Set<Long> campaignOf(BindableRecords.Kind kind, Long id) {
        if (id == null) {
            return Set.of();
        }
        return records.get(kind).campaignOf(id).map(Set::of).orElse(Set.of());
    }
}
