package org.factiongraph.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.factiongraph.store.ClaimStore;

/**
 * How to start a {@link FactionGraphServer}: the store it serves (opened and closed by the caller), the address to
 * bind ({@code 127.0.0.1} by default, so the server is not reachable from other machines unless asked), the port
 * ({@code 7070} by default, {@code 0} for a free one), the ingest hook that uploads go through, and the largest
 * upload accepted.
 *
 * <p>The ingest hook is given an uploaded file saved to a temporary directory under its sanitised original name
 * and returns a one-line result for people ({@code "ok: 12 claims"}). It reports a failure by throwing (the
 * exception's message is shown as the file's failure) or by returning a line that starts with {@code "fail"} or
 * {@code "error"}. It is called from request threads, one file
 * at a time (the server serialises uploads), so it need not be thread-safe. The server deletes the temporary file
 * afterwards. {@code null} disables uploads (the upload endpoint answers 503).
 *
 * <p>{@code defaultActor} is the user name the audit log records for a change when the request carries no
 * authenticated user (the request attribute {@value #USER_ATTRIBUTE}, set by an authentication handler);
 * {@code web} by default.
 *
 * <p>Immutable; thread-safe if the store is.
 */
public record ServerOptions(ClaimStore store, String host, int port, Function<Path, String> ingest,
                            long maxUploadBytes, String defaultActor) {

    /** The request attribute holding the acting user's name (a String), set by authentication when present. */
    public static final String USER_ATTRIBUTE = "fg.user";
    public static final String DEFAULT_ACTOR = "web";

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    public ServerOptions {
        Objects.requireNonNull(store, "store");
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("maxUploadBytes must be positive: " + maxUploadBytes);
        }
        defaultActor = defaultActor == null || defaultActor.isBlank() ? DEFAULT_ACTOR : defaultActor.strip();
    }

    public ServerOptions(ClaimStore store, String host, int port, Function<Path, String> ingest,
                         long maxUploadBytes) {
        this(store, host, port, ingest, maxUploadBytes, DEFAULT_ACTOR);
    }

    /** Options for {@code store} on 127.0.0.1:7070, uploads disabled. */
    public static ServerOptions of(ClaimStore store) {
        return new ServerOptions(store, DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_UPLOAD_BYTES);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(store, h, port, ingest, maxUploadBytes, defaultActor);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(store, host, p, ingest, maxUploadBytes, defaultActor);
    }

    public ServerOptions withIngest(Function<Path, String> hook) {
        return new ServerOptions(store, host, port, hook, maxUploadBytes, defaultActor);
    }

    public ServerOptions withMaxUploadBytes(long max) {
        return new ServerOptions(store, host, port, ingest, max, defaultActor);
    }

    /** Options recording changes without an authenticated user under {@code actor}. */
    public ServerOptions withDefaultActor(String actor) {
        return new ServerOptions(store, host, port, ingest, maxUploadBytes, actor);
    }
}
