package org.factiongraph.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3.0 document of the API from the route table (paths, parameters, responses) and the schemas
 * in the resource {@code openapi-components.json}. Stateless.
 */
final class OpenApi {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApi() {
    }

    static ObjectNode document(List<ApiRoute> routes, ObjectMapper om) {
        return document(routes, om, true);
    }

    /**
     * The document; each operation's {@code security}, {@code x-required-role} and 401/403 responses come from
     * {@link Auth#requirement}, the rule the server applies.
     */
    static ObjectNode document(List<ApiRoute> routes, ObjectMapper om, boolean anonymousReads) {
        ObjectNode doc = om.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "FactionGraph API");
        info.put("version", "1");
        info.put("description", "A time-aware, sourced map of armed groups: entities, claims with their evidence, "
                + "documents and graph queries. Errors are JSON {\"error\": message, \"status\": code}. Dates are "
                + "partial: YYYY, YYYY-MM or YYYY-MM-DD. Authentication: the session cookie " + Auth.COOKIE
                + " from POST /api/v1/session, or 'Authorization: Bearer <API token>'. Every change (any method "
                + "but GET) needs role analyst or above (admin for /users), except logging in, logging out and "
                + "managing one's own tokens; with the cookie it also needs the header " + Auth.CSRF_HEADER
                + " equal to the session's csrf. Reads are " + (anonymousReads ? "open to anonymous callers"
                : "for logged-in users only") + " on this server. Changes take JSON bodies, are recorded in the "
                + "audit log under the authenticated user and are visible to every request made after their "
                + "response.");
        ObjectNode paths = doc.putObject("paths");
        for (ApiRoute r : routes) {
            ObjectNode item = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = item.putObject(r.method());
            op.put("operationId", r.operationId());
            op.put("summary", r.summary());
            ArrayNode params = op.putArray("parameters");
            for (ApiRoute.Param p : r.params()) {
                ObjectNode pn = params.addObject();
                pn.put("name", p.name());
                pn.put("in", p.in());
                pn.put("required", p.required());
                pn.put("description", p.description());
                ObjectNode schema = pn.putObject("schema");
                if (p.type().equals("date")) {
                    schema.put("type", "string");
                    schema.put("pattern", "^\\d{4}(-\\d{2}(-\\d{2})?)?$");
                } else {
                    schema.put("type", p.type());
                }
                if (p.example() != null && !p.in().equals("path")) {
                    pn.put("example", p.example());
                }
            }
            Auth.Requirement req = Auth.requirement(r.method(), r.path(), anonymousReads);
            boolean csrf = Auth.needsCsrf(r.method(), r.path());
            if (csrf) {
                ObjectNode h = params.addObject();
                h.put("name", Auth.CSRF_HEADER);
                h.put("in", "header");
                h.put("required", false);
                h.put("description", "the session's csrf token; required when authenticated by the session cookie");
                h.putObject("schema").put("type", "string");
            }
            if (req == Auth.Requirement.NONE) {
                op.putArray("security");
            } else {
                ArrayNode sec = op.putArray("security");
                sec.addObject().putArray("session");
                sec.addObject().putArray("bearer");
                op.put("x-required-role", req.role.wire());
            }
            if (ApiRoute.MULTIPART.equals(r.body())) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                ObjectNode mp = body.putObject("content").putObject("multipart/form-data").putObject("schema");
                mp.put("type", "object");
                ObjectNode files = mp.putObject("properties").putObject("files");
                files.put("type", "array");
                files.putObject("items").put("type", "string").put("format", "binary");
            } else if (r.body() != null) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                body.putObject("content").putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/" + r.body());
            }
            ObjectNode responses = op.putObject("responses");
            ObjectNode ok = responses.putObject(Integer.toString(r.status()));
            ok.put("description", r.status() == 201 ? "Created" : "OK");
            ObjectNode schema = ok.putObject("content").putObject("application/json").putObject("schema");
            if (r.array()) {
                schema.put("type", "array");
                schema.putObject("items").put("$ref", "#/components/schemas/" + r.response());
            } else {
                schema.put("$ref", "#/components/schemas/" + r.response());
            }
            List<String> codes = new java.util.ArrayList<>(errorCodes(r));
            if (req != Auth.Requirement.NONE) {
                codes.add("401");
                if (csrf || req.role != org.factiongraph.store.Role.VIEWER) {
                    codes.add("403");
                }
            }
            if (r.operationId().equals("login")) {
                codes.add("401");
                codes.add("429");
            }
            for (String code : codes) {
                ObjectNode err = responses.putObject(code);
                err.put("description", switch (code) {
                    case "400" -> "a malformed parameter";
                    case "404" -> "an unknown id";
                    case "503" -> "uploads are not enabled";
                    case "401" -> "not logged in, or a wrong password or API token";
                    case "403" -> "the role does not allow it, or the " + Auth.CSRF_HEADER + " header is missing "
                            + "or wrong";
                    case "409" -> "a conflict with what is stored (a taken name, the last admin; a change already "
                            + "done, undone or superseded)";
                    case "413" -> "the request body is too large";
                    case "415" -> "the request body is not JSON";
                    case "429" -> "too many failed logins; see Retry-After";
                    default -> "error";
                });
                err.putObject("content").putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/Error");
            }
        }
        ObjectNode components = components(om);
        ObjectNode schemes = components.putObject("securitySchemes");
        ObjectNode cookie = schemes.putObject("session");
        cookie.put("type", "apiKey");
        cookie.put("in", "cookie");
        cookie.put("name", Auth.COOKIE);
        cookie.put("description", "set by POST /api/v1/session; changes made with it also need the "
                + Auth.CSRF_HEADER + " header");
        ObjectNode bearer = schemes.putObject("bearer");
        bearer.put("type", "http");
        bearer.put("scheme", "bearer");
        bearer.put("description", "an API token from POST /api/v1/tokens or 'factiongraph tokens create'");
        doc.set("components", components);
        return doc;
    }

    private static List<String> errorCodes(ApiRoute r) {
        if (ApiRoute.MULTIPART.equals(r.body())) {
            return List.of("400", "503");
        }
        boolean accounts = r.path().startsWith(Api.BASE + "/users") || r.path().startsWith(Api.BASE + "/session")
                || r.path().startsWith(Api.BASE + "/tokens");
        if (r.writes() && !accounts) {
            return List.of("400", "404", "409", "413", "415");
        }
        if (r.writes()) {
            List<String> out = new java.util.ArrayList<>();
            if (r.body() != null || PATH_PARAM.matcher(r.path()).find()) {
                out.add("400");
            }
            if (PATH_PARAM.matcher(r.path()).find()) {
                out.add("404");
            }
            if (r.path().startsWith(Api.BASE + "/users")) {
                out.add("409");
            }
            return out;
        }
        boolean hasPathParam = PATH_PARAM.matcher(r.path()).find();
        boolean hasParams = !r.params().isEmpty();
        if (hasPathParam || r.operationId().equals("getFact") || r.operationId().equals("path")
                || r.operationId().equals("listClaims") || r.operationId().equals("contradictions")
                || r.operationId().equals("listAudit") || r.operationId().equals("listMerges")) {
            return List.of("400", "404");
        }
        return hasParams ? List.of("400") : List.of();
    }

    /** The path in OpenAPI form with each path parameter replaced by {@code value(name)}. */
    static String fill(String path, java.util.function.Function<String, String> value) {
        Matcher m = PATH_PARAM.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static ObjectNode components(ObjectMapper om) {
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi-components.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi-components.json is missing from the classpath");
            }
            return (ObjectNode) om.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
