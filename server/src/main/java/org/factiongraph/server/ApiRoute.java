package org.factiongraph.server;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One route of the API, as served and as documented: the OpenAPI document is generated from the same list the
 * server registers, so the two cannot drift apart. {@code path} uses Javalin's {@code {param}} form, which is also
 * OpenAPI's. {@code response} names a schema in the OpenAPI components, answered with status {@code status}
 * (200 or 201). {@code requestBody} names the schema of a JSON request body ({@code null}: none; the upload route
 * documents its multipart body itself). Immutable.
 */
record ApiRoute(String method, String path, String operationId, String summary, List<Param> params,
                String response, boolean array, Handler handler, String requestBody, int status) {

    ApiRoute {
        params = List.copyOf(params);
    }

    /** A route without a JSON request body answering 200. */
    ApiRoute(String method, String path, String operationId, String summary, List<Param> params, String response,
             boolean array, Handler handler) {
        this(method, path, operationId, summary, params, response, array, handler, null, 200);
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
