package org.craftrank.web;

import io.quarkus.qute.i18n.MessageBundle;
import org.craftrank.scoring.page.ExpertMsg;
import org.craftrank.ranking.page.RankingMsg;
import org.craftrank.scoring.page.AssignMsg;
import org.craftrank.review.page.ReviewMsg;
import org.craftrank.audit.page.AuditMsg;
import org.craftrank.campaign.page.SecretariatMsg;
import org.craftrank.shortlist.page.ShortlistMsg;
import org.craftrank.candidate.page.UnitMsg;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page text has its English: each message of each bundle has a key in the bundle's English file (Qute
 * would silently fall back to the Chinese default), and no English key is left over from a removed message.
 */
class MessageBundlesTest {

    static final List<Class<?>> BUNDLES = List.of(Msg.class, ExpertMsg.class, RankingMsg.class,
            SecretariatMsg.class, AuditMsg.class, UnitMsg.class, ReviewMsg.class, AssignMsg.class, ShortlistMsg.class,
            org.craftrank.campaign.page.CampaignMsg.class, org.craftrank.unit.page.UnitsMsg.class,
            org.craftrank.security.page.AccountMsg.class);

    @Test
    void everyMessageHasItsEnglishAndNoEnglishKeyIsStale() throws IOException {
        List<String> problems = new ArrayList<>();
        int messages = 0;
        for (Class<?> bundle : BUNDLES) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Set<String> methods = new TreeSet<>();
            Arrays.stream(bundle.getDeclaredMethods()).forEach(m -> methods.add(m.getName()));
            Set<String> english = keys("/messages/" + name + "_en.properties");
            for (String method : methods) {
                messages++;
                if (!english.contains(method)) {
                    problems.add(name + "_en.properties lacks " + method);
                }
            }
            for (String key : english) {
                if (!methods.contains(key)) {
                    problems.add(name + "_en.properties has " + key + ", which " + bundle.getSimpleName()
                            + " does not declare");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(messages > 200, "the bundles were read: " + messages + " messages");
    }

    @Test
    void theDefaultLanguageIsChinese() {
        for (Class<?> bundle : BUNDLES) {
            assertEquals("zh-CN", bundle.getAnnotation(MessageBundle.class).locale(), bundle.getSimpleName());
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Set<String> keys = new TreeSet<>();
            boolean continued = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                boolean startsEntry = !continued && !line.isBlank() && !line.startsWith("#");
                if (startsEntry) {
                    keys.add(line.substring(0, line.indexOf('=')).strip());
                }
                continued = line.endsWith("\\");
            }
            return keys;
        }
    }
}
