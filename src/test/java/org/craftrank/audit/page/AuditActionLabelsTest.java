package org.craftrank.audit.page;


import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import org.craftrank.audit.AuditAction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The audit page names every action in words; a new action without a label would show its Java name. */
@QuarkusTest
class AuditActionLabelsTest {

    @Test
    void everyAuditActionHasAChineseAndAnEnglishLabel() {
        AuditMsg chinese = MessageBundles.get(AuditMsg.class);
        AuditMsg english = MessageBundles.get(AuditMsg.class, Localized.Literal.of("en"));
        for (AuditAction action : AuditAction.values()) {
            assertNotEquals(action.name(), chinese.action(action), "Chinese label of " + action);
            assertNotEquals(action.name(), english.action(action), "English label of " + action);
        }
    }
}
