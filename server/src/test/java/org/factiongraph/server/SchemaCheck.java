package org.factiongraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/** A small checker of JSON against the OpenAPI 3.0 schemas this server writes: types, required, nullable, refs. */
final class SchemaCheck {

    private SchemaCheck() {
    }

    static void check(JsonNode value, JsonNode schema, JsonNode schemas, String where, List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = schemas.get(name);
            if (target == null) {
                problems.add(where + ": unknown schema " + name);
                return;
            }
            check(value, target, schemas, where, problems);
            return;
        }
        if (value == null || value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                problems.add(where + ": null but not nullable");
            }
            return;
        }
        if (schema.has("allOf")) {
            for (JsonNode s : schema.get("allOf")) {
                check(value, s, schemas, where, problems);
            }
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(where + ": not an object");
                    return;
                }
                for (JsonNode r : schema.path("required")) {
                    if (!value.has(r.asText())) {
                        problems.add(where + ": missing " + r.asText());
                    }
                }
                JsonNode props = schema.path("properties");
                for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (props.size() > 0 && !props.has(f)) {
                        problems.add(where + ": undocumented property " + f);
                    } else if (props.has(f)) {
                        check(value.get(f), props.get(f), schemas, where + "." + f, problems);
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(where + ": not an array");
                    return;
                }
                int i = 0;
                for (JsonNode item : value) {
                    check(item, schema.get("items"), schemas, where + "[" + i++ + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(where + ": not a string");
                } else if (schema.has("pattern")
                        && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                    problems.add(where + ": does not match " + schema.get("pattern").asText());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(where + ": not an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(where + ": not a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(where + ": not a boolean");
                }
            }
            default -> problems.add(where + ": schema without type");
        }
    }
}
