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
 * An HTTP client of one test server for the fuzz and load tests. Every request passes through {@link #CUSTOMISER}
 * before it is sent: the one place to add what requests need once the API requires authentication (for example
 * {@code b -> b.header("Authorization", "Bearer " + token)} and a CSRF header for changes). Thread-safe.
 */
final class TestClient {

    /** Applied to every request of every TestClient; identity until the server requires authentication. */
    static final UnaryOperator<HttpRequest.Builder> CUSTOMISER = b -> b;

    /** How long a request may take before the test counts it as unanswered. */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("fg.test.timeout", 30));

    final HttpClient http;
    final String base;

    TestClient(int port, Executor executor) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (executor != null) {
            b.executor(executor);
        }
        this.http = b.build();
        this.base = "http://127.0.0.1:" + port;
    }

    /** A request builder for {@code pathAndQuery} (already encoded), customised. */
    HttpRequest.Builder request(String pathAndQuery) {
        return CUSTOMISER.apply(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
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
