package org.factiongraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A source document as read: {@code id} is the SHA-256 (hex) of its raw bytes, {@code name} the file name it came
 * from, {@code format} the reader that read it ({@code text}, {@code html}, {@code wiki}, …), {@code text} the
 * extracted plain text that all offsets refer to, {@code fields} any structured fields (infobox) found in it.
 * {@code published}, {@code title}, {@code publisher}, {@code url} and {@code grade} may be null where unknown.
 */
public record Document(String id, String name, String title, String publisher, String url, PartialDate published,
                       String format, String text, Grade grade, List<Field> fields) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public Document withGrade(Grade g) {
        return new Document(id, name, title, publisher, url, published, format, text, g, fields);
    }

    public Document withPublished(PartialDate d) {
        return new Document(id, name, title, publisher, url, d, format, text, grade, fields);
    }
}
