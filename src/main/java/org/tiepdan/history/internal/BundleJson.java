package org.tiepdan.history.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON history bundle: first against the published JSON Schema
 * ({@code classpath:history/bundle-schema.json}, served at {@code /api/v1/imports/schema}); a bundle
 * of the wrong shape is refused whole with the schema's findings, one with the right shape becomes
 * the same records a filled spreadsheet gives.
 */
@Component
class BundleJson {

    static final String SCHEMA = "history/bundle-schema.json";

    /** A place where the bundle breaks the schema: a JSON pointer and the rule. */
    record SchemaError(String pointer, String keyword, String detail) {
    }

    /** The bundle does not follow the schema. */
    static final class Rejected extends RuntimeException {
        private final transient List<SchemaError> errors;

        Rejected(List<SchemaError> errors) {
            super("history bundle does not follow the schema");
            this.errors = List.copyOf(errors);
        }

        List<SchemaError> errors() {
            return errors;
        }
    }

    private final ObjectMapper mapper = JsonMapper.builder().build();
    private final Schema schema;
    private final byte[] schemaBytes;

    BundleJson() {
        try (InputStream in = new ClassPathResource(SCHEMA).getInputStream()) {
            schemaBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(mapper.readTree(schemaBytes));
    }

    byte[] schemaBytes() {
        return schemaBytes.clone();
    }

    Bundle read(byte[] content) {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            throw DomainException.invalid("history-json-unreadable", "bundle");
        }
        List<Error> errors = schema.validate(root);
        if (!errors.isEmpty()) {
            throw new Rejected(errors.stream().limit(100).map(e -> new SchemaError(
                    e.getInstanceLocation().toString(), e.getKeyword(), e.getMessage())).toList());
        }
        List<Rec> records = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            JsonNode array = root.get(type.jsonName());
            if (array == null) {
                continue;
            }
            int row = 0;
            for (JsonNode item : array) {
                row++;
                Map<String, String> fields = new LinkedHashMap<>();
                for (FieldDef def : type.fields()) {
                    JsonNode value = item.get(def.name());
                    if (value == null || value.isNull()) {
                        continue;
                    }
                    List<String> items = null;
                    if (value.isArray()) {
                        items = new ArrayList<>();
                        for (JsonNode v : value) {
                            items.add(v.asString());
                        }
                    }
                    String text = Canonical.fromJson(def, value.isArray() ? null : value.asString(), items);
                    if (text != null) {
                        fields.put(def.name(), text);
                    }
                }
                records.add(new Rec(type, row, fields));
            }
        }
        return new Bundle(records);
    }
}
