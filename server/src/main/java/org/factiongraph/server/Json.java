package org.factiongraph.server;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import org.factiongraph.model.Grade;
import org.factiongraph.model.PartialDate;
import org.factiongraph.model.Ref;

/**
 * The server's JSON mapping: partial dates as {@code "2014-12"}, grades as {@code "B2"}, instants in ISO-8601,
 * enums in their lower-case wire form ({@code member_of}, {@code armed_group}); records by their components.
 */
final class Json {

    private Json() {
    }

    /** {@link Ref#isLiteral()} is derived from {@code entityId}; it is not written. */
    @JsonIgnoreProperties("literal")
    private abstract static class RefMixin {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule("factiongraph");
        m.addSerializer(PartialDate.class, ToStringSerializer.instance);
        m.addSerializer(Grade.class, ToStringSerializer.instance);
        m.addSerializer(Instant.class, ToStringSerializer.instance);
        m.addSerializer((Class) Enum.class, new StdSerializer<Enum>(Enum.class) {
            @Override
            public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        ObjectMapper om = new ObjectMapper();
        om.registerModule(m);
        om.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        om.addMixIn(Ref.class, RefMixin.class);
        return om;
    }
}
