package org.factiongraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * An HTTP client of one test server for the fuzz, load and review tests. Every request passes through its
 * customiser before it is sent: with {@link #asAnalyst} that adds an analyst's API token, which changes need.
 * Thread-safe.
 */
final class TestClient {

    /** The name of the analyst {@link #analystToken} creates. */
    static final String ANALYST = "analyst-7";

    /** How long a request may take before the test counts it as unanswered. */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("fg.test.timeout", 30));

    final HttpClient http;
    final String base;
    private final UnaryOperator<HttpRequest.Builder> customiser;

    /** A client of anonymous requests. */
    TestClient(int port, Executor executor) {
        this(port, executor, b -> b);
    }

    private TestClient(int port, Executor executor, UnaryOperator<HttpRequest.Builder> customiser) {
        this.customiser = customiser;
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (executor != null) {
            b.executor(executor);
        }
        this.http = b.build();
        this.base = "http://127.0.0.1:" + port;
    }

    /** A client whose every request carries the API token of an analyst (see {@link #analystToken}). */
    static TestClient asAnalyst(int port, Executor executor, String token) {
        return new TestClient(port, executor, b -> b.header("Authorization", "Bearer " + token));
    }

    /** Adds the analyst {@link #ANALYST} to the store (if absent) and returns a new API token of theirs. */
    static String analystToken(org.factiongraph.store.ClaimStore store) {
        var accounts = store.accounts();
        if (accounts.user(ANALYST).isEmpty()) {
            accounts.addUser(ANALYST, org.factiongraph.store.Role.ANALYST, "analyst-7 password");
        }
        return accounts.createToken(ANALYST, "tests").secret();
    }

    /** A request builder for {@code pathAndQuery} (already encoded), customised. */
    HttpRequest.Builder request(String pathAndQuery) {
        return customiser.apply(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(TIMEOUT));
    }

    /** Sends {@code method} with an optional body of {@code contentType} (null: no Content-Type header). */
    HttpResponse<String> send(String method, String pathAndQuery, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = request(pathAndQuery);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
