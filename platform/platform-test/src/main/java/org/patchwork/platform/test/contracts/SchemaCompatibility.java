package org.patchwork.platform.test.contracts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Whether an event's current JSON Schema can replace its released one without breaking anybody. Both ways matter
 * on a topic: consumers built against the released schema read events of the current one, and consumers built
 * against the current one read events published under the released one (a topic keeps them, a consumer replays
 * them). So, for every field of the released schema, at any depth:
 * <ul>
 * <li>it is still there (not removed, not renamed), with the same type (nullability included) and format;</li>
 * <li>it is still required if it was, and a field is not required now that was not before (old events lack it);</li>
 * <li>no value it allowed (an {@code enum}) is refused now, and an object that took unknown fields still does.</li>
 * </ul>
 * New optional fields, new enum values and new event types pass. Understands the subset of draft 2020-12 that
 * Patchwork's contracts use: {@code type}, {@code format}, {@code enum}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, local {@code $ref} into {@code $defs}, and a nullable reference
 * written as {@code anyOf: [{$ref}, {type: null}]}.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** What breaks if {@code current} replaces {@code released}; empty when it is compatible. */
    public static List<String> problems(JsonNode released, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("$", released, released, current, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode releasedRoot, JsonNode releasedNode, JsonNode currentRoot,
                                JsonNode currentNode, List<String> problems) {
        Shape was = Shape.of(releasedRoot, releasedNode);
        Shape is = Shape.of(currentRoot, currentNode);
        if (!was.types().equals(is.types())) {
            problems.add(path + ": type changed from " + was.types() + " to " + is.types());
        }
        if (!was.format().equals(is.format())) {
            problems.add(path + ": format changed from '" + was.format() + "' to '" + is.format() + "'");
        }
        if (was.schema().has("enum")) {
            Set<String> allowedNow = is.schema().has("enum") ? values(is.schema().get("enum")) : Set.of();
            Set<String> refused = new TreeSet<>(values(was.schema().get("enum")));
            refused.removeAll(allowedNow);
            if (is.schema().has("enum") && !refused.isEmpty()) {
                problems.add(path + ": no longer allows " + refused);
            }
        }
        JsonNode wasProperties = was.schema().path("properties");
        JsonNode isProperties = is.schema().path("properties");
        Set<String> wasRequired = names(was.schema().path("required"));
        Set<String> isRequired = names(is.schema().path("required"));
        for (String field : wasProperties.propertyNames()) {
            String fieldPath = path + "." + field;
            if (!isProperties.has(field)) {
                problems.add(fieldPath + ": removed (or renamed)");
                continue;
            }
            if (wasRequired.contains(field) && !isRequired.contains(field)) {
                problems.add(fieldPath + ": no longer required, so consumers may no longer count on it");
            }
            compare(fieldPath, releasedRoot, wasProperties.get(field), currentRoot, isProperties.get(field),
                    problems);
        }
        for (String field : isRequired) {
            if (!wasRequired.contains(field)) {
                problems.add(path + "." + field + ": newly required, but events published before lack it");
            }
        }
        if (!was.schema().path("additionalProperties").isBoolean() && !wasProperties.isMissingNode()
                && is.schema().path("additionalProperties").isBoolean()
                && !is.schema().path("additionalProperties").asBoolean()) {
            problems.add(path + ": now refuses fields it did not declare, which events published before may have");
        }
        if (was.schema().has("items") && is.schema().has("items")) {
            compare(path + "[]", releasedRoot, was.schema().get("items"), currentRoot, is.schema().get("items"),
                    problems);
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new LinkedHashSet<>();
        array.forEach(name -> names.add(name.asString()));
        return names;
    }

    /** Enum values as JSON text, so that "1" and 1, or "null" and null, stay apart. */
    private static Set<String> values(JsonNode array) {
        Set<String> values = new LinkedHashSet<>();
        array.forEach(value -> values.add(value.toString()));
        return values;
    }

    /**
     * A schema with its local reference followed and a nullable reference unwrapped: the types it allows
     * ({@code null} included when it is nullable), its format, and the schema that holds its keywords.
     */
    private record Shape(Set<String> types, String format, JsonNode schema) {

        static Shape of(JsonNode root, JsonNode node) {
            JsonNode schema = resolve(root, node);
            Set<String> types = new TreeSet<>();
            JsonNode anyOf = schema.path("anyOf");
            if (anyOf.isArray() && anyOf.size() == 2 && anyOf.valueStream().anyMatch(Shape::isNull)) {
                types.add("null");
                schema = resolve(root, anyOf.valueStream().filter(branch -> !isNull(branch)).findFirst().orElseThrow());
            }
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                type.forEach(one -> types.add(one.asString()));
            } else if (type.isString()) {
                types.add(type.asString());
            } else if (schema.has("properties")) {
                types.add("object");
            }
            return new Shape(types, schema.path("format").asString(""), schema);
        }

        private static boolean isNull(JsonNode branch) {
            return "null".equals(branch.path("type").asString(""));
        }

        private static JsonNode resolve(JsonNode root, JsonNode node) {
            JsonNode resolved = node;
            while (resolved.has("$ref")) {
                String ref = resolved.get("$ref").asString();
                if (!ref.startsWith("#/")) {
                    throw new IllegalArgumentException("Only local references are understood, not " + ref);
                }
                resolved = root.at(ref.substring(1));
                if (resolved.isMissingNode()) {
                    throw new IllegalArgumentException("The schema has no " + ref);
                }
            }
            return resolved;
        }
    }
}
