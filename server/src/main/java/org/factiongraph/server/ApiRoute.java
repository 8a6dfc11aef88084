package org.factiongraph.server;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One route of the API, as served and as documented: the OpenAPI document is generated from the same list the
 * server registers, so the two cannot drift apart. {@code path} uses Javalin's {@code {param}} form, which is also
 * OpenAPI's. {@code response} names a schema in the OpenAPI components, answered with status {@code status} (200 or
 * 201). {@code body} is what the request carries: {@link #MULTIPART} for uploaded files, the name of a schema for a
 * JSON object, or null for nothing. Who may call a route is not part of it: {@link Auth#requirement} decides that
 * from the method and path alone, so that every route is covered without being marked. Immutable.
 */
record ApiRoute(String method, String path, String operationId, String summary, List<Param> params,
                String response, boolean array, Handler handler, String body, int status) {

    /** The request body of a file upload: multipart/form-data with the field {@code files}. */
    static final String MULTIPART = "multipart";

    ApiRoute {
        params = List.copyOf(params);
    }

    /** A route answering 200 whose request body is uploaded files when it is a POST, else nothing. */
    ApiRoute(String method, String path, String operationId, String summary, List<Param> params, String response,
             boolean array, Handler handler) {
        this(method, path, operationId, summary, params, response, array, handler,
                method.equals("post") ? MULTIPART : null, 200);
    }

    /** A route answering 200 with the given request body. */
    ApiRoute(String method, String path, String operationId, String summary, List<Param> params, String response,
             boolean array, Handler handler, String body) {
        this(method, path, operationId, summary, params, response, array, handler, body, 200);
    }

    /** True for routes that change the store (everything but GET). */
    boolean writes() {
        return !method.equals("get");
    }

    /**
     * A documented parameter: where it goes ({@code query} or {@code path}), its type ({@code string},
     * {@code integer}, {@code date} = YYYY, YYYY-MM or YYYY-MM-DD), whether it is required, an example value the
     * tests call the route with, and a description.
     */
    record Param(String name, String in, String type, boolean required, String example, String description) {
    }

    static Param path(String name, String example, String description) {
        return new Param(name, "path", "string", true, example, description);
    }

    static Param query(String name, String type, boolean required, String example, String description) {
        return new Param(name, "query", type, required, example, description);
    }
}
