package org.craftrank.web;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.craftrank.security.auth.SessionCookie;
import org.craftrank.testing.Auth;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** A signed-in browser over plain HTTP: its session, and the CSRF cookie and token of the last page it read. */
final class PageBrowser {

    /** File names as browsers send them: raw UTF-8 in the part's header (Chinese names arrive whole). */
    static final RestAssuredConfig UTF8_NAMES = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    final String session;
    String csrfCookie;
    String token;

    PageBrowser(String username, String password) {
        this.session = Auth.signIn(username, password);
    }

    static PageBrowser admin() {
        return new PageBrowser(Auth.ADMIN, Auth.ADMIN_PASSWORD);
    }

    Response get(String path) {
        var request = given().redirects().follow(false).cookie(SessionCookie.NAME, session);
        if (csrfCookie != null) {
            request = request.cookie("csrf-token", csrfCookie);
        }
        Response page = request.get(path);
        String cookie = page.getCookie("csrf-token");
        if (cookie != null) {
            csrfCookie = cookie;
        }
        Matcher m = TOKEN.matcher(page.asString());
        if (m.find()) {
            token = m.group(1);
        }
        return page;
    }

    Response post(String path, Map<String, String> fields) {
        assertNotNull(token, "a page with a form was read first");
        var request = given().redirects().follow(false).cookie(SessionCookie.NAME, session)
                .cookie("csrf-token", csrfCookie).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token);
        for (Map.Entry<String, String> f : fields.entrySet()) {
            request = request.formParam(f.getKey(), f.getValue());
        }
        return request.post(path);
    }

    /** Posts a multipart form with one file, as the import page's upload does. */
    Response upload(String path, String fileName, byte[] file, String type) {
        assertNotNull(token, "a page with a form was read first");
        var request = given().config(UTF8_NAMES).redirects().follow(false).cookie(SessionCookie.NAME, session)
                .cookie("csrf-token", csrfCookie).multiPart("csrf-token", token).multiPart("file", fileName, file, type);
        Response page = request.post(path);
        Matcher m = TOKEN.matcher(page.asString());
        if (m.find()) {
            token = m.group(1);
        }
        return page;
    }

    /** The page a redirect leads to, with the flash cookie it set. */
    Response follow(Response redirect) {
        String location = redirect.getHeader("Location");
        assertNotNull(location, "a redirect");
        String path = location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
        var request = given().redirects().follow(false).cookie(SessionCookie.NAME, session);
        String flash = redirect.getCookie("craftrank_flash");
        if (flash != null) {
            request = request.cookie("craftrank_flash", flash);
        }
        if (csrfCookie != null) {
            request = request.cookie("csrf-token", csrfCookie);
        }
        Response page = request.get(path);
        Matcher m = TOKEN.matcher(page.asString());
        if (m.find()) {
            token = m.group(1);
        }
        return page;
    }
}
