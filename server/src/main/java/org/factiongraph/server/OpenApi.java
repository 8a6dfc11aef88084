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
        ObjectNode doc = om.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "FactionGraph API");
        info.put("version", "1");
        info.put("description", "A time-aware, sourced map of armed groups: entities, claims with their evidence, "
                + "documents and graph queries. Errors are JSON {\"error\": message, \"status\": code}. Dates are "
                + "partial: YYYY, YYYY-MM or YYYY-MM-DD. Changes (POST) take JSON bodies, are recorded in the audit log "
                + "under the authenticated user (or the server's default actor) and are visible to every request "
                + "made after their response.");
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
            if (r.requestBody() != null) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                body.putObject("content").putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/" + r.requestBody());
            } else if (r.operationId().equals("uploadDocuments")) {
                ObjectNode body = op.putObject("requestBody");
                body.put("required", true);
                ObjectNode mp = body.putObject("content").putObject("multipart/form-data").putObject("schema");
                mp.put("type", "object");
                ObjectNode files = mp.putObject("properties").putObject("files");
                files.put("type", "array");
                files.putObject("items").put("type", "string").put("format", "binary");
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
            for (String code : errorCodes(r)) {
                ObjectNode err = responses.putObject(code);
                err.put("description", switch (code) {
                    case "400" -> "a malformed parameter";
                    case "404" -> "an unknown id";
                    case "503" -> "uploads are not enabled";
                    case "409" -> "the change conflicts with the current state (already done, undone or changed)";
                    case "413" -> "the request body is too large";
                    case "415" -> "the request body is not JSON";
                    default -> "error";
                });
                err.putObject("content").putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/Error");
            }
        }
        doc.set("components", components(om));
        return doc;
    }

    private static List<String> errorCodes(ApiRoute r) {
        if (r.operationId().equals("uploadDocuments")) {
            return List.of("400", "503");
        }
        if (r.writes()) {
            return List.of("400", "404", "409", "413", "415");
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
