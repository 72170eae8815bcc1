package org.craftrank.web;

import jakarta.enterprise.context.RequestScoped;
import org.craftrank.common.access.Caller;
import org.craftrank.common.access.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the {@link PageFrame} of the current request: header navigation by role, flash, language switch. */
@RequestScoped
public class PageFrames {

    private final PageRequest request;

    public PageFrames(PageRequest request) {
        this.request = request;
    }

    public PageFrame frame() {
        Msg msg = request.msg();
        PageLanguage language = request.language();
        Optional<Caller> caller = request.caller();
        Optional<Flash> flash = request.flash();
        return new PageFrame(language.tag(), language.param(), caller.map(Caller::username).orElse(null),
                caller.map(c -> msg.role(c.role())).orElse(null),
                caller.map(c -> navigation(c.role(), msg)).orElse(List.of()),
                flash.map(msg::flash).orElse(null), flash.map(f -> f.kind().name().toLowerCase()).orElse(null),
                withLanguage(request.uri(), language.other()), msg.other_language(), language.other().tag(), language.colon(),
                language.clauseSeparator(), true, !request.isGet());
    }

    /** Where each role starts after signing in. */
    public static String landingOf(Role role) {
        return switch (role) {
            case ADMIN -> "/secretariat";
            case EXPERT -> "/expert";
            case COMMITTEE -> "/committee";
            case UNIT -> "/unit";
        };
    }

    private List<NavLink> navigation(Role role, Msg msg) {
        String path = request.path();
        List<NavLink> links = new ArrayList<>();
        switch (role) {
            case ADMIN -> {
                links.add(link(msg.nav_campaigns(), "/secretariat", path.startsWith("/secretariat")
                        && !path.startsWith("/secretariat/audit")));
                links.add(link(msg.nav_audit(), "/secretariat/audit", path.startsWith("/secretariat/audit")));
                // No link to the API documentation: the secretariat works on the pages; /q/swagger-ui stays for
                // developers who know where it is (issue 21).
            }
            case EXPERT -> links.add(link(msg.nav_my_reviews(), "/expert", path.startsWith("/expert")));
            case COMMITTEE -> links.add(link(msg.nav_committee(), "/committee", path.startsWith("/committee")));
            case UNIT -> links.add(link(msg.nav_unit(), "/unit", path.startsWith("/unit")));
        }
        // every user: their own account (sessions, password)
        links.add(link(msg.nav_account(), "/account", path.startsWith("/account")));
        return links;
    }

    private static NavLink link(String label, String href, boolean current) {
        return new NavLink(label, href, current);
    }

    /** The same path and query with {@code lang} set to the given language. */
    static String withLanguage(String uri, PageLanguage language) {
        int q = uri.indexOf('?');
        String path = q < 0 ? uri : uri.substring(0, q);
        StringBuilder query = new StringBuilder();
        if (q >= 0) {
            for (String pair : uri.substring(q + 1).split("&")) {
                if (!pair.isEmpty() && !pair.startsWith("lang=") && !pair.equals("lang")) {
                    query.append(pair).append('&');
                }
            }
        }
        return path + "?" + query + "lang=" + language.param();
    }
}
