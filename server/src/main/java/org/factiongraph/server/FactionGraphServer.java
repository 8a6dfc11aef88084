package org.factiongraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.factiongraph.store.AccountException;
import org.factiongraph.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FactionGraph HTTP server: the REST API under {@code /api/v1} (OpenAPI document at
 * {@code /api/v1/openapi.json}) and the web UI (built by npm into the classpath folder {@code web}) over one
 * {@link org.factiongraph.store.ClaimStore}.
 *
 * <p>Errors are mapped once, here: a JSON body {@code {"error": message, "status": code}}; malformed parameters give
 * 400, unknown ids and routes 404, anything unexpected 500 with a generic message (never a stack trace). Every
 * response carries a Content-Security-Policy without inline scripts or styles, {@code X-Content-Type-Options:
 * nosniff} and anti-framing headers.
 *
 * <p>Every request under {@code /api/v1} passes {@link Auth}'s before-handler first: changes need an analyst
 * (admin for users) and, with the session cookie, the CSRF header; reads are open or need a login as
 * {@link ServerOptions#anonymousReads()} says.
 *
 * <p>The knowledge graph and the search index are built from the store in the background at start (a request that
 * comes first waits for them) and rebuilt after an upload.
 * The server keeps no static state; several servers may run in one JVM. Thread-safe; {@link #stop()} is
 * idempotent. The store is not closed by the server.
 */
public final class FactionGraphServer {

    /** The Content-Security-Policy of every response. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Logger LOG = LoggerFactory.getLogger(FactionGraphServer.class);
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private final Javalin app;
    private final ViewCache views;

    private FactionGraphServer(Javalin app, ViewCache views) {
        this.app = app;
        this.views = views;
    }

    /** The largest request line plus headers the server reads. */
    static final int MAX_REQUEST_HEAD_BYTES = 64 * 1024;

    /** Starts a server with these options; returns once it listens. */
    public static FactionGraphServer start(ServerOptions opts) {
        Objects.requireNonNull(opts, "opts");
        if (!opts.anonymousReads() && !opts.store().accounts().hasAdmin()) {
            throw new IllegalStateException("no admin account exists: add one with 'factiongraph users add NAME "
                    + "--role admin' before serving beyond this machine");
        }
        ObjectMapper om = Json.mapper();
        ViewCache views = new ViewCache(opts.store());
        Api api = new Api(opts.store(), views, opts.ingest());
        Auth auth = new Auth(opts.store().accounts(), opts.anonymousReads(), om);
        List<ApiRoute> routes = new java.util.ArrayList<>(api.routes());
        routes.addAll(auth.routes());
        String openApi = toJson(om, OpenApi.document(routes, om, opts.anonymousReads()));
        boolean hasUi = FactionGraphServer.class.getResource("/web/index.html") != null;
        if (!hasUi) {
            LOG.warn("the web UI is not on the classpath (built with -Dskip.web=true?); serving the API only");
        }
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.useVirtualThreads = false;
            cfg.jsonMapper(new JavalinJackson(om, false));
            cfg.http.maxRequestSize = opts.maxUploadBytes();
            cfg.jetty.multipartConfig.maxFileSize(opts.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(opts.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            // Jetty's 8 KB default for the request line and headers answers a longer URL (a pasted quote, a long
            // search) by dropping the connection mid-request; 64 KB lets such requests reach the API, whose own
            // limits answer them with a JSON 4xx
            cfg.jetty.modifyHttpConfiguration(hc -> hc.setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES));
            cfg.router.ignoreTrailingSlashes = true;
            if (hasUi) {
                cfg.staticFiles.add(sf -> {
                    sf.hostedPath = "/";
                    sf.directory = "/web";
                    sf.location = Location.CLASSPATH;
                    sf.headers = SECURITY_HEADERS;
                });
            }
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.before(Api.BASE + "/*", auth::before);
        for (ApiRoute r : routes) {
            HandlerType type = HandlerType.valueOf(r.method().toUpperCase(Locale.ROOT));
            if (r.handler() != null) {
                app.addHttpHandler(type, r.path(), r.handler());
            }
        }
        app.get(Api.BASE + "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(AccountException.class, (e, ctx) -> error(ctx, switch (e.reason()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        }, e.getMessage()));
        app.exception(ConflictException.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "the store failed");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            if (!isJsonError(ctx)) {
                error(ctx, 404, "not found: " + Params.clip(ctx.path()));
            }
        });
        app.error(405, ctx -> {
            if (!isJsonError(ctx)) {
                error(ctx, 405, "method not allowed");
            }
        });
        app.start(opts.host(), opts.port());
        LOG.info("FactionGraph serving on http://{}:{}/", opts.host(), app.port());
        Thread warm = new Thread(() -> {
            try {
                views.get();
            } catch (RuntimeException e) {
                LOG.warn("could not build the graph from the store: {}", e.toString());
            }
        }, "factiongraph-warm-up");
        warm.setDaemon(true);
        warm.start();
        return new FactionGraphServer(app, views);
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops the server. The store stays open. */
    public void stop() {
        app.stop();
    }

    /** The routes Javalin serves, as {@code "GET /api/v1/stats"} (HTTP handlers only; for tests). */
    List<String> routes() {
        List<String> out = new java.util.ArrayList<>();
        for (var e : app.unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
            HandlerType t = e.getEndpoint().getMethod();
            if (t.isHttpMethod()) {
                out.add(t.name() + " " + e.getEndpoint().getPath());
            }
        }
        return out;
    }

    /** Views built since start and milliseconds spent building them (for measurements). */
    long[] viewBuildStats() {
        return views.buildStats();
    }

    /** Drops the cached graph so that the next request rebuilds it from the store (after an outside change). */
    public void refresh() {
        views.invalidate();
    }

    private static boolean isJsonError(Context ctx) {
        String t = ctx.res().getContentType();
        return t != null && t.startsWith("application/json") && ctx.result() != null
                && ctx.result().startsWith("{\"error\"");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.json(new Dto.Error(message == null || message.isBlank() ? "error" : message, status));
    }

    private static String toJson(ObjectMapper om, ObjectNode node) {
        try {
            return om.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }
}
