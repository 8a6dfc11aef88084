package org.factiongraph.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.factiongraph.model.PartialDate;

/**
 * A JSON object request body, read strictly: at most {@link #MAX_BYTES} bytes (else 413), sent as
 * {@code application/json} (else 415), well-formed, an object, and only with the fields the route knows (else 400).
 * Text fields refuse control characters (other than tab and line breaks) and over-long values. Every problem is an
 * {@link IllegalArgumentException} naming the field, which the edge maps to 400. Immutable after reading.
 */
final class JsonBody {

    static final int MAX_BYTES = 64 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode node;

    private JsonBody(ObjectNode node) {
        this.node = node;
    }

    /**
     * Reads the body of {@code ctx}, allowing only {@code fields}. An empty body is an empty object unless
     * {@code required}.
     */
    static JsonBody read(Context ctx, boolean required, List<String> fields) {
        String length = ctx.header("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                declared = Long.MAX_VALUE;
            }
            if (declared > MAX_BYTES) {
                throw new HttpResponseException(413, "the request body is larger than " + MAX_BYTES + " bytes");
            }
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BYTES) {
            throw new HttpResponseException(413, "the request body is larger than " + MAX_BYTES + " bytes");
        }
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            if (required) {
                throw new IllegalArgumentException("a JSON object body is required");
            }
            return new JsonBody(JsonNodeFactory.instance.objectNode());
        }
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new HttpResponseException(415, "send the body as application/json");
        }
        JsonNode n;
        try {
            n = MAPPER.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the body is not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + Params.clip(clean(f)) + "' (fields: "
                        + String.join(", ", fields) + ")");
            }
        }
        return new JsonBody((ObjectNode) n);
    }

    /** True when the field is present, even as null. */
    /** The object as read, for callers that need a field exactly as sent (a password is not stripped). */
    ObjectNode node() {
        return node;
    }

    boolean has(String name) {
        return node.has(name);
    }

    /** A text field: null when absent, null or blank; else stripped. */
    String text(String name, int maxLength) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' must be a string");
        }
        String s = v.asText().strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > maxLength) {
            throw new IllegalArgumentException("field '" + name + "' is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException("field '" + name + "' contains a control character");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)))) {
                throw new IllegalArgumentException("field '" + name + "' contains an unpaired surrogate");
            }
        }
        return s;
    }

    /** A required text field. */
    String requiredText(String name, int maxLength) {
        String s = text(name, maxLength);
        if (s == null) {
            throw new IllegalArgumentException("missing field '" + name + "'");
        }
        return s;
    }

    /** A boolean field: null when absent or null. */
    Boolean bool(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("field '" + name + "' must be true or false");
        }
        return v.asBoolean();
    }

    /** A partial date field (YYYY, YYYY-MM or YYYY-MM-DD): null when absent, null or blank. */
    PartialDate date(String name) {
        String s = text(name, 10);
        if (s == null) {
            return null;
        }
        try {
            return PartialDate.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + name + "' must be a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    /** A name safe to echo: control characters replaced. */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return sb.toString();
    }
}
