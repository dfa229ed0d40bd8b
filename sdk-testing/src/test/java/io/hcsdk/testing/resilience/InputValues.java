package io.hcsdk.testing.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Valid values of a spec's schemas, for the bases the violations start from: the smallest valid
 * object of a schema (or its seed, where hand-written rules ask more), strings a pattern allows
 * or refuses, numbers within their bounds.
 */
final class InputValues {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final InputSpec spec;
  private final Map<String, JsonNode> seeds;

  InputValues(InputSpec spec, Map<String, JsonNode> seeds) {
    this.spec = spec;
    this.seeds = seeds;
  }

  JsonNode seedOrMinimal(String schemaName) {
    JsonNode seed = seeds.get(schemaName);
    return seed != null ? seed.deepCopy() : minimal(schemaName);
  }

  /** The smallest valid object of {@code schemaName}: its required properties, each valid. */
  ObjectNode minimal(String schemaName) {
    ObjectNode object = NODES.objectNode();
    JsonNode schema = spec.schema(schemaName);
    for (JsonNode r : schema.path("required")) {
      object.set(r.asText(), value(schema.path("properties").path(r.asText())));
    }
    return object;
  }

  JsonNode value(JsonNode ps) {
    String ref = InputSpec.ref(ps);
    if (ref != null) {
      return spec.isEnum(ref) ? NODES.textNode(spec.firstEnumValue(ref)) : seedOrMinimal(ref);
    }
    switch (ps.path("type").asText()) {
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < Math.max(1, ps.path("minItems").asInt(1)); i++) {
          array.add(value(ps.path("items")));
        }
        return array;
      }
      case "object" -> {
        return NODES.objectNode().put("k", "v");
      }
      case "integer" -> {
        return NODES.numberNode(clamp(1, ps));
      }
      case "number" -> {
        return NODES.numberNode((double) clamp(1, ps));
      }
      case "boolean" -> {
        return NODES.booleanNode(false);
      }
      default -> {
        Pattern pattern = ps.has("pattern") ? Pattern.compile(ps.get("pattern").asText()) : null;
        int length = (int) Math.min(Math.max(1, ps.path("minLength").asInt(1)), ps.path("maxLength").asLong(64));
        return NODES.textNode(fill(length, pattern));
      }
    }
  }

  private static long clamp(long wanted, JsonNode ps) {
    long value = Math.max(wanted, ps.path("minimum").asLong(Long.MIN_VALUE));
    return Math.min(value, ps.path("maximum").asLong(Long.MAX_VALUE));
  }

  /** {@code length} characters the pattern allows (letters; a path pattern gets its trailing slash). */
  static String fill(int length, Pattern pattern) {
    String letters = "a".repeat(length);
    if (pattern == null || pattern.matcher(letters).matches() || length == 0) {
      return letters;
    }
    return "a".repeat(length - 1) + "/";
  }

  /** A string of {@code length} characters that the pattern refuses. */
  static String outside(Pattern pattern, int length) {
    for (String c : List.of("!", "/", "é", " ", "_", "a")) {
      String candidate = "a".repeat(Math.max(0, length - 1)) + c;
      if (!pattern.matcher(candidate).matches()) {
        return candidate;
      }
    }
    throw new IllegalStateException("no string outside " + pattern);
  }

  /** {@code count} copies of the list's first element (or of a valid one). */
  JsonNode copies(JsonNode existing, JsonNode ps, int count) {
    JsonNode element = existing.isArray() && !existing.isEmpty() ? existing.get(0) : value(ps.path("items"));
    ArrayNode array = NODES.arrayNode();
    for (int i = 0; i < count; i++) {
      array.add(element.deepCopy());
    }
    return array;
  }
}
