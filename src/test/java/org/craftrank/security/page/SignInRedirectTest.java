package org.craftrank.security.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** After signing in, {@code next} may lead back to a page of this site and nowhere else (no open redirect). */
class SignInRedirectTest {

    @Test
    void localPagesAreKept() {
        assertEquals("/expert/campaigns/1", SignInPages.localPathOrNull("/expert/campaigns/1"));
        assertEquals("/secretariat/audit?page=2", SignInPages.localPathOrNull("/secretariat/audit?page=2"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteIsDropped() {
        for (String next : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "evil",
                "/x\r\nSet-Cookie: a=b", "/ok?u=http://x", "")) {
            assertNull(SignInPages.localPathOrNull(next), next);
        }
        assertNull(SignInPages.localPathOrNull(null));
    }
}
