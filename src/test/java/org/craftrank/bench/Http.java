package org.craftrank.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON client for one running application, signed in with a session cookie or a bearer token. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authHeader;
    private final String authValue;

    private Http(String base, String authHeader, String authValue) {
        this.base = base;
        this.authHeader = authHeader;
        this.authValue = authValue;
    }

    static Http anonymous(int port) {
        return new Http("http://127.0.0.1:" + port, null, null);
    }

    Http withToken(String token) {
        return new Http(base, "Authorization", "Bearer " + token);
    }

    /** Signs in at POST /api/session and carries the session cookie from then on. */
    Http signIn(String username, String password) {
        HttpResponse<String> response = send(request("/api/session").header("Content-Type", "application/json")
                .POST(body(java.util.Map.of("username", username, "password", password))).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("craftrank_session=")).findFirst().orElseThrow();
        return new Http(base, "Cookie", cookie.substring(0, cookie.indexOf(';')));
    }

    String url(String path) {
        return base + path;
    }

    String authHeader() {
        return authHeader + ": " + authValue;
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10));
        if (authHeader != null) {
            b.header(authHeader, authValue);
        }
        return b;
    }

    static HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode get(String path) {
        return expect(send(request(path).GET().build()), 200);
    }

    JsonNode post(String path, Object body, int status) {
        return expect(send(request(path).header("Content-Type", "application/json").POST(body(body)).build()), status);
    }

    JsonNode postBytes(String path, byte[] bytes, String contentType, int status) {
        return expect(send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build()), status);
    }

    static JsonNode expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " -> "
                    + response.statusCode() + ": " + body.substring(0, Math.min(2000, body.length())));
        }
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
